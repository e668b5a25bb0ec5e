// Editing responsiveness (docs/performance.md, "Editing responsiveness"):
// what one edit costs on generated deployments of 100 and 1,000 nodes.
//  - BM_PlanSnapshotCompute: PlanSnapshot::compute alone (derive + review +
//    NAT analysis + proposed settings), the work PlanService does off the
//    UI thread.
//  - BM_EditToSnapshot: the editor window (offscreen) with a generated
//    project; one property edit pushed on the undo stack, then the event
//    loop runs until PlanService delivers the snapshot of that edit and
//    every view has taken it. Wall time (manual time) is what the user
//    waits for; `ui_thread_ms` is the UI thread's CPU time in that span
//    (the push, the views' updates), i.e. how long the window was busy.
// Not a test: timings vary by machine.
#include "benchmain.h"
#include "deploymentgenerator.h"
#include "io/allocatortuning.h"

#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "mainwindow.h"
#include "project/projectreader.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void BM_PlanSnapshotCompute(benchmark::State &state)
{
    const CatalogSet catalogs = CatalogSet::bundled();
    Diagnostics errors;
    const auto project = ProjectReader::read(DeploymentGenerator::generate(int(state.range(0))),
                                             u"generated.yaml"_s, catalogs, &errors);
    if (!project) {
        state.SkipWithError("unreadable generated project");
        return;
    }
    PlanSnapshotPtr snapshot;
    quint64 generation = 0;
    for (auto _ : state) {
        snapshot = PlanSnapshot::compute(++generation, *project, catalogs);
        benchmark::DoNotOptimize(snapshot.get());
    }
    state.counters["nodes"] = double(project->nodes.size());
    state.counters["flows"] = double(snapshot->derivation.flows.size());
    state.counters["findings"] = double(snapshot->findings.size());
    state.counters["nat_analyses"] = double(snapshot->natAnalyses.size());
}

// The window, shown, with the generated project of `nodes` nodes open;
// false (and the benchmark skipped) if that fails.
bool openGenerated(MainWindow &window, int nodes, benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"generated.yaml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DeploymentGenerator::generate(nodes)) < 0 ||
        !file.flush()) {
        state.SkipWithError("cannot write the generated project");
        return false;
    }
    window.show();
    if (!window.openFile(path)) {
        state.SkipWithError(qPrintable(window.lastError()));
        return false;
    }
    return true;
}

// What the edit changes, from small to large (n0 is a Kong 0.x node behind
// its subnet's load balancer, member of its region's cluster).
enum EditKind
{
    ProxyPort = 0,   // proxy_listen_ssl: the port of one load-balancer flow
    ClusterPort = 1, // cluster_listen: the cluster's flows to n0, and the NAT review
    Address = 2,     // n0's address: every flow of its cluster's member sets
};

// Arg 0: nodes; arg 1: PlanService's coalescing interval in ms (0 is the
// editor's: the next pass of the event loop); args 2 and 3 below.
void BM_EditToSnapshot(benchmark::State &state)
{
    MainWindow window;
    if (!openGenerated(window, int(state.range(0)), state))
        return;
    // Arg 2: 1 = the NAT review dock in front (it rebuilds its tree per
    // snapshot); 0 = the default layout, review dock in front.
    if (state.range(2) != 0)
        if (auto nat = window.findChild<QDockWidget *>(u"NatReviewDock"_s))
            nat->raise();
    PlanService *service = window.planService();
    service->setCoalesceInterval(int(state.range(1)));
    service->waitUntilCurrent();
    QCoreApplication::processEvents();

    Document *document = window.document();
    QString key;
    QStringList values;
    switch (EditKind(state.range(3))) {
    case ProxyPort:
        key = ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen_ssl"_s);
        values = {u"0.0.0.0:9443"_s, u"0.0.0.0:8443"_s};
        break;
    case ClusterPort:
        key = ElementProperties::settingKey(u"kong-0.x/node"_s, u"cluster_listen"_s);
        values = {u"0.0.0.0:7947"_s, u"0.0.0.0:7946"_s};
        break;
    case Address:
        key = u"addresses"_s;
        values = {u"10.0.0.200"_s, u"10.0.0.10"_s};
        break;
    }
    PlanSnapshotPtr previous = service->snapshot();
    double flowsChanged = 0;
    QEventLoop loop;
    // Connected after the window's own views: when this runs, they have
    // taken the snapshot.
    QObject::connect(service, &PlanService::snapshotReady, &loop, [&] {
        if (!service->isBusy())
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    double uiMs = 0;
    qint64 computeMs = 0;
    double reused = 0;
    int edits = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        document->undoStack()->push(new ChangePropertyEdit(document, u"n0"_s, key, values[edits % 2]));
        timeout.start(60000);
        const int rc = loop.exec();
        // The scene's queued item updates, then the repaint they ask for.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        uiMs += threadCpuMs() - cpuStart;
        state.SetIterationTime(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (rc != 0) {
            state.SkipWithError("no snapshot within 60 s");
            return;
        }
        computeMs += service->snapshot()->computeMs;
        reused += service->snapshot()->reusedRuleSets;
        // An edit that changes no flow would measure nothing: count what
        // changed (outside the measured span).
        const FlowList &before = previous->derivation.flows, &after = service->snapshot()->derivation.flows;
        qsizetype differing = std::abs(after.size() - before.size());
        for (qsizetype i = 0; i < std::min(after.size(), before.size()); ++i)
            differing += !(after[i] == before[i]);
        flowsChanged += double(differing);
        previous = service->snapshot();
        ++edits;
    }
    state.counters["nodes"] = double(document->project().nodes.size());
    state.counters["ui_thread_ms"] = uiMs / edits;
    state.counters["compute_ms"] = double(computeMs) / edits;
    state.counters["findings"] = double(service->snapshot()->findings.size());
    state.counters["flows_changed"] = flowsChanged / edits;
    state.counters["rule_sets"] = double(service->snapshot()->derivation.ruleSets.size());
    state.counters["rule_sets_reused"] = reused / edits;
    state.counters["flows"] = double(service->snapshot()->derivation.flows.size());
}

// One full repaint of the canvas at the zoom the window opens with (the
// whole drawing fitted: about 10 % at 1,000 nodes): what any large
// update region costs.
void BM_CanvasRepaint(benchmark::State &state)
{
    MainWindow window;
    if (!openGenerated(window, int(state.range(0)), state))
        return;
    window.planService()->waitUntilCurrent();
    QCoreApplication::processEvents();
    QWidget *viewport = window.view()->viewport();
    for (auto _ : state)
        viewport->repaint();
    state.counters["zoom_percent"] = window.view()->transform().m11() * 100;
}

} // namespace

BENCHMARK(BM_CanvasRepaint)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanSnapshotCompute)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditToSnapshot)
    ->Args({100, 0, 0, ProxyPort})
    ->Args({1000, 0, 0, ProxyPort})
    ->Args({1000, 0, 0, ClusterPort})
    ->Args({1000, 0, 0, Address})
    ->Args({1000, 10, 0, ProxyPort})
    ->Args({1000, 0, 1, ClusterPort})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    portolan::tuneAllocatorForLargePlans(); // as the programs do
    // The editor window without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keep the user's settings and recovery files out of it.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PortolanBench"_s);
    QApplication::setApplicationName(u"bench_edit"_s);
    QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    return portolan::bench::runBenchmarks(argc, argv);
}
