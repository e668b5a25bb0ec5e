#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

// One generated file created, changed or deleted by a plan change, with its
// unified diff (LineDiff::unified, `a/` and `b/` prefixes: `patch -p1`
// applies it in a folder holding the old export).
struct FileChange
{
    enum class Kind
    {
        Created,
        Changed,
        Deleted
    };
    Kind kind = Kind::Changed;
    QString path; // as the exporter names it, e.g. "nftables/kong-a.nft"
    QByteArray diff;
    qsizetype linesAdded = 0;
    qsizetype linesRemoved = 0;
};
QString fileChangeKindName(FileChange::Kind kind); // "created", "changed", "deleted"

// What a plan change does to one export target's files.
struct TargetChange
{
    QString target;          // exporter id, as `export --list` names it
    QList<FileChange> files; // sorted by path
    QStringList newProblems; // target problems of the new plan the old did not have (translated)
    int created = 0;
    int changed = 0;
    int deleted = 0;
    bool isEmpty() const { return files.isEmpty() && newProblems.isEmpty(); }
    // terraform plan style: "+3 ~1 -0"
    QString summary() const;
};

class ExportDiff
{
public:
    static TargetChange compare(const QString &target, const ExportResult &before, const ExportResult &after);
};

} // namespace portolan
