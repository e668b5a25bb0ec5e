#include "awscloudformationexporter.h"

#include "awscloudformationnetwork.h"
#include "awsnetworkresources.h"
#include "awsresources.h"
#include "cloudtext.h"
#include "io/yamlwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void getAtt(YamlWriter &yaml, const QString &key, const QString &logicalId)
{
    yaml.beginMap(key);
    yaml.flowList(u"Fn::GetAtt"_s, {logicalId, u"GroupId"_s});
    yaml.endMap();
}

} // namespace

QList<ExportProblem> AwsCloudFormationExporter::limitProblems(const AwsResources &groups,
                                                              const AwsNetworkResources &network) const
{
    QList<ExportProblem> problems;
    qsizetype resources = 0;
    for (const AwsGroup &group : groups.groups)
        resources += 1 + group.permissions.size();
    // Two templates, two stacks: each has the limit.
    for (const qsizetype count : {resources, AwsCloudFormationNetwork::resourceCount(network)})
        if (count > MaxResources)
            problems.append(
                {ExportProblem::Severity::Error,
                 {},
                 tr("The template would hold %1 resources; CloudFormation takes at most %2 per stack. "
                    "Use the Terraform export or merge rules in the plan.")
                     .arg(count)
                     .arg(MaxResources)});
    return problems;
}

ExportFile AwsCloudFormationExporter::networkFile(const CloudScope &scope, const AwsResources &,
                                                  const AwsNetworkResources &network) const
{
    return AwsCloudFormationNetwork::file(scope, network);
}

ExportFile AwsCloudFormationExporter::securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                                         const AwsResources &plan) const
{

    QString text = scope.headerComment(u"AWS security groups for CloudFormation"_s);
    text += u"# Apply: aws cloudformation deploy --template-file security-groups.yaml --stack-name NAME "
            "--parameter-overrides VpcId...=vpc-...\n"_s;

    YamlWriter yaml;
    yaml.key(u"AWSTemplateFormatVersion"_s, u"\"2010-09-09\""_s);
    yaml.requiredString(u"Description"_s,
                        CloudText::awsDescription(u"Security groups of %1"_s.arg(input.project.name), 1024));
    yaml.beginMap(u"Parameters"_s);
    for (const QString &zone : plan.vpcZones) {
        yaml.beginMap(AwsResources::cloudFormationVpcParameter(zone));
        yaml.key(u"Type"_s, u"AWS::EC2::VPC::Id"_s);
        const Zone *z = input.project.zone(zone);
        const QString what = z ? CloudText::clean(z->name.isEmpty() ? z->id : z->name) : u"the VPC"_s;
        yaml.requiredString(u"Description"_s, CloudText::awsDescription(u"VPC for %1"_s.arg(what), 4000));
        yaml.endMap();
    }
    yaml.endMap();

    yaml.beginMap(u"Resources"_s);
    for (const AwsGroup &group : plan.groups) {
        yaml.beginMap(group.logicalId);
        yaml.key(u"Type"_s, u"AWS::EC2::SecurityGroup"_s);
        yaml.beginMap(u"Properties"_s);
        yaml.requiredString(u"GroupDescription"_s, group.description);
        yaml.beginMap(u"VpcId"_s);
        yaml.key(u"Ref"_s, AwsResources::cloudFormationVpcParameter(group.vpcZone));
        yaml.endMap();
        yaml.beginList(u"SecurityGroupEgress"_s);
        yaml.beginItem();
        yaml.key(u"IpProtocol"_s, u"\"-1\""_s);
        yaml.key(u"CidrIp"_s, u"127.0.0.1/32"_s);
        yaml.requiredString(u"Description"_s, u"Replaces the default allow-all egress"_s);
        yaml.endList();
        yaml.beginList(u"Tags"_s);
        yaml.beginItem();
        yaml.key(u"Key"_s, u"Name"_s);
        yaml.requiredString(u"Value"_s, CloudText::awsDescription(group.displayName));
        yaml.beginItem();
        yaml.key(u"Key"_s, u"PortolanRuleSet"_s);
        yaml.requiredString(u"Value"_s, CloudText::awsDescription(group.ruleSetId));
        yaml.endList();
        yaml.endMap();
        yaml.endMap();

        int counter[2] = {0, 0};
        for (const AwsPermission &p : group.permissions) {
            const bool in = p.direction == Direction::Ingress;
            const QString logical = u"%1%2%3"_s.arg(group.logicalId, in ? u"In"_s : u"Out"_s)
                                        .arg(++counter[in ? 0 : 1], 3, 10, QChar(u'0'));
            yaml.beginMap(logical);
            yaml.key(u"Type"_s,
                     in ? u"AWS::EC2::SecurityGroupIngress"_s : u"AWS::EC2::SecurityGroupEgress"_s);
            yaml.beginMap(u"Properties"_s);
            getAtt(yaml, u"GroupId"_s, group.logicalId);
            yaml.requiredString(u"IpProtocol"_s, p.protocol);
            if (p.fromPort >= 0) {
                yaml.integer(u"FromPort"_s, p.fromPort);
                yaml.integer(u"ToPort"_s, p.toPort);
            }
            if (p.peerGroup >= 0)
                getAtt(yaml, in ? u"SourceSecurityGroupId"_s : u"DestinationSecurityGroupId"_s,
                       plan.groups.at(p.peerGroup).logicalId);
            else
                yaml.requiredString(p.family == IpFamily::IPv4 ? u"CidrIp"_s : u"CidrIpv6"_s, p.cidr);
            yaml.string(u"Description"_s, p.description);
            yaml.endMap();
            yaml.endMap();
        }
    }
    yaml.endMap();
    text += yaml.text();

    return {u"aws-cloudformation/security-groups.yaml"_s, text.toUtf8(),
            tr("AWS security groups and their rules as a CloudFormation template"), false};
}

} // namespace portolan
