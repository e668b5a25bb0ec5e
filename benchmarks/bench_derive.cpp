// Load + derive + rule sets on generated deployments of 100, 1,000 and
// 10,000 nodes (docs/performance.md). Not a test: timings vary by machine.
#include "benchmain.h"
#include "deploymentgenerator.h"
#include "io/allocatortuning.h"

#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "project/projectreader.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <sys/resource.h>

using namespace portolan;

namespace {

const CatalogSet &catalogs()
{
    static const CatalogSet set = CatalogSet::bundled();
    return set;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

void reportDerivation(benchmark::State &state, const Project &project, const Derivation &derivation)
{
    qsizetype rules = 0;
    for (const RuleSet &set : derivation.ruleSets)
        rules += set.rules.size();
    state.counters["nodes"] = double(project.nodes.size());
    state.counters["flows"] = double(derivation.flows.size());
    state.counters["rule_sets"] = double(derivation.ruleSets.size());
    state.counters["rules"] = double(rules);
    // Peak of the whole process so far: run one size per process for a clean
    // figure (docs/performance.md does).
    state.counters["peak_rss_MB"] = double(peakRssKb()) / 1024.0;
}

// The whole path a user waits for: parse the file, derive, build rule sets.
void BM_LoadDeriveRules(benchmark::State &state)
{
    const QByteArray yaml = DeploymentGenerator::generate(int(state.range(0)));
    Project last;
    Derivation derivation;
    for (auto _ : state) {
        Diagnostics errors;
        auto project = ProjectReader::read(yaml, QStringLiteral("generated.yaml"), catalogs(), &errors);
        if (!project) {
            state.SkipWithError(
                qPrintable(errors.isEmpty() ? QStringLiteral("unreadable") : errors.first().toString()));
            return;
        }
        derivation = Deriver::derive(*project, catalogs());
        benchmark::DoNotOptimize(derivation.flows.data());
        last = std::move(*project);
    }
    reportDerivation(state, last, derivation);
    state.SetComplexityN(state.range(0));
}

// Derivation alone, on a project loaded once.
void BM_DeriveRules(benchmark::State &state)
{
    const QByteArray yaml = DeploymentGenerator::generate(int(state.range(0)));
    Diagnostics errors;
    const auto project = ProjectReader::read(yaml, QStringLiteral("generated.yaml"), catalogs(), &errors);
    if (!project) {
        state.SkipWithError("unreadable generated project");
        return;
    }
    Derivation derivation;
    for (auto _ : state) {
        derivation = Deriver::derive(*project, catalogs());
        benchmark::DoNotOptimize(derivation.flows.data());
    }
    reportDerivation(state, *project, derivation);
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(BM_LoadDeriveRules)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);
BENCHMARK(BM_DeriveRules)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

int main(int argc, char **argv)
{
    portolan::tuneAllocatorForLargePlans(); // as the programs do
    QCoreApplication app(argc, argv);       // Qt resources (the bundled catalogs)
    return portolan::bench::runBenchmarks(argc, argv);
}
