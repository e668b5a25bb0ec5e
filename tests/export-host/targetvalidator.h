#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan::test {

struct Verdict
{
    enum Kind
    {
        Passed,
        Failed,
        Skipped
    };
    Kind kind = Skipped;
    QString detail; // what ran, or why it failed or was skipped
};

// The building blocks of every family's validator (host, network).
// A tool looked up in sbin too: sbin may not be in PATH.
QString findTool(const QString &name);
// Runs `program` to the end with `extraPath` first in PATH: Skipped if it is
// not installed, Failed on a non-zero exit, a time-out or output holding any
// of `failMarkers`, else Passed with the command line as detail.
Verdict runTool(const QString &program, const QStringList &arguments, const QStringList &extraPath = {},
                const QStringList &failMarkers = {});
// Failed if any failed or there are none, else Skipped if any skipped; the
// details joined.
Verdict mergeVerdicts(const QList<Verdict> &verdicts);

// Runs a host target's own offline validator on files written under `root`
// (paths relative to it). A missing tool gives Skipped with the reason,
// never Passed.
class TargetValidator
{
public:
    static Verdict check(const QString &target, const QString &root, const QStringList &files);
    // The shell syntax check alone (bash -n).
    static Verdict bashSyntax(const QString &file);

private:
    static Verdict firewalld(const QString &root, const QStringList &files);
    static Verdict ufw(const QString &root, const QStringList &files);
};

} // namespace portolan::test
