#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

class AwsNetworkResources;
class CloudScope;

// aws-cloudformation/network.yaml: the network ACLs (AWS::EC2::NetworkAcl,
// one AWS::EC2::NetworkAclEntry per entry, a SubnetNetworkAclAssociation)
// and NAT gateways (AWS::EC2::NatGateway with an AWS::EC2::EIP) of an
// AwsNetworkResources, as a stack of its own: it shares nothing with the
// security groups' template, so either can be deployed and rolled back alone.
class AwsCloudFormationNetwork
{
    Q_DECLARE_TR_FUNCTIONS(AwsCloudFormationNetwork)
public:
    static qsizetype resourceCount(const AwsNetworkResources &plan);
    static ExportFile file(const CloudScope &scope, const AwsNetworkResources &plan);
};

} // namespace portolan
