#include "awsnetworkresources.h"

#include "awsresources.h"
#include "cloudscope.h"
#include "cloudtext.h"
#include "uniquenames.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString zoneName(const Project &project, const ElementId &id)
{
    const Zone *zone = project.zone(id);
    return CloudText::clean(zone && !zone->name.isEmpty() ? zone->name : id);
}

// The AWS VPC zone `zone` lies in (itself included), empty when none.
ElementId awsVpcOf(const Project &project, const ElementId &zone)
{
    if (project.providerOf(zone) != Provider::Aws)
        return {};
    for (const ElementId &id : project.zoneChain(zone))
        if (const Zone *z = project.zone(id); z && z->kind == ZoneKind::Vpc)
            return id;
    return {};
}

// The subnets whose traffic passes through a firewall guarding `zone`: its
// own subnet, or every subnet of a VPC it guards as a whole.
QList<ElementId> subnetsGuarded(const Project &project, const ElementId &zone)
{
    for (const ElementId &id : project.zoneChain(zone)) {
        const Zone *z = project.zone(id);
        if (z && z->kind == ZoneKind::Subnet)
            return {id};
        if (z && z->kind == ZoneKind::Vpc)
            break;
    }
    QList<ElementId> out;
    for (const Zone &z : project.zones)
        if (z.kind == ZoneKind::Subnet && z.id != zone && project.zoneIsWithin(z.id, zone))
            out.append(z.id);
    return out;
}

bool appliesTo(const Rule &rule, const CidrList &subnet)
{
    if (rule.localAddresses.isEmpty() || subnet.isEmpty())
        return true;
    for (const Cidr &local : rule.localAddresses)
        for (const Cidr &cidr : subnet)
            if (local.isIPv4() == cidr.isIPv4() && local.overlaps(cidr))
                return true;
    return false;
}

// Builds the entries of one ACL: the firewall's rules that reach the subnet,
// each with its return entry, deduplicated, then numbered per direction.
class AclBuilder
{
public:
    void add(AwsAclEntry entry)
    {
        const QString key = u"%1|%2|%3|%4|%5|%6|%7"_s.arg(int(entry.egress))
                                .arg(int(entry.family))
                                .arg(entry.protocol, entry.cidr)
                                .arg(entry.fromPort)
                                .arg(entry.toPort)
                                .arg(int(entry.returnTraffic));
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        (entry.returnTraffic ? m_returns : m_forward).append(entry);
    }

    // Forward entries first: they are what the reader checks; answers follow.
    QList<AwsAclEntry> numbered() const
    {
        QList<AwsAclEntry> out;
        for (const bool egress : {false, true}) {
            int number = AwsNetworkResources::FirstRuleNumber;
            for (const QList<AwsAclEntry> *list : {&m_forward, &m_returns})
                for (AwsAclEntry entry : *list)
                    if (entry.egress == egress) {
                        entry.ruleNumber = number;
                        number += AwsNetworkResources::RuleNumberStep;
                        out.append(entry);
                    }
        }
        return out;
    }

private:
    QSet<QString> m_seen;
    QList<AwsAclEntry> m_forward;
    QList<AwsAclEntry> m_returns;
};

void addRule(AclBuilder &builder, const Rule &rule, const QStringList &peers)
{
    const QString protocol = AwsResources::protocolOf(rule.protocol);
    QList<PortRange> ranges = rule.protocol == Protocol::Any ? QList<PortRange>{PortRange{}} : rule.ports;
    if (ranges.isEmpty())
        ranges = {PortRange{PortRange::Min, PortRange::Max}};
    for (const QString &cidr : peers) {
        AwsAclEntry entry;
        entry.egress = rule.direction == Direction::Egress;
        entry.family = rule.family;
        entry.protocol = protocol;
        entry.cidr = cidr;
        for (const PortRange &range : std::as_const(ranges)) {
            if (rule.protocol != Protocol::Any) {
                entry.fromPort = range.from;
                entry.toPort = range.to;
            }
            builder.add(entry);
        }
        AwsAclEntry answer = entry;
        answer.egress = !entry.egress;
        answer.returnTraffic = true;
        if (rule.protocol != Protocol::Any) {
            answer.fromPort = AwsNetworkResources::EphemeralFrom;
            answer.toPort = AwsNetworkResources::EphemeralTo;
        }
        builder.add(answer);
    }
}

} // namespace

QStringList AwsNatGateway::notes() const
{
    QStringList lines{
        CloudText::comment(u"NAT gateway of %1: outbound traffic of %2 leaves with its Elastic IP."_s.arg(
            displayName, insideName)),
        u"Route 0.0.0.0/0 of the inside subnets' route tables to it (IPv4 only)."_s};
    if (!outsideAddresses.isEmpty())
        lines << CloudText::comment(
            u"The plan names %1 outside: AWS picks the new Elastic IP's address."_s.arg(
                outsideAddresses.join(u", "_s)));
    return lines;
}

QString AwsNetworkResources::terraformSubnetVariable(const QString &key)
{
    return u"subnet_id_"_s + CloudText::identifier(CloudText::label(key, 60));
}

QString AwsNetworkResources::cloudFormationSubnetParameter(const QString &key)
{
    return u"SubnetId"_s + CloudText::logicalId(CloudText::label(key, 60));
}

AwsNetworkResources AwsNetworkResources::build(const ExportInput &input)
{
    AwsNetworkResources plan;
    const Project &project = input.project;
    UniqueNames identifiers(u"_"_s, 200);
    UniqueNames logicalIds(u"X"_s, 200);
    QSet<QString> subnetKeys;
    auto useSubnet = [&](const QString &key, const QString &what) {
        if (!subnetKeys.contains(key)) {
            subnetKeys.insert(key);
            plan.subnets.append({key, what});
        }
    };
    auto useVpc = [&](const ElementId &vpc) {
        if (!plan.vpcZones.contains(vpc))
            plan.vpcZones.append(vpc);
    };

    for (const Firewall &firewall : project.firewalls) {
        const RuleSet *ruleSet = input.derivation.ruleSet(u"fw:"_s + firewall.id);
        if (!ruleSet)
            continue;
        const QString firewallName = CloudText::clean(firewall.name.isEmpty() ? firewall.id : firewall.name);
        for (const ElementId &inside : firewall.inside) {
            if (awsVpcOf(project, inside).isEmpty())
                continue;
            const QList<ElementId> subnets = subnetsGuarded(project, inside);
            if (subnets.isEmpty())
                plan.problems.append({ExportProblem::Severity::Warning, ruleSet->id,
                                      tr("%1 guards the AWS zone %2, which has no subnet zone: network ACLs "
                                         "attach to subnets, so none was generated for it.")
                                          .arg(ruleSet->id, inside)});
            for (const ElementId &subnet : subnets) {
                AwsNetworkAcl acl;
                acl.ruleSetId = ruleSet->id;
                acl.subnetZone = subnet;
                acl.vpcZone = awsVpcOf(project, subnet);
                acl.displayName =
                    CloudText::truncate(firewallName + u" / "_s + zoneName(project, subnet), 255);
                const QString label = u"portolan-"_s + CloudText::label(ruleSet->id + u'-' + subnet, 190);
                acl.identifier = identifiers.take(CloudText::identifier(label));
                acl.logicalId = logicalIds.take(CloudText::logicalId(label) + u"Acl"_s);

                const CidrList subnetCidrs = project.effectiveCidrs(subnet);
                AclBuilder builder;
                for (const Rule &rule : ruleSet->rules) {
                    if (!appliesTo(rule, subnetCidrs))
                        continue;
                    QStringList peers = CloudScope::cidrStrings(rule.peers);
                    if (!rule.peerGroup.isEmpty())
                        if (const RuleSet *group = input.derivation.ruleSet(rule.peerGroup))
                            peers = CloudScope::cidrStrings(group->addresses, rule.family);
                    if (peers.isEmpty()) {
                        plan.problems.append({ExportProblem::Severity::Error, ruleSet->id,
                                              tr("A rule of %1 names no addresses a network ACL can allow "
                                                 "(it refers to %2).")
                                                  .arg(ruleSet->id, rule.peerGroup)});
                        continue;
                    }
                    addRule(builder, rule, peers);
                }
                acl.entries = builder.numbered();

                int counts[2][2] = {{0, 0}, {0, 0}};
                for (const AwsAclEntry &entry : std::as_const(acl.entries))
                    ++counts[entry.egress ? 1 : 0][entry.family == IpFamily::IPv4 ? 0 : 1];
                const int most = std::max({counts[0][0], counts[0][1], counts[1][0], counts[1][1]});
                if (most > MaxEntriesPerDirection)
                    plan.problems.append(
                        {ExportProblem::Severity::Error, ruleSet->id,
                         tr("The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP "
                            "family (return traffic included); AWS allows at most %4. Merge sources or port "
                            "ranges in the plan, or use security groups for this traffic.")
                             .arg(ruleSet->id, subnet)
                             .arg(most)
                             .arg(MaxEntriesPerDirection)});
                else if (most > EntriesPerDirection)
                    plan.problems.append(
                        {ExportProblem::Severity::Warning, ruleSet->id,
                         tr("The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP "
                            "family (return traffic included); AWS allows %4 by default: raise the "
                            "\"Rules per network ACL\" quota (up to %5) before applying.")
                             .arg(ruleSet->id, subnet)
                             .arg(most)
                             .arg(EntriesPerDirection)
                             .arg(MaxEntriesPerDirection)});
                useVpc(acl.vpcZone);
                useSubnet(subnet, u"subnet %1"_s.arg(zoneName(project, subnet)));
                plan.acls.append(acl);
            }
        }
    }

    for (const NatLayer &nat : project.natLayers) {
        const ElementId vpc = awsVpcOf(project, nat.inside);
        if (vpc.isEmpty())
            continue;
        const QString natName = CloudText::clean(nat.name.isEmpty() ? nat.id : nat.name);
        // Inbound mappings are one-to-one NAT: in AWS the internet gateway
        // with public or Elastic IPs on the instances. A NAT gateway there
        // would be wrong (it serves private subnets, outbound only).
        if (!nat.mappings.isEmpty()) {
            plan.problems.append(
                {ExportProblem::Severity::Warning,
                 {},
                 tr("NAT layer %1 maps outside addresses to inside ones: in AWS that is the "
                    "internet gateway with public or Elastic IPs on the instances, which a NAT "
                    "gateway cannot do. Nothing was generated for it: give the instances those "
                    "addresses.")
                     .arg(nat.id)});
            continue;
        }
        if (!nat.sourceNat)
            continue;
        AwsNatGateway gateway;
        gateway.natId = nat.id;
        gateway.vpcZone = vpc;
        gateway.displayName = CloudText::truncate(natName, 255);
        gateway.insideName = zoneName(project, nat.inside);
        const QString label = u"portolan-nat-"_s + CloudText::label(nat.id, 190);
        gateway.identifier = identifiers.take(CloudText::identifier(label));
        gateway.logicalId = logicalIds.take(CloudText::logicalId(label));
        for (const QHostAddress &address : nat.outsideAddresses)
            gateway.outsideAddresses.append(address.toString());
        // A NAT gateway sits in a public subnet: the NAT layer's outside
        // zone when that is a subnet of the same VPC.
        const Zone *outside = project.zone(nat.outside);
        if (outside && outside->kind == ZoneKind::Subnet && awsVpcOf(project, nat.outside) == vpc) {
            gateway.subnetKey = nat.outside;
            useSubnet(nat.outside, u"subnet %1"_s.arg(zoneName(project, nat.outside)));
        } else {
            gateway.subnetKey = u"nat-"_s + nat.id;
            useSubnet(gateway.subnetKey, u"public subnet of NAT gateway %1"_s.arg(natName));
        }
        plan.natGateways.append(gateway);
    }
    plan.vpcZones.sort();
    return plan;
}

} // namespace portolan
