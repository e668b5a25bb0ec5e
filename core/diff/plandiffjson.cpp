// PlanDiffReport::json: the machine-readable report; every key is listed in
// docs/guide/diff.md ("JSON"), and "format" goes up when one changes meaning.
#include "plandiffreport.h"

#include "review/findingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonArray fieldsJson(const QList<FieldChange> &fields)
{
    QJsonArray out;
    for (const FieldChange &f : fields)
        out.append(QJsonObject{{u"key"_s, f.key}, {u"old"_s, f.oldValue}, {u"new"_s, f.newValue}});
    return out;
}

QJsonObject flowJson(const Flow &f)
{
    return QJsonObject{{u"source"_s, f.source.id},
                       {u"destination"_s, f.destination.id},
                       {u"protocol"_s, protocolName(f.protocol)},
                       {u"ports"_s, FlowDiff::portsText(f)},
                       {u"component"_s, f.component},
                       {u"port"_s, f.port},
                       {u"audience"_s, audienceName(f.audience)},
                       {u"sources"_s, FlowDiff::cidrsText(f.source.cidrs)},
                       {u"path"_s, pathStatusName(f.path.status)}};
}

QJsonArray stringsJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QByteArray PlanDiffReport::json(const PlanDiff &diff)
{
    QJsonArray elements;
    for (const ElementDifference &e : diff.elements)
        elements.append(QJsonObject{{u"change"_s, elementChangeKindName(e.kind)},
                                    {u"kind"_s, elementKindName(e.elementKind)},
                                    {u"id"_s, e.id},
                                    {u"name"_s, e.name},
                                    {u"fields"_s, fieldsJson(e.fields)}});
    QJsonArray flows;
    for (const FlowChange &f : diff.flows) {
        QJsonObject o{{u"change"_s, flowChangeKindName(f.kind)},
                      {u"flow"_s, flowJson(f.flow())},
                      {u"points"_s, stringsJson(f.points)},
                      {u"fields"_s, fieldsJson(f.fields)}};
        if (f.before && f.after)
            o.insert(u"old"_s, flowJson(*f.before));
        flows.append(o);
    }
    QJsonArray paths;
    for (const PathChange &p : diff.paths)
        paths.append(QJsonObject{{u"flow"_s, flowJson(p.after)},
                                 {u"old"_s, FlowDiff::pathText(p.before.path)},
                                 {u"new"_s, FlowDiff::pathText(p.after.path)},
                                 {u"stops_working"_s, p.stopsWorking()}});
    QJsonArray rules;
    for (const RuleSetChange &r : diff.rules) {
        static const char16_t *presence[] = {u"both", u"added", u"removed"};
        rules.append(QJsonObject{{u"point"_s, r.point},
                                 {u"kind"_s, pointKindName(r.kind)},
                                 {u"element"_s, r.element},
                                 {u"presence"_s, QString::fromUtf16(presence[int(r.presence)])},
                                 {u"added"_s, stringsJson(r.added)},
                                 {u"removed"_s, stringsJson(r.removed)}});
    }
    QJsonArray newFindings;
    for (const Finding &f : diff.newFindings)
        newFindings.append(findingJson(f));
    QJsonArray resolved;
    for (const Finding &f : diff.resolvedFindings)
        resolved.append(findingJson(f));
    QJsonArray exports;
    for (const TargetChange &t : diff.exports) {
        QJsonArray files;
        for (const FileChange &f : t.files)
            files.append(QJsonObject{{u"path"_s, f.path},
                                     {u"change"_s, fileChangeKindName(f.kind)},
                                     {u"lines_added"_s, qint64(f.linesAdded)},
                                     {u"lines_removed"_s, qint64(f.linesRemoved)},
                                     {u"diff"_s, QString::fromUtf8(f.diff)}});
        exports.append(QJsonObject{{u"target"_s, t.target},
                                   {u"summary"_s, t.summary()},
                                   {u"created"_s, t.created},
                                   {u"changed"_s, t.changed},
                                   {u"deleted"_s, t.deleted},
                                   {u"problems"_s, stringsJson(t.newProblems)},
                                   {u"files"_s, files}});
    }
    const QJsonObject root{{u"format"_s, 1},
                           {u"old"_s, diff.oldLabel},
                           {u"new"_s, diff.newLabel},
                           {u"changed"_s, !diff.isEmpty()},
                           {u"new_errors"_s, diff.newErrors()},
                           {u"paths_stopped"_s, diff.pathsStopped()},
                           {u"project"_s, fieldsJson(diff.project)},
                           {u"elements"_s, elements},
                           {u"flows"_s, flows},
                           {u"paths"_s, paths},
                           {u"rules"_s, rules},
                           {u"findings"_s, QJsonObject{{u"new"_s, newFindings}, {u"resolved"_s, resolved}}},
                           {u"exports"_s, exports}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace portolan
