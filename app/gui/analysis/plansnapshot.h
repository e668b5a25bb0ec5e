#pragma once

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"
#include "review/finding.h"
#include "review/natanalysis.h"
#include "review/reviewcontext.h"
#include "review/settingsproposal.h"

#include <memory>

namespace portolan {

// Everything derived from one state of the document, computed off the UI
// thread and then never changed: views read it freely from the UI thread.
// It owns the project and catalogs it was computed from, so the flows,
// findings and NAT analyses (which point into them) stay valid as long as a
// view holds the snapshot, whatever the document does meanwhile.
struct PlanSnapshot
{
    quint64 generation = 0;   // rises with every computation started
    Project project;
    CatalogSet catalogs;
    DerivedPlan plan;
    Findings findings;
    QList<ProposedSetting> proposedSettings;
    // NatAnalysis entries point into `reviewContext`, which points into the
    // members above: a snapshot is built in place and never copied.
    std::unique_ptr<ReviewContext> reviewContext;
    QList<NatAnalysis> natAnalyses;
    qint64 computeMs = 0;     // wall time of derive + review, for the status bar

    PlanSnapshot() = default;
    PlanSnapshot(const PlanSnapshot &) = delete;
    PlanSnapshot &operator=(const PlanSnapshot &) = delete;

    // Derivation, review, NAT analysis and proposed settings of `project`.
    // With `previous` (the snapshot the views show), every flow equal to
    // one of its flows becomes a copy of that one, sharing its strings and
    // lists: the views compare the two plans to update only what changed,
    // and shared data compares by pointer. (Found on this thread: doing the
    // comparisons in full on the UI thread took 15 ms at 1,000 nodes.)
    static std::shared_ptr<const PlanSnapshot> compute(quint64 generation, const Project &project,
                                                       const CatalogSet &catalogs,
                                                       std::shared_ptr<const PlanSnapshot> previous = {});
};

using PlanSnapshotPtr = std::shared_ptr<const PlanSnapshot>;

} // namespace portolan
