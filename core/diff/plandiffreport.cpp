#include "plandiffreport.h"

#include "model/displayline.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString sign(ElementDifference::Kind kind)
{
    return kind == ElementDifference::Kind::Added     ? u"+"_s
           : kind == ElementDifference::Kind::Removed ? u"-"_s
                                                      : u"~"_s;
}

} // namespace

QString PlanDiffReport::valueText(const QString &value)
{
    return value.isEmpty() ? tr("(not set)") : value;
}

QString PlanDiffReport::fieldLine(const FieldChange &f)
{
    return displayLine(f.key) + u": "_s + displayLine(valueText(f.oldValue)) + u" -> "_s +
           displayLine(valueText(f.newValue));
}

QString PlanDiffReport::flowText(const Flow &flow)
{
    return flow.source.id + u" -> "_s + flow.destination.id + u' ' + protocolName(flow.protocol) + u' ' +
           FlowDiff::portsText(flow) + u' ' + flow.component + u':' + flow.port + u" ("_s +
           audienceName(flow.audience) + u')';
}

QString PlanDiffReport::summary(const PlanDiff &diff)
{
    int elements[3] = {0, 0, 0};
    for (const ElementDifference &e : diff.elements)
        ++elements[int(e.kind)];
    int flows[5] = {0, 0, 0, 0, 0};
    for (const FlowChange &f : diff.flows)
        ++flows[int(f.kind)];
    qsizetype rulesAdded = 0;
    qsizetype rulesRemoved = 0;
    for (const RuleSetChange &r : diff.rules) {
        rulesAdded += r.added.size();
        rulesRemoved += r.removed.size();
    }
    QStringList parts{
        tr("elements +%1 -%2 ~%3").arg(elements[0]).arg(elements[1]).arg(elements[2]),
        tr("flows +%1 -%2 ~%3 (%4 widened, %5 narrowed)")
            .arg(flows[0])
            .arg(flows[1])
            .arg(flows[2] + flows[3] + flows[4])
            .arg(flows[2])
            .arg(flows[3]),
        tr("rules +%1 -%2 at %3 point(s)").arg(rulesAdded).arg(rulesRemoved).arg(diff.rules.size()),
        tr("findings %1 new (%2 error(s)), %3 resolved")
            .arg(diff.newFindings.size())
            .arg(diff.newErrors())
            .arg(diff.resolvedFindings.size()),
    };
    if (!diff.paths.isEmpty())
        parts.append(
            tr("paths %1 changed, %2 stopped working").arg(diff.paths.size()).arg(diff.pathsStopped()));
    for (const TargetChange &t : diff.exports)
        parts.append(t.target + u' ' + t.summary());
    return parts.join(u", "_s);
}

QString PlanDiffReport::text(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return {};
    QString out;
    auto line = [&out](const QString &text) { out += text + u'\n'; };
    line(tr("portolan diff %1 -> %2").arg(displayLine(diff.oldLabel), displayLine(diff.newLabel)));
    line(summary(diff));
    if (diff.newErrors() > 0)
        line(tr("NEW ERRORS: %1").arg(diff.newErrors()));
    if (diff.pathsStopped() > 0)
        line(tr("FLOWS THAT STOP WORKING: %1").arg(diff.pathsStopped()));

    if (!diff.project.isEmpty()) {
        line(QString());
        line(tr("Project"));
        for (const FieldChange &f : diff.project)
            line(u"  "_s + fieldLine(f));
    }
    if (!diff.elements.isEmpty()) {
        line(QString());
        line(tr("Elements"));
        for (const ElementDifference &e : diff.elements) {
            line(u"  "_s + sign(e.kind) + u' ' + elementKindName(e.elementKind) + u' ' + displayLine(e.id) +
                 (e.name.isEmpty() ? QString() : u" ("_s + displayLine(e.name) + u')'));
            for (const FieldChange &f : e.fields)
                line(u"      "_s + fieldLine(f));
        }
    }
    if (!diff.flows.isEmpty()) {
        line(QString());
        line(tr("Flows, by enforcement point (+ added, - removed, > widened, < narrowed, ~ changed)"));
        const auto groups = diff.flowsByPoint();
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            line(u"  "_s + (it.key().isEmpty() ? tr("(no enforcement point)") : displayLine(it.key())));
            for (qsizetype i : it.value()) {
                const FlowChange &f = diff.flows[i];
                line(u"    "_s + flowChangeSign(f.kind) + u' ' + displayLine(flowText(f.flow())));
                for (const FieldChange &field : f.fields)
                    line(u"        "_s + fieldLine(field));
            }
        }
    }
    if (!diff.paths.isEmpty()) {
        line(QString());
        line(tr("Path status"));
        for (const PathChange &p : diff.paths)
            line(u"  "_s + (p.stopsWorking() ? u"! "_s : u"  "_s) + displayLine(flowText(p.after)) + u": "_s +
                 displayLine(FlowDiff::pathText(p.before.path)) + u" -> "_s +
                 displayLine(FlowDiff::pathText(p.after.path)));
    }
    if (!diff.rules.isEmpty()) {
        line(QString());
        line(tr("Rules after compaction"));
        for (const RuleSetChange &r : diff.rules) {
            QString head = u"  "_s + displayLine(r.point) + u" ("_s + pointKindName(r.kind) + u')';
            if (r.presence == RuleSetChange::Presence::Added)
                head += u' ' + tr("new enforcement point");
            else if (r.presence == RuleSetChange::Presence::Removed)
                head += u' ' + tr("enforcement point gone");
            line(head);
            for (const QString &rule : r.removed)
                line(u"    - "_s + rule);
            for (const QString &rule : r.added)
                line(u"    + "_s + rule);
        }
    }
    if (!diff.newFindings.isEmpty() || !diff.resolvedFindings.isEmpty()) {
        line(QString());
        line(tr("Findings"));
        for (const Finding &f : diff.newFindings)
            line(u"  "_s + tr("new") + u' ' + severityName(f.severity) + u' ' + f.code + u' ' +
                 displayLine(f.subject) + u": "_s + displayLine(f.message));
        for (const Finding &f : diff.resolvedFindings)
            line(u"  "_s + tr("resolved") + u' ' + severityName(f.severity) + u' ' + f.code + u' ' +
                 displayLine(f.subject) + u": "_s + displayLine(f.message));
    }
    for (const TargetChange &t : diff.exports) {
        line(QString());
        line(tr("Export %1: %2").arg(t.target, t.summary()));
        for (const QString &problem : t.newProblems)
            line(u"  "_s + tr("problem: %1").arg(displayLine(problem)));
        for (const FileChange &f : t.files) {
            line(u"  "_s + fileChangeKindName(f.kind) + u' ' + displayLine(f.path) +
                 u" (+%1 -%2)"_s.arg(f.linesAdded).arg(f.linesRemoved));
            // The diff as patch(1) reads it: generated files are already
            // escaped by their exporter.
            out += QString::fromUtf8(f.diff);
        }
    }
    return out;
}

} // namespace portolan
