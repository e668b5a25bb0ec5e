#pragma once

#include "derive/ruleset.h"
#include "model/cidr.h"
#include "model/portrange.h"

#include <QStringList>

// Text pieces the rule-file exporters share, for the host and the gateway
// targets alike. nftables and pf write one item as itself and several as
// `{ a, b }`; iptables has the same limits and tool names on both.
namespace portolan::RuleSyntax {

// A file's header lines (HostTarget::header, GatewayTarget::header) as
// "# " comments, which every syntax here reads.
QStringList hashComments(const QStringList &lines);
// The header's "Check:" and "Apply:" lines for a file of each syntax.
QStringList pfHowToApply(const QString &fileName);
QStringList nftHowToApply(const QString &fileName, const QString &options = {});
QStringList iptablesHowToApply(IpFamily family, const QString &fileName);

// iptables' multiport match takes at most 15 ports (a range counts two);
// a comment at most 255 characters.
constexpr int IptablesMultiportSlots = 15;
constexpr int IptablesCommentCap = 255;
// "iptables" or "ip6tables": the tool (and the -save / -restore prefix)
// of a family's files.
QString iptablesTool(IpFamily family);

QString braced(const QStringList &items);
QStringList cidrTexts(const CidrList &cidrs);
QString addresses(const CidrList &cidrs);
// nftables writes a range a-b, pf a:b (inclusive in both).
QString ports(const QList<PortRange> &ports, QChar rangeSeparator);
// ` comment "text"`, or nothing for an empty comment. The text must come
// through Escape::comment, which keeps no quotes or backslashes.
QString nftComment(const QString &comment);

} // namespace portolan::RuleSyntax
