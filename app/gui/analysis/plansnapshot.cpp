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
    // One review context for the checks, the proposal and the NAT view: the
    // NAT analysis (which the three share) runs once per edit.
    snapshot->reviewContext =
        std::make_unique<ReviewContext>(snapshot->project, snapshot->catalogs, snapshot->plan);
    snapshot->findings = Reviewer::review(*snapshot->reviewContext);
    snapshot->proposedSettings = SettingsProposal::propose(*snapshot->reviewContext);
    snapshot->natAnalyses = snapshot->reviewContext->natAnalyses();
    snapshot->computeMs = timer.elapsed();
    return snapshot;
}

} // namespace portolan
