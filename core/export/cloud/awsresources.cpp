#include "awsresources.h"

#include "cloudtext.h"
#include "uniquenames.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Pending
{
    const RuleSet *ruleSet = nullptr;
    QList<AwsPermission> permissions;
};

int bucketOf(const AwsPermission &p)
{
    return (p.direction == Direction::Ingress ? 0 : 2) + (p.family == IpFamily::IPv4 ? 0 : 1);
}

} // namespace

QString AwsResources::protocolOf(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return u"tcp"_s;
    case Protocol::Udp:
        return u"udp"_s;
    case Protocol::Any:
        return u"-1"_s;
    }
    return u"-1"_s;
}

QString AwsResources::terraformVpcVariable(const QString &zone)
{
    return zone.isEmpty() ? u"vpc_id"_s : u"vpc_id_"_s + CloudText::identifier(zone);
}

QString AwsResources::cloudFormationVpcParameter(const QString &zone)
{
    return zone.isEmpty() ? u"VpcId"_s : u"VpcId"_s + CloudText::logicalId(zone);
}

AwsResources AwsResources::build(const CloudScope &scope)
{
    AwsResources plan;
    UniqueNames labels(u"-"_s, 200);
    UniqueNames identifiers(u"_"_s, 200);
    UniqueNames logicalIds(u"X"_s, 200);
    QHash<QString, int> firstPart; // rule set id -> index of its part 1 in plan.groups

    // Part 1 of every group first: references point at it.
    QList<Pending> pending;
    for (const RuleSet *ruleSet : scope.ruleSets()) {
        AwsGroup group;
        group.ruleSetId = ruleSet->id;
        group.displayName = CloudText::truncate(CloudText::clean(CloudScope::displayName(*ruleSet)), 255);
        // AWS refuses group names that begin with "sg-" (the id prefix).
        group.label = labels.take(u"portolan-"_s + CloudText::label(ruleSet->id, 190));
        group.identifier = identifiers.take(CloudText::identifier(group.label));
        group.logicalId = logicalIds.take(CloudText::logicalId(group.label));
        group.vpcZone = scope.networkZoneOf(*ruleSet);
        if (!plan.vpcZones.contains(group.vpcZone))
            plan.vpcZones.append(group.vpcZone);
        firstPart.insert(ruleSet->id, int(plan.groups.size()));
        plan.groups.append(group);
        pending.append(Pending{ruleSet, {}});
    }
    plan.vpcZones.sort();

    for (Pending &p : pending) {
        for (const Rule &rule : p.ruleSet->rules) {
            AwsPermission base;
            base.direction = rule.direction;
            base.family = rule.family;
            base.protocol = protocolOf(rule.protocol);
            base.description = CloudText::awsDescription(rule.comment);
            QList<PortRange> ranges =
                rule.protocol == Protocol::Any ? QList<PortRange>{PortRange{}} : rule.ports;
            if (ranges.isEmpty())
                ranges = {PortRange{PortRange::Min, PortRange::Max}};

            QList<AwsPermission> peers;
            if (!rule.peerGroup.isEmpty()) {
                if (firstPart.contains(rule.peerGroup)) {
                    AwsPermission peer = base;
                    peer.peerGroup = firstPart.value(rule.peerGroup);
                    peers.append(peer);
                } else if (scope.planRuleSet(rule.peerGroup)) {
                    // Not an AWS group of this export: its addresses stand in.
                    for (const QString &cidr : scope.groupAddresses(rule.peerGroup, rule.family)) {
                        AwsPermission peer = base;
                        peer.cidr = cidr;
                        peers.append(peer);
                    }
                    if (peers.isEmpty())
                        plan.problems.append(
                            {ExportProblem::Severity::Error, p.ruleSet->id,
                             tr("A rule of %1 refers to %2, which is not an AWS security group and "
                                "has no addresses to allow instead.")
                                 .arg(p.ruleSet->id, rule.peerGroup)});
                } else {
                    plan.problems.append({ExportProblem::Severity::Error, p.ruleSet->id,
                                          tr("A rule of %1 refers to the unknown group %2.")
                                              .arg(p.ruleSet->id, rule.peerGroup)});
                }
            } else {
                for (const Cidr &cidr : rule.peers) {
                    AwsPermission peer = base;
                    peer.cidr = cidr.toString();
                    peer.family = cidr.isIPv4() ? IpFamily::IPv4 : IpFamily::IPv6;
                    peers.append(peer);
                }
            }
            for (const PortRange &range : std::as_const(ranges)) {
                for (AwsPermission peer : std::as_const(peers)) {
                    if (rule.protocol != Protocol::Any) {
                        peer.fromPort = range.from;
                        peer.toPort = range.to;
                    }
                    p.permissions.append(peer);
                }
            }
        }
    }

    // Split by the per-group limit, keeping each bucket's order.
    // Split by the per-group limit, keeping each bucket's order; parts follow
    // their first part so files read in plan order.
    QList<AwsGroup> ordered;
    QList<int> newIndex(plan.groups.size(), -1);
    for (qsizetype g = 0; g < plan.groups.size(); ++g) {
        const Pending &p = pending.at(g);
        int counts[4] = {0, 0, 0, 0};
        QList<QList<AwsPermission>> parts{{}};
        for (const AwsPermission &permission : p.permissions) {
            const int index = counts[bucketOf(permission)]++ / RulesPerGroup;
            while (parts.size() <= index)
                parts.append(QList<AwsPermission>());
            parts[index].append(permission);
        }
        const int partCount = int(parts.size());
        if (partCount > GroupsPerInterface)
            plan.problems.append(
                {ExportProblem::Severity::Error, p.ruleSet->id,
                 tr("%1 needs %2 security groups of at most %3 rules each per direction and IP "
                    "family; an instance takes only %4 groups by default. Merge sources or port "
                    "ranges in the plan.")
                     .arg(p.ruleSet->id)
                     .arg(partCount)
                     .arg(RulesPerGroup)
                     .arg(GroupsPerInterface)});
        else if (partCount > 1)
            plan.problems.append(
                {ExportProblem::Severity::Warning, p.ruleSet->id,
                 tr("%1 has more than %2 rules in one direction and IP family: it was split into %3 "
                    "security groups; attach all of them to every instance.")
                     .arg(p.ruleSet->id)
                     .arg(RulesPerGroup)
                     .arg(partCount)});
        newIndex[g] = int(ordered.size());
        for (int part = 1; part <= partCount; ++part) {
            AwsGroup group = plan.groups.at(g);
            group.part = part;
            group.parts = partCount;
            if (part > 1) {
                group.label = labels.take(plan.groups.at(g).label + u"-part"_s + QString::number(part));
                group.identifier = identifiers.take(CloudText::identifier(group.label));
                group.logicalId = logicalIds.take(CloudText::logicalId(group.label));
            }
            group.permissions = parts.at(part - 1);
            const QString partNote = partCount > 1 ? u" part %1 of %2"_s.arg(part).arg(partCount) : QString();
            group.description = CloudText::awsDescription(
                u"Portolan %1%2: %3"_s.arg(group.ruleSetId, partNote, group.displayName));
            ordered.append(group);
        }
    }
    for (AwsGroup &group : ordered)
        for (AwsPermission &permission : group.permissions)
            if (permission.peerGroup >= 0)
                permission.peerGroup = newIndex.at(permission.peerGroup);
    plan.groups = ordered;
    return plan;
}

} // namespace portolan
