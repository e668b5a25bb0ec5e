#include "doresources.h"

#include "cloudtext.h"
#include "uniquenames.h"

using namespace Qt::StringLiterals;

namespace portolan {

DoResources DoResources::build(const CloudScope &scope)
{
    DoResources plan;
    UniqueNames names(u"-"_s, 200);
    UniqueNames identifiers(u"_"_s, 200);
    for (const RuleSet *ruleSet : scope.ruleSets()) {
        const QString tag = CloudText::label(ruleSet->id, 200);
        QList<DoRule> rules;
        for (const Rule &rule : ruleSet->rules) {
            DoRule base;
            base.inbound = rule.direction == Direction::Ingress;
            if (rule.peerGroup.isEmpty()) {
                base.addresses = CloudScope::cidrStrings(rule.peers, rule.family);
            } else if (scope.contains(rule.peerGroup)) {
                base.tags = {CloudText::label(rule.peerGroup, 200)};
            } else {
                base.addresses = scope.groupAddresses(rule.peerGroup, rule.family);
            }
            if (base.addresses.isEmpty() && base.tags.isEmpty()) {
                plan.problems.append(
                    {ExportProblem::Severity::Error, ruleSet->id,
                     rule.peerGroup.isEmpty()
                         ? tr("A rule of %1 has no addresses or group to allow.").arg(ruleSet->id)
                         : tr("A rule of %1 refers to %2, which is neither a DigitalOcean firewall of this "
                              "export nor a group with addresses.")
                               .arg(ruleSet->id, rule.peerGroup)});
                continue;
            }
            if (rule.protocol == Protocol::Any) {
                for (const QString &protocol : {u"tcp"_s, u"udp"_s, u"icmp"_s}) {
                    DoRule r = base;
                    r.protocol = protocol;
                    r.ports = protocol == u"icmp"_s ? QString() : u"all"_s;
                    rules.append(r);
                }
                continue;
            }
            for (const PortRange &range : rule.ports) {
                DoRule r = base;
                r.protocol = protocolName(rule.protocol);
                r.ports = range.isAll() ? u"all"_s : range.toString();
                rules.append(r);
            }
        }
        const qsizetype parts = qMax<qsizetype>(1, (rules.size() + RulesPerFirewall - 1) / RulesPerFirewall);
        if (parts > 1)
            plan.problems.append(
                {ExportProblem::Severity::Warning, ruleSet->id,
                 tr("%1 needs %2 rules; a DigitalOcean firewall takes %3, so it was split into %4 "
                    "firewalls on the same tag.")
                     .arg(ruleSet->id)
                     .arg(rules.size())
                     .arg(RulesPerFirewall)
                     .arg(parts)});
        const QString stem = CloudText::label(ruleSet->id, 180);
        for (qsizetype part = 0; part < parts; ++part) {
            DoFirewall firewall;
            firewall.ruleSetId = ruleSet->id;
            firewall.tag = tag;
            firewall.name = names.take(part == 0 ? stem : stem + u"-part"_s + QString::number(part + 1));
            firewall.identifier = identifiers.take(CloudText::identifier(firewall.name));
            firewall.rules = rules.mid(part * RulesPerFirewall, RulesPerFirewall);
            plan.firewalls.append(firewall);
        }
    }
    return plan;
}

} // namespace portolan
