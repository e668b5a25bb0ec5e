#pragma once

#include "catalog/catalogset.h"
#include "derive/deriver.h"
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
    quint64 generation = 0; // rises with every computation started
    Project project;
    CatalogSet catalogs;
    Derivation derivation;
    Findings findings;
    QList<ProposedSetting> proposedSettings;
    // NatAnalysis entries point into `reviewContext`, which points into the
    // members above: a snapshot is built in place and never copied.
    std::unique_ptr<ReviewContext> reviewContext;
    QList<NatAnalysis> natAnalyses;
    qint64 computeMs = 0; // wall time of derive + review, for the status bar
    // For the next snapshot's derivation (StagedDerivation): what it can
    // take over when little changed.
    std::shared_ptr<const DerivationMemo> derivationMemo;
    int reusedRuleSets = 0; // rule sets taken over from the previous snapshot
    // How derivation.flows differs from the flows of the snapshot `previous`
    // (computed from `previous`, 0 = none): a view that shows that
    // snapshot updates only the changed flows.
    quint64 previousGeneration = 0;
    ReuseFlows::Changes flowChanges;
    // The changed positions if `shown` is the snapshot this one was
    // computed from and the flows are aligned with its flows (see
    // ReuseFlows::Changes); null when the view has to compare for itself.
    const QList<qsizetype> *changedFlowsSince(const PlanSnapshot *shown) const
    {
        return shown && previousGeneration != 0 && shown->generation == previousGeneration &&
                       flowChanges.aligned
                   ? &flowChanges.changed
                   : nullptr;
    }

    PlanSnapshot() = default;
    PlanSnapshot(const PlanSnapshot &) = delete;
    PlanSnapshot &operator=(const PlanSnapshot &) = delete;

    // Derivation, review, NAT analysis and proposed settings of `project`.
    // With `previous` (the snapshot the views show), the derivation takes
    // over what did not change (StagedDerivation): every flow equal to one
    // of its flows becomes a copy of that one, sharing its strings and
    // lists, so the views' comparisons of the two plans are pointer
    // comparisons (in full on the UI thread they took 15 ms at 1,000
    // nodes), and unchanged rule sets are not compacted again.
    static std::shared_ptr<const PlanSnapshot> compute(quint64 generation, const Project &project,
                                                       const CatalogSet &catalogs,
                                                       std::shared_ptr<const PlanSnapshot> previous = {});
};

using PlanSnapshotPtr = std::shared_ptr<const PlanSnapshot>;

} // namespace portolan
