#pragma once

#include "awsexporter.h"

#include <QCoreApplication>

namespace portolan {

// AWS security groups as one CloudFormation template (YAML): an
// AWS::EC2::SecurityGroup per group and an AWS::EC2::SecurityGroupIngress /
// SecurityGroupEgress per AWS rule with exactly one of CidrIp, CidrIpv6 or
// Source/DestinationSecurityGroupId. Rules are stand-alone resources so that
// groups may reference each other without a circular dependency. A new group
// would allow all egress; its inline egress holds only the usual
// "127.0.0.1/32, no ports" placeholder that replaces that default, so egress
// is exactly the plan's egress rules. Splits and refusals follow AwsResources; a
// template past CloudFormation's 500 resources is refused. Boundary
// firewalls and source-NAT layers inside AWS VPCs become network ACLs and NAT
// gateways in a second template, network.yaml (AwsNetworkResources).
class AwsCloudFormationExporter : public AwsExporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsCloudFormationExporter)
public:
    static constexpr int MaxResources = 500;

    QString id() const override { return QStringLiteral("aws-cloudformation"); }
    QString title() const override { return tr("AWS security groups (CloudFormation)"); }

private:
    QList<ExportProblem> limitProblems(const AwsResources &groups,
                                       const AwsNetworkResources &network) const override;
    ExportFile securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                  const AwsResources &groups) const override;
    ExportFile networkFile(const CloudScope &scope, const AwsResources &groups,
                           const AwsNetworkResources &network) const override;
};

} // namespace portolan
