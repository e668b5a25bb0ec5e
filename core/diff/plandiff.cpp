#include "plandiff.h"

#include "derive/deriver.h"
#include "derive/ruletext.h"
#include "export/exporterregistry.h"
#include "review/reviewer.h"

#include <QHash>

#include <future>
#include <tuple>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Everything one side contributes, computed on its own thread.
struct Side
{
    Derivation derivation;
    Findings findings;
    QList<ExportResult> exports; // one per exporter asked for
};

Side deriveSide(const LoadedProject &loaded, const QList<const Exporter *> &exporters)
{
    Side side;
    side.derivation = Deriver::derive(loaded.project, loaded.catalogs);
    side.findings = Reviewer::review(loaded.project, loaded.catalogs, side.derivation);
    for (const Exporter *exporter : exporters)
        side.exports.append(
            exporter->generate(ExportInput{loaded.project, loaded.catalogs, side.derivation}));
    return side;
}

// Rules of `set` with no equal rule (by value) in `other`, as lines. Most
// rules of a changed point are unchanged: matching values first keeps the
// formatting (a member set's peers can be thousands of networks) to the few
// that differ.
QStringList unmatchedLines(const RuleSet *set, const RuleSet *other, CidrListText *memo)
{
    QStringList lines;
    if (!set)
        return lines;
    QHash<QString, QList<qsizetype>> buckets;       // cheap key -> indices into other->rules
    auto bucketKey = [](const Rule &r) -> QString { // a QString, not a dangling QStringBuilder
        return directionName(r.direction) + u'|' + QString::number(int(r.family)) + u'|' +
               protocolName(r.protocol) + u'|' + r.comment + u'|' + QString::number(r.peers.size());
    };
    QList<bool> used;
    if (other) {
        used.resize(other->rules.size(), false);
        for (qsizetype i = 0; i < other->rules.size(); ++i)
            buckets[bucketKey(other->rules[i])].append(i);
    }
    for (const Rule &rule : set->rules) {
        bool matched = false;
        if (other) {
            for (qsizetype i : buckets.value(bucketKey(rule))) {
                if (!used[i] && other->rules[i] == rule) {
                    used[i] = true;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            lines.append(RuleText::line(rule, memo));
    }
    for (const RedirectRule &redirect : set->redirects)
        if (!other || !other->redirects.contains(redirect))
            lines.append(RuleText::line(redirect));
    return lines;
}

// Lines of `a` not matched one for one by lines of `b`, in `a`'s order.
QStringList minus(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> available;
    for (const QString &line : b)
        ++available[line];
    QStringList out;
    for (const QString &line : a) {
        int &n = available[line];
        if (n > 0)
            --n;
        else
            out.append(line);
    }
    return out;
}

QList<RuleSetChange> compareRules(const Derivation &before, const Derivation &after)
{
    QMap<QString, std::pair<const RuleSet *, const RuleSet *>> points;
    for (const RuleSet &set : before.ruleSets)
        points[set.id].first = &set;
    for (const RuleSet &set : after.ruleSets)
        points[set.id].second = &set;
    QList<RuleSetChange> out;
    CidrListText memo; // both plans outlive this call
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        const auto [a, b] = it.value();
        if (a && b && a->rules == b->rules && a->redirects == b->redirects)
            continue;
        const RuleSet &shown = b ? *b : *a;
        RuleSetChange change{shown.id,
                             shown.kind,
                             shown.element,
                             shown.name,
                             !a   ? RuleSetChange::Presence::Added
                             : !b ? RuleSetChange::Presence::Removed
                                  : RuleSetChange::Presence::Both,
                             {},
                             {}};
        const QStringList oldLines = unmatchedLines(a, b, &memo);
        const QStringList newLines = unmatchedLines(b, a, &memo);
        change.added = minus(newLines, oldLines);
        change.removed = minus(oldLines, newLines);
        // Rules equal as text (only the flows behind them changed) are no change to review.
        if (!change.added.isEmpty() || !change.removed.isEmpty() ||
            change.presence != RuleSetChange::Presence::Both)
            out.append(std::move(change));
    }
    return out;
}

QString findingKey(const Finding &f)
{
    return f.code + u'\n' + f.subject + u'\n' + f.message;
}

Findings findingsMinus(const Findings &a, const Findings &b)
{
    QHash<QString, int> available;
    for (const Finding &f : b)
        ++available[findingKey(f)];
    Findings out;
    for (const Finding &f : a) {
        int &n = available[findingKey(f)];
        if (n > 0)
            --n;
        else
            out.append(f);
    }
    return out;
}

// Flow key -> enforcement points whose rules allow it, from both sides,
// for the keys of changed flows only (a 10,000-node plan's rules name
// hundreds of thousands of flows; a review diff a handful).
QHash<QString, QStringList> flowPoints(const Derivation &before, const Derivation &after,
                                       const QList<FlowChange> &changes)
{
    QHash<QString, QStringList> points;
    for (const FlowChange &change : changes) {
        if (change.before)
            points.insert(change.before->key(), {});
        if (change.after)
            points.insert(change.after->key(), {});
    }
    for (const Derivation *derivation : {&before, &after})
        for (const RuleSet &set : derivation->ruleSets)
            for (const Rule &rule : set.rules)
                for (const QString &key : rule.flowKeys) {
                    const auto it = points.find(key);
                    if (it != points.end() && !it->contains(set.id))
                        it->append(set.id);
                }
    return points;
}

} // namespace

bool PlanDiff::isEmpty() const
{
    bool noExports = true;
    for (const TargetChange &t : exports)
        noExports = noExports && t.isEmpty();
    return project.isEmpty() && elements.isEmpty() && flows.isEmpty() && paths.isEmpty() && rules.isEmpty() &&
           newFindings.isEmpty() && resolvedFindings.isEmpty() && noExports;
}

int PlanDiff::newErrors() const
{
    return countSeverity(newFindings, Severity::Error);
}

int PlanDiff::pathsStopped() const
{
    int n = 0;
    for (const PathChange &p : paths)
        n += p.stopsWorking() ? 1 : 0;
    return n;
}

QMap<QString, QList<qsizetype>> PlanDiff::flowsByPoint() const
{
    QMap<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        if (flows[i].points.isEmpty())
            groups[QString()].append(i);
        for (const QString &point : flows[i].points)
            groups[point].append(i);
    }
    return groups;
}

PlanDiff PlanDiff::compare(const LoadedProject &before, const LoadedProject &after,
                           const PlanDiffOptions &options)
{
    QList<const Exporter *> exporters;
    for (const QString &id : options.targets)
        if (const Exporter *e = ExporterRegistry::find(id))
            exporters.append(e);

    // The two sides share nothing: the old one on a second thread, the new
    // one here. Both only read their own LoadedProject. With both launch
    // policies libstdc++ runs the old side on this thread later (deferred)
    // when no thread can be started, rather than throwing.
    std::future<Side> oldFuture = std::async(std::launch::async | std::launch::deferred, deriveSide,
                                             std::cref(before), std::cref(exporters));
    const Side newSide = deriveSide(after, exporters);
    const Side oldSide = oldFuture.get();

    PlanDiff diff;
    diff.oldLabel = before.path;
    diff.newLabel = after.path;
    diff.project = ElementDiff::projectFields(before.project, after.project);
    diff.elements = ElementDiff::compare(before.project, after.project, options.elements);
    // Flows on a second thread, rules here: at 10,000 nodes each is a
    // tenth of a second or more, and both only read the two sides.
    auto flowFuture = std::async(std::launch::async | std::launch::deferred, [&] {
        std::pair<QList<FlowChange>, QList<PathChange>> flows;
        FlowDiff::compare(oldSide.derivation.flows, newSide.derivation.flows, &flows.first, &flows.second);
        FlowDiff::assignPoints(flowPoints(oldSide.derivation, newSide.derivation, flows.first), &flows.first);
        return flows;
    });
    diff.rules = compareRules(oldSide.derivation, newSide.derivation);
    diff.newFindings = findingsMinus(newSide.findings, oldSide.findings);
    diff.resolvedFindings = findingsMinus(oldSide.findings, newSide.findings);
    for (qsizetype i = 0; i < exporters.size(); ++i) {
        TargetChange change = ExportDiff::compare(exporters[i]->id(), oldSide.exports[i], newSide.exports[i]);
        if (!change.isEmpty())
            diff.exports.append(std::move(change));
    }
    std::tie(diff.flows, diff.paths) = flowFuture.get();
    return diff;
}

} // namespace portolan
