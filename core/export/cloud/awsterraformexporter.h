#pragma once

#include "awsexporter.h"

#include <QCoreApplication>

namespace portolan {

// AWS security groups as Terraform: aws_security_group plus one
// aws_vpc_security_group_ingress_rule / egress_rule per AWS rule (one port
// range, one peer: cidr_ipv4, cidr_ipv6 or referenced_security_group_id).
// Terraform removes the default allow-all egress of a new group, so egress is
// exactly the plan's egress rules. Splits and refusals follow AwsResources.
// Boundary firewalls and source-NAT layers inside AWS VPCs become network
// ACLs and NAT gateways in a second file, network.tf (AwsNetworkResources).
class AwsTerraformExporter : public AwsExporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsTerraformExporter)
public:
    // The provider version the files pin (the one validated offline).
    static constexpr const char16_t *ProviderVersion = u"5.100.0";

    QString id() const override { return QStringLiteral("aws-terraform"); }
    QString title() const override { return tr("AWS security groups (Terraform)"); }

private:
    ExportFile securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                  const AwsResources &groups) const override;
    ExportFile networkFile(const CloudScope &scope, const AwsResources &groups,
                           const AwsNetworkResources &network) const override;
};

} // namespace portolan
