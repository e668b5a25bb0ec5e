#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

class AwsNetworkResources;
class CloudScope;

// aws-terraform/network.tf: the network ACLs and NAT gateways of an
// AwsNetworkResources. It is a second file of the same Terraform module as
// security_groups.tf, so it declares only what that file does not: the
// provider block when there are no security groups, the VPC variables the
// groups do not use, and the subnet variables.
class AwsTerraformNetwork
{
    Q_DECLARE_TR_FUNCTIONS(AwsTerraformNetwork)
public:
    static ExportFile file(const CloudScope &scope, const AwsNetworkResources &plan,
                           const QStringList &declaredVpcZones, bool declareProvider);
};

} // namespace portolan
