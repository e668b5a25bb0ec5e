#pragma once

#include "model/cidr.h"
#include "model/portrange.h"

#include <QStringList>

// Text pieces nftables and pf share, for the host and the gateway exporters
// alike: both write one item as itself and several as `{ a, b }`.
namespace portolan::RuleSyntax {

QString braced(const QStringList &items);
QStringList cidrTexts(const CidrList &cidrs);
QString addresses(const CidrList &cidrs);
// nftables writes a range a-b, pf a:b (inclusive in both).
QString ports(const QList<PortRange> &ports, QChar rangeSeparator);
// ` comment "text"`, or nothing for an empty comment. The text must come
// through Escape::comment, which keeps no quotes or backslashes.
QString nftComment(const QString &comment);

} // namespace portolan::RuleSyntax
