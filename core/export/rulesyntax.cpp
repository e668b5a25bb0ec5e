#include "rulesyntax.h"

using namespace Qt::StringLiterals;

namespace portolan::RuleSyntax {

QString braced(const QStringList &items)
{
    return items.size() == 1 ? items.first() : u"{ "_s + items.join(u", "_s) + u" }"_s;
}

QStringList cidrTexts(const CidrList &cidrs)
{
    QStringList out;
    out.reserve(cidrs.size());
    for (const Cidr &c : cidrs)
        out.append(c.toString());
    return out;
}

QString addresses(const CidrList &cidrs)
{
    return braced(cidrTexts(cidrs));
}

QString ports(const QList<PortRange> &ports, QChar rangeSeparator)
{
    QStringList parts;
    parts.reserve(ports.size());
    for (const PortRange &p : ports)
        parts.append(p.toString(rangeSeparator));
    return braced(parts);
}

QString nftComment(const QString &comment)
{
    return comment.isEmpty() ? QString() : u" comment \""_s + comment + u'"';
}

} // namespace portolan::RuleSyntax
