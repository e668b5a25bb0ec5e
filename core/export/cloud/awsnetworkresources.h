#pragma once

#include "cloudscope.h"
#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// One numbered entry of a network ACL (always "allow": the ACL's final
// implicit entry denies the rest).
struct AwsAclEntry
{
    bool egress = false;
    int ruleNumber = 0;
    IpFamily family = IpFamily::IPv4;
    QString protocol;  // "tcp", "udp" or "-1" (all)
    int fromPort = -1; // -1 with protocol "-1"
    int toPort = -1;
    QString cidr;
    bool returnTraffic = false; // the ephemeral-port answer to an entry of the other direction
};

// The network ACL of one AWS subnet zone that a boundary firewall guards.
struct AwsNetworkAcl
{
    QString ruleSetId; // "fw:<id>"
    ElementId subnetZone;
    ElementId vpcZone;
    QString identifier;         // Terraform resource name
    QString logicalId;          // CloudFormation logical id
    QString displayName;        // cleaned "firewall name / subnet name"
    QList<AwsAclEntry> entries; // ingress, then egress, by rule number
};

// A NAT layer with source NAT and no inbound mappings whose inside zone is
// in an AWS VPC.
struct AwsNatGateway
{
    ElementId natId;
    ElementId vpcZone;
    QString subnetKey; // AwsNetworkResources::subnets key of the public subnet it sits in
    QString identifier;
    QString logicalId;
    QString displayName;
    QString insideName;           // cleaned name of the zone whose traffic it translates
    QStringList outsideAddresses; // the project's, for a note: AWS picks the EIP's address

    // The comment lines both templates (CloudFormation, Terraform) put
    // before the gateway: what it translates and the route it needs.
    QStringList notes() const;
};

// A subnet id the files take as a variable / parameter: the project names
// zones, never AWS subnet ids.
struct AwsSubnetInput
{
    QString key;  // zone id, or "nat-<id>" for a NAT gateway's public subnet
    QString what; // cleaned description
};

// The AWS network layer of a plan, shared by the Terraform and
// CloudFormation exporters: network ACLs from boundary firewalls and NAT
// gateways from source-NAT layers.
//
// Network ACLs are stateless: every allowed flow also needs its answer
// allowed, so each entry gets a return entry in the other direction for the
// ephemeral ports 1024-65535 (the range AWS recommends: it covers Linux,
// Windows and NAT gateway source ports). AWS allows 20 entries per direction
// and IP family by default (a quota that can be raised to 40): past 20 is a
// warning, past 40 an error.
class AwsNetworkResources
{
    Q_DECLARE_TR_FUNCTIONS(AwsNetworkResources)
public:
    static constexpr int EntriesPerDirection = 20;
    static constexpr int MaxEntriesPerDirection = 40;
    static constexpr int EphemeralFrom = 1024;
    static constexpr int EphemeralTo = 65535;
    static constexpr int FirstRuleNumber = 100;
    static constexpr int RuleNumberStep = 10;

    static AwsNetworkResources build(const ExportInput &input);

    QList<AwsNetworkAcl> acls;
    QList<AwsNatGateway> natGateways;
    QList<AwsSubnetInput> subnets; // in first-use order
    QStringList vpcZones;          // distinct, sorted
    QList<ExportProblem> problems;

    bool isEmpty() const { return acls.isEmpty() && natGateways.isEmpty(); }
    bool hasErrors() const { return CloudScope::hasErrors(problems); }

    static QString terraformSubnetVariable(const QString &key);
    static QString cloudFormationSubnetParameter(const QString &key);
};

} // namespace portolan
