#include "exportdiff.h"

#include "linediff.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

QString fileChangeKindName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Created:
        return u"created"_s;
    case FileChange::Kind::Deleted:
        return u"deleted"_s;
    case FileChange::Kind::Changed:
        break;
    }
    return u"changed"_s;
}

QString TargetChange::summary() const
{
    return u"+%1 ~%2 -%3"_s.arg(created).arg(changed).arg(deleted);
}

TargetChange ExportDiff::compare(const QString &target, const ExportResult &before, const ExportResult &after)
{
    TargetChange change;
    change.target = target;
    // Paths sorted, so the same two plans give the same listing.
    QMap<QString, const ExportFile *> oldFiles;
    for (const ExportFile &f : before.files)
        oldFiles.insert(f.path, &f);
    QMap<QString, const ExportFile *> newFiles;
    for (const ExportFile &f : after.files)
        newFiles.insert(f.path, &f);
    QStringList paths = oldFiles.keys() + newFiles.keys();
    paths.sort();
    paths.removeDuplicates();
    for (const QString &path : std::as_const(paths)) {
        const ExportFile *a = oldFiles.value(path);
        const ExportFile *b = newFiles.value(path);
        if (a && b && a->content == b->content)
            continue;
        FileChange file;
        file.path = path;
        file.kind = !a   ? FileChange::Kind::Created
                    : !b ? FileChange::Kind::Deleted
                         : FileChange::Kind::Changed;
        const QByteArray oldText = a ? a->content : QByteArray();
        const QByteArray newText = b ? b->content : QByteArray();
        file.diff = LineDiff::unified(oldText, newText, path, a != nullptr, b != nullptr);
        // Counted from the diff itself (after its two header lines), not by
        // a second comparison.
        const QList<QByteArray> lines = file.diff.split('\n');
        for (qsizetype i = 2; i < lines.size(); ++i) {
            if (lines[i].startsWith('+'))
                ++file.linesAdded;
            else if (lines[i].startsWith('-'))
                ++file.linesRemoved;
        }
        switch (file.kind) {
        case FileChange::Kind::Created:
            ++change.created;
            break;
        case FileChange::Kind::Changed:
            ++change.changed;
            break;
        case FileChange::Kind::Deleted:
            ++change.deleted;
            break;
        }
        change.files.append(std::move(file));
    }
    QStringList oldProblems;
    for (const ExportProblem &p : before.problems)
        oldProblems.append(p.ruleSet + u'\n' + p.message);
    for (const ExportProblem &p : after.problems)
        if (!oldProblems.contains(p.ruleSet + u'\n' + p.message))
            change.newProblems.append(p.ruleSet.isEmpty() ? p.message : p.ruleSet + u": "_s + p.message);
    return change;
}

} // namespace portolan
