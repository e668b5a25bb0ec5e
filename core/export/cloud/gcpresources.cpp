#include "gcpresources.h"

#include "cloudtext.h"
#include "uniquenames.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString GcpResources::tagOf(const QString &ruleSetId)
{
    return CloudText::label(ruleSetId, MaxName);
}

QString GcpResources::networkKey(const QString &zone)
{
    return zone.isEmpty() ? u"default"_s : CloudText::label(zone, MaxName);
}

GcpResources GcpResources::build(const CloudScope &scope)
{
    GcpResources plan;
    UniqueNames names(u"-"_s, MaxName);
    for (const RuleSet *ruleSet : scope.ruleSets()) {
        const QString zone = scope.networkZoneOf(*ruleSet);
        const QString network = networkKey(zone);
        const QPair<QString, QString> entry{network, network};
        if (!plan.networks.contains(entry))
            plan.networks.append(entry);
        const QString tag = tagOf(ruleSet->id);
        // Room for "-out-001" (and a "-2" from UniqueNames) within 63.
        const QString stem = CloudText::label(ruleSet->id, MaxName - 10);
        const QString who = CloudText::clean(CloudScope::displayName(*ruleSet));
        int counter[2] = {0, 0};
        for (const Rule &rule : ruleSet->rules) {
            GcpRule out;
            out.ingress = rule.direction == Direction::Ingress;
            out.network = network;
            out.networkZone = zone;
            out.priority = AllowPriority;
            out.targetTags = {tag};
            out.name = names.take(u"%1-%2-%3"_s.arg(stem, out.ingress ? u"in"_s : u"out"_s)
                                      .arg(++counter[out.ingress ? 0 : 1], 3, 10, QChar(u'0')));
            out.description = CloudText::truncate(
                CloudText::clean(u"%1: %2"_s.arg(who, rule.comment.isEmpty() ? ruleSet->id : rule.comment)),
                2048);
            if (rule.protocol == Protocol::Any) {
                out.allows = {{u"all"_s, {}}};
            } else {
                GcpAllow allow{protocolName(rule.protocol), {}};
                for (const PortRange &range : rule.ports)
                    allow.ports.append(range.toString());
                out.allows = {allow};
            }
            const QStringList peers =
                rule.peerGroup.isEmpty() ? CloudScope::cidrStrings(rule.peers, rule.family) : QStringList();
            if (!rule.peerGroup.isEmpty() && !scope.planRuleSet(rule.peerGroup)) {
                plan.problems.append(
                    {ExportProblem::Severity::Error, ruleSet->id,
                     tr("A rule of %1 refers to the unknown group %2.").arg(ruleSet->id, rule.peerGroup)});
                continue;
            }
            if (out.ingress) {
                if (!rule.peerGroup.isEmpty() && scope.contains(rule.peerGroup))
                    out.sourceTags = {tagOf(rule.peerGroup)};
                else
                    out.sourceRanges =
                        rule.peerGroup.isEmpty() ? peers : scope.groupAddresses(rule.peerGroup, rule.family);
            } else {
                out.destinationRanges =
                    rule.peerGroup.isEmpty() ? peers : scope.groupAddresses(rule.peerGroup, rule.family);
            }
            if (out.sourceTags.isEmpty() && out.sourceRanges.isEmpty() && out.destinationRanges.isEmpty()) {
                plan.problems.append(
                    {ExportProblem::Severity::Error, ruleSet->id,
                     tr("A rule of %1 has no %2 addresses to allow: Google Cloud needs source or "
                        "destination ranges for it.")
                         .arg(ruleSet->id, rule.family == IpFamily::IPv4 ? u"IPv4"_s : u"IPv6"_s)});
                continue;
            }
            plan.rules.append(out);
        }
        for (const IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
            GcpRule deny;
            deny.ingress = false;
            deny.deny = true;
            deny.network = network;
            deny.networkZone = zone;
            deny.priority = DenyPriority;
            deny.targetTags = {tag};
            deny.allows = {{u"all"_s, {}}};
            deny.destinationRanges = {family == IpFamily::IPv4 ? u"0.0.0.0/0"_s : u"::/0"_s};
            deny.name = names.take(u"%1-deny-out%2"_s.arg(stem, family == IpFamily::IPv4 ? u"4"_s : u"6"_s));
            deny.description =
                CloudText::truncate(CloudText::clean(u"%1: deny all other egress (%2)"_s.arg(
                                        who, family == IpFamily::IPv4 ? u"IPv4"_s : u"IPv6"_s)),
                                    2048);
            plan.rules.append(deny);
        }
    }
    std::sort(plan.networks.begin(), plan.networks.end());
    return plan;
}

} // namespace portolan
