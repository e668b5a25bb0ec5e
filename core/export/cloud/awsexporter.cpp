#include "awsexporter.h"

using namespace Qt::StringLiterals;

namespace portolan {

ExportResult AwsExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const CloudScope scope = CloudScope::forProvider(input, Provider::Aws);
    const AwsNetworkResources network = AwsNetworkResources::build(input);
    if (scope.isEmpty() && network.isEmpty()) {
        result.problems.append(scope.nothingToExport(u"AWS"_s));
        return result;
    }
    const AwsResources groups = AwsResources::build(scope);
    result.problems = groups.problems + network.problems + limitProblems(groups, network);
    if (!result.ok())
        return result;
    if (!scope.isEmpty())
        result.files.append(securityGroupsFile(input, scope, groups));
    if (!network.isEmpty())
        result.files.append(networkFile(scope, groups, network));
    return result;
}

QList<ExportProblem> AwsExporter::limitProblems(const AwsResources &, const AwsNetworkResources &) const
{
    return {};
}

} // namespace portolan
