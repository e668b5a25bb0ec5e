#pragma once

#include "elementdiff.h"
#include "exportdiff.h"
#include "flowdiff.h"

#include "derive/ruleset.h"
#include "project/projectreader.h"
#include "review/finding.h"

#include <QMap>

namespace portolan {

// The rules of one enforcement point before and after, compacted, as lines
// the way `portolan-cli rules` prints them (RuleText).
struct RuleSetChange
{
    enum class Presence
    {
        Both,   // the point exists on both sides
        Added,  // a new point (every rule added)
        Removed // a point gone (every rule removed)
    };
    QString point; // RuleSet::id, e.g. "host:kong-a"
    PointKind kind = PointKind::HostFirewall;
    ElementId element;
    QString name; // user text
    Presence presence = Presence::Both;
    QStringList added;   // in the new rule set's order
    QStringList removed; // in the old rule set's order
};

struct PlanDiffOptions
{
    ElementDiffOptions elements;
    // Export target ids (ExporterRegistry::ids(), `export --list`) whose
    // files to compare; ids not registered are skipped (the CLI refuses them
    // before comparing).
    QStringList targets;
};

// What changes between two plans, for people and scripts: a plain value
// with ids and copies, no pointer into either project, so it can cross
// threads and outlive both (the desktop's compare mode keeps one).
//
// Every list is deterministic: the same two plans give equal PlanDiffs.
struct PlanDiff
{
    QString oldLabel; // what the old side is called in reports ("HEAD~1:plan.yaml")
    QString newLabel;

    QList<FieldChange> project;        // the project's own name and description
    QList<ElementDifference> elements; // ElementDiff::compare order
    QList<FlowChange> flows;           // sorted by flow key
    QList<PathChange> paths;           // matched flows whose path status changed
    QList<RuleSetChange> rules;        // points with rules added or removed, sorted by point id
    Findings newFindings;              // on the new side only (by code, subject and message), sorted
    Findings resolvedFindings;         // on the old side only, sorted
    QList<TargetChange> exports;       // one per chosen target that changed, in the order asked

    // Nothing above differs.
    bool isEmpty() const;
    // Error findings the new side has and the old did not.
    int newErrors() const;
    // Matched flows that worked and cannot work any more.
    int pathsStopped() const;
    // Index into `flows` by enforcement point id; flows no point enforces
    // are under the empty id. A flow enforced at two points is in both.
    QMap<QString, QList<qsizetype>> flowsByPoint() const;

    // Derives, reviews and (for options.targets) exports both sides, the two
    // concurrently, and compares them. Never throws. The labels are the
    // projects' paths; callers reading from git set their own.
    static PlanDiff compare(const LoadedProject &before, const LoadedProject &after,
                            const PlanDiffOptions &options = {});
};

} // namespace portolan
