// The whole pipeline a user waits for (load, derive, review, export to
// iptables and nftables) on plans that grow one dimension at a time
// (ShapeGenerator), with Google Benchmark's fitted complexity per dimension
// (docs/performance.md, issue 20). Not a test: timings vary by machine.
#include "benchmain.h"
#include "io/allocatortuning.h"
#include "shapegenerator.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "export/host/iptablesexporter.h"
#include "export/host/nftablesexporter.h"
#include "project/projectreader.h"
#include "review/reviewer.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <sys/resource.h>

using namespace portolan;

namespace {

using Dimension = ShapeGenerator::Dimension;

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// `withIptables` false: nftables alone. Both targets write a member set
// once (nftables sets/<name>.nft, iptables sets/<name>.ipset); the nftables
// family shows the cost without the second exporter.
void BM_Shape(benchmark::State &state, Dimension dimension, bool withIptables)
{
    const int n = int(state.range(0));
    const ShapeGenerator::Plan generated = ShapeGenerator::generate(dimension, n);
    CatalogSet catalogs = CatalogSet::bundled();
    Diagnostics errors;
    for (const QByteArray &yaml : generated.catalogs) {
        // The catalog's id names its file (the reader checks that).
        const QByteArray id = yaml.mid(yaml.indexOf("\nid: ") + 5).split('\n').first();
        auto catalog = CatalogReader::read(yaml, QString::fromUtf8(id + ".yaml"), &errors);
        if (!catalog || !catalogs.add(std::move(*catalog), &errors)) {
            state.SkipWithError(
                qPrintable(errors.isEmpty() ? QStringLiteral("bad catalog") : errors.first().toString()));
            return;
        }
    }
    const IptablesExporter iptables(IpFamily::IPv4);
    const NftablesExporter nftables;
    qsizetype flows = 0, rules = 0, findings = 0, bytes = 0;
    for (auto _ : state) {
        auto project =
            ProjectReader::read(generated.project, QStringLiteral("shape.yaml"), catalogs, &errors);
        if (!project) {
            state.SkipWithError(
                qPrintable(errors.isEmpty() ? QStringLiteral("unreadable") : errors.first().toString()));
            return;
        }
        const Derivation derivation = Deriver::derive(*project, catalogs);
        const Findings found = Reviewer::review(*project, catalogs, derivation);
        const ExportInput input{*project, catalogs, derivation};
        const ExportResult a = withIptables ? iptables.generate(input) : ExportResult{};
        const ExportResult b = nftables.generate(input);
        flows = derivation.flows.size();
        rules = 0;
        for (const RuleSet &set : derivation.ruleSets)
            rules += set.rules.size();
        findings = found.size();
        bytes = 0;
        for (const ExportResult *r : {&a, &b})
            for (const ExportFile &f : r->files)
                bytes += f.content.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["flows"] = double(flows);
    state.counters["rules"] = double(rules);
    state.counters["findings"] = double(findings);
    state.counters["export_kB"] = double(bytes) / 1024.0;
    // Peak of the whole process so far: run one size per process for a
    // clean figure (docs/performance.md does).
    state.counters["peak_rss_MB"] = double(peakRssKb()) / 1024.0;
    state.SetComplexityN(n);
}

// The review alone (Reviewer::review) on a plan loaded and derived once:
// for the shapes whose bound is in a check (cluster.no-vpn, the NAT
// analysis), apart from the derivation's own growth.
void BM_ShapeReview(benchmark::State &state, Dimension dimension)
{
    const int n = int(state.range(0));
    const ShapeGenerator::Plan generated = ShapeGenerator::generate(dimension, n);
    const CatalogSet catalogs = CatalogSet::bundled(); // these shapes use bundled catalogs only
    Diagnostics errors;
    auto project = ProjectReader::read(generated.project, QStringLiteral("shape.yaml"), catalogs, &errors);
    if (!generated.catalogs.isEmpty() || !project) {
        state.SkipWithError("needs user catalogs, or unreadable");
        return;
    }
    const Derivation derivation = Deriver::derive(*project, catalogs);
    qsizetype findings = 0;
    for (auto _ : state) {
        const Findings found = Reviewer::review(*project, catalogs, derivation);
        findings = found.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["findings"] = double(findings);
    state.counters["peak_rss_MB"] = double(peakRssKb()) / 1024.0;
    state.SetComplexityN(n);
}

void sizes(benchmark::internal::Benchmark *b, int largest)
{
    for (int n : {100, 300, 1000, 3000, 10000})
        if (n <= largest)
            b->Arg(n);
    b->Unit(benchmark::kMillisecond)->Complexity();
}

} // namespace

int main(int argc, char **argv)
{
    portolan::tuneAllocatorForLargePlans(); // as the programs do
    QCoreApplication app(argc, argv);       // Qt resources (the bundled catalogs)
    for (Dimension d :
         {Dimension::Nodes, Dimension::Clients, Dimension::UsesPerClient, Dimension::PortsPerComponent,
          Dimension::ComponentsPerNode, Dimension::NatMappings, Dimension::NestingDepth,
          Dimension::MemberSetSize, Dimension::FlowsPerPoint, Dimension::ClusterSites, Dimension::NatZones}) {
        // The catalog reader caps a list at 1,000 entries: a component has
        // at most 1,000 ports.
        const int largest = d == Dimension::PortsPerComponent ? 1000 : 10000;
        sizes(benchmark::RegisterBenchmark((std::string("BM_Shape/") + ShapeGenerator::name(d)).c_str(),
                                           BM_Shape, d, true),
              largest);
    }
    sizes(
        benchmark::RegisterBenchmark(
            (std::string("BM_Shape/") + ShapeGenerator::name(Dimension::MemberSetSize) + "_nftables").c_str(),
            BM_Shape, Dimension::MemberSetSize, false),
        10000);
    for (Dimension d : {Dimension::ClusterSites, Dimension::NatZones})
        sizes(benchmark::RegisterBenchmark((std::string("BM_ShapeReview/") + ShapeGenerator::name(d)).c_str(),
                                           BM_ShapeReview, d),
              10000);
    return portolan::bench::runBenchmarks(argc, argv);
}
