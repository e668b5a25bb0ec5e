#pragma once

#include "cloudscope.h"

#include <QCoreApplication>

namespace portolan {

// One AWS rule: one protocol, one port range, one peer (a CIDR or another
// group of the same export), as AWS counts them.
struct AwsPermission
{
    Direction direction = Direction::Ingress;
    IpFamily family = IpFamily::IPv4;
    QString protocol;  // "tcp", "udp" or "-1" (all)
    int fromPort = -1; // -1 with protocol "-1"
    int toPort = -1;
    QString cidr;        // either this ...
    int peerGroup = -1;  // ... or an index into AwsResources::groups (always a part 1)
    QString description; // AWS character set, <= 255
};

// One security group to create. A rule set that passes the per-group limit
// becomes several parts, all meant for the same instances.
struct AwsGroup
{
    QString ruleSetId;
    int part = 1;
    int parts = 1;
    QString label;       // lower-case name, also the CLI file name
    QString identifier;  // Terraform resource name
    QString logicalId;   // CloudFormation logical id
    QString displayName; // cleaned user text
    QString description; // AWS character set
    QString vpcZone;     // project zone id of the VPC, may be empty
    QList<AwsPermission> permissions;
};

// The AWS view of a plan shared by the CloudFormation, Terraform and CLI
// exporters, so all three split and name groups the same way.
//
// Limit policy: AWS allows 60 inbound and 60 outbound rules per group,
// counted apart for IPv4 and IPv6 (a 61st fails with
// RulesPerSecurityGroupLimitExceeded). A rule set that needs more is split
// into parts "<name>", "<name>-part2", ... that together allow the same
// traffic (security groups on one interface are a union), with a warning
// that every instance needs every part. Past 5 parts (the default groups per
// network interface) the export is refused with an error.
class AwsResources
{
    Q_DECLARE_TR_FUNCTIONS(AwsResources)
public:
    static constexpr int RulesPerGroup = 60;
    static constexpr int GroupsPerInterface = 5;

    // The provider these resources are for, and its name in messages.
    static constexpr Provider ProviderId = Provider::Aws;
    static constexpr const char16_t *ProviderTitle = u"AWS";

    static AwsResources build(const CloudScope &scope);

    QList<AwsGroup> groups;
    QList<ExportProblem> problems;
    QStringList vpcZones; // distinct, sorted; "" stands for "no VPC zone in the project"

    bool hasErrors() const { return CloudScope::hasErrors(problems); }
    static QString protocolOf(Protocol protocol);
    // The VPC id input of a zone ("" = the one VPC of a project without VPC
    // zones), shared by every file of a target so they name it alike.
    static QString terraformVpcVariable(const QString &zone);
    static QString cloudFormationVpcParameter(const QString &zone);
};

} // namespace portolan
