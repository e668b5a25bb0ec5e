// PlanDiff::compare on generated deployments of 1,000 and 10,000 nodes
// whose new side differs in a few elements (docs/performance.md, "Plan
// diff"): both sides derived (concurrently) and reviewed, then compared.
// Not a test: timings vary by machine.
#include "benchmain.h"
#include "deploymentgenerator.h"
#include "io/allocatortuning.h"

#include "diff/plandiff.h"
#include "project/projectreader.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace portolan;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

std::optional<LoadedProject> generated(int nodes)
{
    Diagnostics errors;
    LoadedProject loaded;
    loaded.catalogs = CatalogSet::bundled(&errors);
    auto project = ProjectReader::read(DeploymentGenerator::generate(nodes), QStringLiteral("generated.yaml"),
                                       loaded.catalogs, &errors);
    if (!project)
        return std::nullopt;
    loaded.project = std::move(*project);
    loaded.path = QStringLiteral("generated.yaml");
    return loaded;
}

// A few edits a reviewer would see in one merge request: a node renamed, a
// node's addresses moved, a client network widened, a node removed.
LoadedProject edited(LoadedProject loaded)
{
    Project &p = loaded.project;
    p.nodes[1].name += QStringLiteral(" (renamed)");
    if (!p.nodes[2].addresses.isEmpty() && p.nodes[3].addresses.size() == 1)
        p.nodes[2].addresses = p.nodes[3].addresses; // a clash the review reports
    for (Client &c : p.clients) {
        if (!c.cidrs.isEmpty()) {
            c.cidrs = {*Cidr::parse(QStringLiteral("0.0.0.0/0"))};
            break;
        }
    }
    p.nodes.removeAt(p.nodes.size() / 2);
    return loaded;
}

void BM_PlanDiff(benchmark::State &state)
{
    const auto before = generated(int(state.range(0)));
    if (!before) {
        state.SkipWithError("unreadable generated project");
        return;
    }
    const LoadedProject after = edited(*before);
    PlanDiff diff;
    for (auto _ : state) {
        diff = PlanDiff::compare(*before, after);
        benchmark::DoNotOptimize(diff.flows.data());
    }
    state.counters["nodes"] = double(before->project.nodes.size());
    state.counters["element_changes"] = double(diff.elements.size());
    state.counters["flow_changes"] = double(diff.flows.size());
    state.counters["rule_points"] = double(diff.rules.size());
    state.counters["new_findings"] = double(diff.newFindings.size());
    // Peak of the whole process: run one size per process (docs/performance.md).
    state.counters["peak_rss_MB"] = double(peakRssKb()) / 1024.0;
}

} // namespace

BENCHMARK(BM_PlanDiff)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    portolan::tuneAllocatorForLargePlans(); // as the programs do
    return portolan::bench::runBenchmarks(argc, argv);
}
