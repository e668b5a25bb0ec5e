#pragma once

#include "export/exporter.h"

#include "awsnetworkresources.h"
#include "awsresources.h"
#include "cloudscope.h"

namespace portolan {

// What the AWS template exporters (CloudFormation, Terraform) share: the
// security groups of the AWS rule sets (AwsResources) and the VPC network
// resources (AwsNetworkResources), their problems, nothing past an error,
// and one file for each that is not empty. Subclasses write the files in
// their language and may add their own limits.
class AwsExporter : public Exporter
{
public:
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const final;

protected:
    // Problems of the target's own limits, after those of the resources.
    virtual QList<ExportProblem> limitProblems(const AwsResources &groups,
                                               const AwsNetworkResources &network) const;
    virtual ExportFile securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                          const AwsResources &groups) const = 0;
    // `groups` is empty when the plan has no AWS security groups.
    virtual ExportFile networkFile(const CloudScope &scope, const AwsResources &groups,
                                   const AwsNetworkResources &network) const = 0;
};

} // namespace portolan
