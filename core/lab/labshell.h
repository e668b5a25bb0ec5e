#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace portolan {

// Runs the lab's commands (ip, nft, iptables-restore) and remembers the
// namespaces it made so that they can always be removed again. Never runs a
// shell: arguments go to the program as they are.
class LabShell
{
public:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
    };
    static Output run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      int timeoutMs = 30000);
    // `ip netns exec NAME program args...`
    static Output inNamespace(const QString &name, const QString &program, const QStringList &arguments,
                              const QByteArray &input = {});
    static QString describe(const QString &program, const QStringList &arguments, const Output &output);

    // Namespaces named PREFIX<pid>-... whose process is gone (a crash, a
    // SIGKILL): removed before a new run.
    static void removeLeftovers(const QString &prefix);
    static void deleteNamespaces(const QStringList &names);

    // SIGINT / SIGTERM set a flag the runner checks between steps; the
    // handlers are installed for the run's duration only.
    static void installSignalHandlers();
    static void restoreSignalHandlers();
    static bool interrupted();
};

} // namespace portolan
