#include "plansnapshot.h"

#include "derive/deriver.h"
#include "review/reviewer.h"

#include <QElapsedTimer>

namespace portolan {

std::shared_ptr<const PlanSnapshot> PlanSnapshot::compute(quint64 generation, const Project &project,
                                                          const CatalogSet &catalogs)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<PlanSnapshot>();
    snapshot->generation = generation;
    snapshot->project = project;
    snapshot->catalogs = catalogs;
    snapshot->plan = Deriver::derive(snapshot->project, snapshot->catalogs);
    snapshot->findings = Reviewer::review(snapshot->project, snapshot->catalogs, snapshot->plan);
    snapshot->proposedSettings = SettingsProposal::propose(snapshot->project, snapshot->catalogs);
    snapshot->reviewContext =
        std::make_unique<ReviewContext>(snapshot->project, snapshot->catalogs, snapshot->plan);
    snapshot->natAnalyses = NatAnalyzer::analyze(*snapshot->reviewContext);
    snapshot->computeMs = timer.elapsed();
    return snapshot;
}

} // namespace portolan
