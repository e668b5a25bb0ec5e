#pragma once

#include "export/exporter.h"

#include "awsresources.h"

#include <QCoreApplication>

namespace portolan {

// AWS security groups as Terraform: aws_security_group plus one
// aws_vpc_security_group_ingress_rule / egress_rule per AWS rule (one port
// range, one peer: cidr_ipv4, cidr_ipv6 or referenced_security_group_id).
// Terraform removes the default allow-all egress of a new group, so egress is
// exactly the plan's egress rules. Splits and refusals follow AwsResources.
// Boundary firewalls and source-NAT layers inside AWS VPCs become network
// ACLs and NAT gateways in a second file, network.tf (AwsNetworkResources).
class AwsTerraformExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsTerraformExporter)
public:
    // The provider version the files pin (the one validated offline).
    static constexpr const char16_t *ProviderVersion = u"5.100.0";

    QString id() const override { return QStringLiteral("aws-terraform"); }
    QString title() const override { return tr("AWS security groups (Terraform)"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;

private:
    static ExportFile securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                         const AwsResources &plan);
};

} // namespace portolan
