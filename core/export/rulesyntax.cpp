#include "rulesyntax.h"

using namespace Qt::StringLiterals;

namespace portolan::RuleSyntax {

QStringList hashComments(const QStringList &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines)
        out.append(u"# "_s + line);
    return out;
}

QStringList pfHowToApply(const QString &fileName)
{
    return {u"Check: pfctl -nf "_s + fileName, u"Apply: pfctl -f "_s + fileName};
}

QStringList nftHowToApply(const QString &fileName, const QString &options)
{
    return {u"Check: nft "_s + options + u"-c -f "_s + fileName,
            u"Apply: nft "_s + options + u"-f "_s + fileName};
}

QStringList iptablesHowToApply(IpFamily family, const QString &fileName)
{
    const QString tool = iptablesTool(family);
    return {u"Check: "_s + tool + u"-restore --test < "_s + fileName,
            u"Apply: "_s + tool + u"-restore < "_s + fileName};
}

QString iptablesTool(IpFamily family)
{
    return family == IpFamily::IPv4 ? u"iptables"_s : u"ip6tables"_s;
}

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
