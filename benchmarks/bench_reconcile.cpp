// Reconciler::reconcile on one host's policy of 1,000 / 3,000 / 10,000
// terms (HostPolicyGenerator): the plan's rule set against Portolan's own
// iptables export of it, read back (docs/performance.md, "Reconcile").
// Google Benchmark fits the complexity over the three sizes. Not a test:
// timings vary by machine (the round trip's exactness is tests/reconcile's).
#include "benchmain.h"
#include "hostpolicygenerator.h"
#include "io/allocatortuning.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "export/exporterregistry.h"
#include "export/host/hosttarget.h"
#include "project/projectreader.h"
#include "reconcile/reconciler.h"
#include "reconcile/rulesfile.h"

#include <benchmark/benchmark.h>

#include <QFileInfo>

using namespace portolan;

namespace {

struct Setup
{
    CatalogSet catalogs;
    Project project;
    Derivation derivation;
    RuleSet point;
    FilterProgram today;
};

std::optional<Setup> setUp(int terms, QString *error)
{
    Diagnostics errors;
    Setup s;
    s.catalogs = CatalogSet::bundled(&errors);
    auto catalog =
        CatalogReader::read(HostPolicyGenerator::catalog(terms), QStringLiteral("hostpolicy.yaml"), &errors);
    if (!catalog || !s.catalogs.add(std::move(*catalog), &errors)) {
        *error = formatDiagnostics(errors);
        return std::nullopt;
    }
    auto project = ProjectReader::read(HostPolicyGenerator::project(terms), QStringLiteral("policy.yaml"),
                                       s.catalogs, &errors);
    if (!project) {
        *error = formatDiagnostics(errors);
        return std::nullopt;
    }
    s.project = std::move(*project);
    s.derivation = Deriver::derive(s.project, s.catalogs);
    const ExportInput input{s.project, s.catalogs, s.derivation};
    QList<ExportProblem> problems;
    const QList<HostPoint> points = HostTarget::points(input, &problems);
    const ExportResult v4 = ExporterRegistry::find(QStringLiteral("iptables"))->generate(input);
    for (const HostPoint &point : points) {
        for (const ExportFile &f : v4.files) {
            if (QFileInfo(f.path).fileName().section(QStringLiteral(".rules"), 0, 0) != point.slug)
                continue;
            auto program = RulesFile::read(f.content, f.path, {}, &errors);
            if (!program) {
                *error = formatDiagnostics(errors);
                return std::nullopt;
            }
            s.point = *point.ruleSet;
            s.today = std::move(*program);
            return s;
        }
    }
    *error = QStringLiteral("no host point in the export");
    return std::nullopt;
}

void BM_Reconcile(benchmark::State &state)
{
    QString error;
    const auto s = setUp(int(state.range(0)), &error);
    if (!s) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    // Compare IPv4 only: the policy's sources are IPv4, and the plan's
    // IPv6 rules would be "not compared" (no file speaks for IPv6).
    RuleSet point = s->point;
    point.rules.removeIf([](const Rule &r) { return r.family != IpFamily::IPv4; });
    ReconcileReport report;
    for (auto _ : state) {
        report = Reconciler::reconcile(point, {s->today});
        benchmark::DoNotOptimize(report.items.data());
    }
    qsizetype todayRules = 0;
    for (const FilterChain &c : s->today.chains)
        todayRules += c.rules.size();
    state.SetComplexityN(point.rules.size());
    state.counters["planned_rules"] = double(point.rules.size());
    state.counters["today_rules"] = double(todayRules);
    state.counters["covered"] = report.count(ReconcileItem::Status::Covered);
    state.counters["exact"] = report.exact() ? 1 : 0;
}

} // namespace

BENCHMARK(BM_Reconcile)->Arg(1000)->Arg(3000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();

int main(int argc, char **argv)
{
    portolan::tuneAllocatorForLargePlans(); // as the programs do
    return portolan::bench::runBenchmarks(argc, argv);
}
