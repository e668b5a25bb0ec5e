#pragma once

#include "filterprogram.h"

#include <QCoreApplication>
#include <QHash>

namespace portolan {

struct ExportInput;

// How the groups of a describe-security-groups file stand for the plan:
// the group names (or ids) of the point being reconciled (a point split by
// the per-group rule limit has several), and for group references the
// addresses of the plan point each group name stands for.
struct AwsGroupNames
{
    QStringList point;
    QHash<QString, CidrList> addresses;
};

// Reads `aws ec2 describe-security-groups` JSON into a FilterProgram of two
// chains: the ingress and egress rules of the point's groups (a union, as
// groups on one interface are) with a DROP policy, since a security group
// admits only what a rule allows. Each entry of IpRanges / Ipv6Ranges is one
// rule, located at its line in the file; UserIdGroupPairs are resolved to
// the GroupName of the group of that GroupId in the same file and then to
// the addresses the plan gives that group; a reference that does not
// resolve, a PrefixListIds entry and ICMP codes are kept as not understood
// (FilterMatch::unknown). Malformed JSON is a Diagnostic with line:column.
class AwsSecurityGroupReader
{
    Q_DECLARE_TR_FUNCTIONS(AwsSecurityGroupReader)
public:
    // True when the content is a JSON object with a "SecurityGroups" member.
    static bool looksLike(const QByteArray &content);
    static std::optional<FilterProgram> read(const QByteArray &content, const QString &fileName,
                                             const AwsGroupNames &names, Diagnostics *errors);

    // The names Portolan's AWS export gives the point's groups and every
    // other group of the export (AwsResources), so an exported and applied plan
    // reads back as it was planned.
    static AwsGroupNames namesFor(const ExportInput &input, const QString &pointId);
};

} // namespace portolan
