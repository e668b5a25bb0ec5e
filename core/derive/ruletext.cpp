#include "ruletext.h"

#include "derivationjson.h"

#include "model/displayline.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString RuleText::peers(const Rule &rule, CidrListText *memo)
{
    if (!rule.peerGroup.isEmpty())
        return u"group "_s + displayLine(rule.peerGroup);
    return memo ? (*memo)(rule.peers, u',') : CidrListText::join(rule.peers, u',');
}

QString RuleText::ports(const Rule &rule)
{
    if (rule.protocol == Protocol::Any)
        return u"any"_s;
    QStringList parts;
    for (const PortRange &range : rule.ports)
        parts.append(range.toString());
    return parts.join(u',');
}

QString RuleText::line(const Rule &rule, CidrListText *memo)
{
    const bool ingress = rule.direction == Direction::Ingress;
    QString text = directionName(rule.direction).leftJustified(8) + DerivationJson::familyName(rule.family) +
                   u' ' + protocolName(rule.protocol).leftJustified(4) + ports(rule).leftJustified(16) +
                   u' ' + (ingress ? u"from "_s : u"to "_s) + peers(rule, memo);
    if (!rule.localAddresses.isEmpty())
        text += (ingress ? u" to "_s : u" from "_s) + CidrListText::join(rule.localAddresses, u',');
    return text + u"  # "_s + displayLine(rule.comment);
}

QString RuleText::line(const RedirectRule &r)
{
    return u"redirect "_s + protocolName(r.protocol) + u' ' + r.match.toString() + u" -> "_s +
           QString::number(r.toPort) + u"  # "_s + displayLine(r.comment);
}

} // namespace portolan
