#include "awscloudformationnetwork.h"

#include "awsnetworkresources.h"
#include "awsresources.h"
#include "cloudscope.h"
#include "cloudtext.h"
#include "io/yamlwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void ref(YamlWriter &yaml, const QString &key, const QString &logicalId)
{
    yaml.beginMap(key);
    yaml.key(u"Ref"_s, logicalId);
    yaml.endMap();
}

void tags(YamlWriter &yaml, const QString &name, const QString &source)
{
    yaml.beginList(u"Tags"_s);
    yaml.beginItem();
    yaml.key(u"Key"_s, u"Name"_s);
    yaml.requiredString(u"Value"_s, CloudText::awsDescription(name));
    yaml.beginItem();
    yaml.key(u"Key"_s, u"PortolanSource"_s);
    yaml.requiredString(u"Value"_s, CloudText::awsDescription(source));
    yaml.endList();
}

QString protocolNumber(const QString &protocol)
{
    if (protocol == u"tcp"_s)
        return u"6"_s;
    if (protocol == u"udp"_s)
        return u"17"_s;
    return u"-1"_s;
}

void writeAcl(YamlWriter &yaml, const AwsNetworkAcl &acl)
{
    yaml.comment(
        CloudText::comment(u"Network ACL of %1 (%2). Associating it replaces the subnet's current ACL."_s.arg(
            acl.displayName, acl.ruleSetId)));
    yaml.beginMap(acl.logicalId);
    yaml.key(u"Type"_s, u"AWS::EC2::NetworkAcl"_s);
    yaml.beginMap(u"Properties"_s);
    ref(yaml, u"VpcId"_s, AwsResources::cloudFormationVpcParameter(acl.vpcZone));
    tags(yaml, acl.displayName, acl.ruleSetId);
    yaml.endMap();
    yaml.endMap();
    yaml.beginMap(acl.logicalId + u"Association"_s);
    yaml.key(u"Type"_s, u"AWS::EC2::SubnetNetworkAclAssociation"_s);
    yaml.beginMap(u"Properties"_s);
    ref(yaml, u"SubnetId"_s, AwsNetworkResources::cloudFormationSubnetParameter(acl.subnetZone));
    ref(yaml, u"NetworkAclId"_s, acl.logicalId);
    yaml.endMap();
    yaml.endMap();

    bool returnsNoted[2] = {false, false};
    for (const AwsAclEntry &entry : acl.entries) {
        if (entry.returnTraffic && !returnsNoted[entry.egress ? 1 : 0]) {
            returnsNoted[entry.egress ? 1 : 0] = true;
            yaml.comment(
                u"Return traffic: network ACLs are stateless, so the answers to the %1 entries"_s.arg(
                    entry.egress ? u"inbound"_s : u"outbound"_s));
            yaml.comment(u"need their own entries, to the ephemeral ports %1-%2 of the side that connected."_s
                             .arg(AwsNetworkResources::EphemeralFrom)
                             .arg(AwsNetworkResources::EphemeralTo));
        }
        yaml.beginMap(u"%1%2%3"_s.arg(acl.logicalId, entry.egress ? u"Out"_s : u"In"_s)
                          .arg(entry.ruleNumber, 5, 10, QChar(u'0')));
        yaml.key(u"Type"_s, u"AWS::EC2::NetworkAclEntry"_s);
        yaml.beginMap(u"Properties"_s);
        ref(yaml, u"NetworkAclId"_s, acl.logicalId);
        yaml.integer(u"RuleNumber"_s, entry.ruleNumber);
        yaml.key(u"Protocol"_s, protocolNumber(entry.protocol));
        yaml.key(u"RuleAction"_s, u"allow"_s);
        yaml.boolean(u"Egress"_s, entry.egress);
        yaml.requiredString(entry.family == IpFamily::IPv4 ? u"CidrBlock"_s : u"Ipv6CidrBlock"_s, entry.cidr);
        if (entry.fromPort >= 0) {
            yaml.beginMap(u"PortRange"_s);
            yaml.integer(u"From"_s, entry.fromPort);
            yaml.integer(u"To"_s, entry.toPort);
            yaml.endMap();
        }
        yaml.endMap();
        yaml.endMap();
    }
}

void writeNat(YamlWriter &yaml, const AwsNatGateway &nat)
{
    for (const QString &line : nat.notes())
        yaml.comment(line);
    yaml.beginMap(nat.logicalId + u"Eip"_s);
    yaml.key(u"Type"_s, u"AWS::EC2::EIP"_s);
    yaml.beginMap(u"Properties"_s);
    yaml.key(u"Domain"_s, u"vpc"_s);
    tags(yaml, nat.displayName, nat.natId);
    yaml.endMap();
    yaml.endMap();
    yaml.beginMap(nat.logicalId);
    yaml.key(u"Type"_s, u"AWS::EC2::NatGateway"_s);
    yaml.beginMap(u"Properties"_s);
    yaml.beginMap(u"AllocationId"_s);
    yaml.flowList(u"Fn::GetAtt"_s, {nat.logicalId + u"Eip"_s, u"AllocationId"_s});
    yaml.endMap();
    ref(yaml, u"SubnetId"_s, AwsNetworkResources::cloudFormationSubnetParameter(nat.subnetKey));
    tags(yaml, nat.displayName, nat.natId);
    yaml.endMap();
    yaml.endMap();
}

} // namespace

qsizetype AwsCloudFormationNetwork::resourceCount(const AwsNetworkResources &plan)
{
    qsizetype count = 2 * plan.natGateways.size();
    for (const AwsNetworkAcl &acl : plan.acls)
        count += 2 + acl.entries.size();
    return count;
}

ExportFile AwsCloudFormationNetwork::file(const CloudScope &scope, const AwsNetworkResources &plan)
{
    const Project &project = scope.input().project;
    QString text = scope.headerComment(u"AWS network ACLs and NAT gateways for CloudFormation"_s);
    text += u"# Apply: aws cloudformation deploy --template-file network.yaml --stack-name NAME "
            "--parameter-overrides VpcId...=vpc-... SubnetId...=subnet-...\n"_s;

    YamlWriter yaml;
    yaml.key(u"AWSTemplateFormatVersion"_s, u"\"2010-09-09\""_s);
    yaml.requiredString(
        u"Description"_s,
        CloudText::awsDescription(u"Network ACLs and NAT gateways of %1"_s.arg(project.name), 1024));
    yaml.beginMap(u"Parameters"_s);
    for (const QString &zone : plan.vpcZones) {
        yaml.beginMap(AwsResources::cloudFormationVpcParameter(zone));
        yaml.key(u"Type"_s, u"AWS::EC2::VPC::Id"_s);
        const Zone *z = project.zone(zone);
        const QString what = CloudText::clean(z && !z->name.isEmpty() ? z->name : zone);
        yaml.requiredString(u"Description"_s, CloudText::awsDescription(u"VPC for %1"_s.arg(what), 4000));
        yaml.endMap();
    }
    for (const AwsSubnetInput &subnet : plan.subnets) {
        yaml.beginMap(AwsNetworkResources::cloudFormationSubnetParameter(subnet.key));
        yaml.key(u"Type"_s, u"AWS::EC2::Subnet::Id"_s);
        yaml.requiredString(u"Description"_s,
                            CloudText::awsDescription(u"The AWS %1"_s.arg(subnet.what), 4000));
        yaml.endMap();
    }
    yaml.endMap();

    yaml.beginMap(u"Resources"_s);
    for (const AwsNetworkAcl &acl : plan.acls)
        writeAcl(yaml, acl);
    for (const AwsNatGateway &nat : plan.natGateways)
        writeNat(yaml, nat);
    yaml.endMap();
    text += yaml.text();
    return {u"aws-cloudformation/network.yaml"_s, text.toUtf8(),
            tr("AWS network ACLs of the boundary firewalls' subnets (stateless: with return entries for the "
               "ephemeral ports %1-%2) and NAT gateways as a CloudFormation template of its own, deployed as "
               "a second stack; parameters SubnetId... name the subnets")
                .arg(AwsNetworkResources::EphemeralFrom)
                .arg(AwsNetworkResources::EphemeralTo),
            false};
}

} // namespace portolan
