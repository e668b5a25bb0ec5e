#pragma once

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
    // Fails on a non-zero exit and on output holding any of `failMarkers`.
    static Verdict run(const QString &program, const QStringList &arguments,
                       const QStringList &extraPath = {}, const QStringList &failMarkers = {});
    static Verdict firewalld(const QString &root, const QStringList &files);
    static Verdict ufw(const QString &root, const QStringList &files);
};

} // namespace portolan::test
