#include "pointreconcile.h"

#include "awsreader.h"
#include "export/exporter.h"
#include "k8spolicyreader.h"
#include "peergroups.h"
#include "rulesfile.h"

namespace portolan {

bool isReconcilable(const RuleSet &set)
{
    return set.kind == PointKind::HostFirewall ||
           ((set.kind == PointKind::SecurityGroup || set.kind == PointKind::LoadBalancerGroup) &&
            set.provider == Provider::Aws);
}

std::optional<ReconcileReport> PointReconciler::run(const ExportInput &input, const QString &point,
                                                    const QList<RulesFileInput> &files,
                                                    const IpsetSets &ipsets, Diagnostics *errors)
{
    const RuleSet *set = input.derivation.ruleSet(point);
    if (!set || !isReconcilable(*set)) {
        errors->append({{}, 0, 0, tr("no host or AWS enforcement point '%1'").arg(point), {}});
        return std::nullopt;
    }
    const bool aws = set->kind != PointKind::HostFirewall;
    const AwsGroupNames awsNames = aws ? AwsSecurityGroupReader::namesFor(input, point) : AwsGroupNames();
    QList<FilterProgram> programs;
    for (const RulesFileInput &file : files) {
        if (!aws && AwsSecurityGroupReader::looksLike(file.content)) {
            errors->append(
                {file.path, 1, 1,
                 tr("describe-security-groups output is compared with an AWS point, not with %1").arg(point),
                 tr("name the group's point: --point sg:ID")});
            return std::nullopt;
        }
        auto program = aws ? AwsSecurityGroupReader::read(file.content, file.path, awsNames, errors)
                       : K8sPolicyReader::looksLike(file.content)
                           ? K8sPolicyReader::read(file.content, file.path,
                                                   K8sPolicyReader::namesFor(input, point), errors)
                           : RulesFile::read(file.content, file.path, ipsets, errors);
        if (!program)
            return std::nullopt;
        programs.append(std::move(*program));
    }
    // Group references (AWS groups, Kubernetes pod selectors) are compared
    // by the addresses of the referenced point.
    return Reconciler::reconcile(resolvePeerGroups(*set, input.derivation), programs);
}

} // namespace portolan
