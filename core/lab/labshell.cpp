#include "labshell.h"

#include <QProcess>
#include <QRegularExpression>

#include <atomic>
#include <csignal>

#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
std::atomic_bool s_interrupted = false;
struct sigaction s_oldInt, s_oldTerm;

void onSignal(int)
{
    s_interrupted = true;
}
} // namespace

LabShell::Output LabShell::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                               int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    Output output;
    if (!process.waitForStarted(timeoutMs)) {
        output.err = process.errorString().toUtf8();
        return output;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        output.err = "timed out";
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

LabShell::Output LabShell::inNamespace(const QString &name, const QString &program,
                                       const QStringList &arguments, const QByteArray &input)
{
    return run(u"ip"_s, QStringList{u"netns"_s, u"exec"_s, name, program} + arguments, input);
}

QString LabShell::describe(const QString &program, const QStringList &arguments, const Output &output)
{
    return u"%1 %2: %3"_s.arg(program, arguments.join(u' '), QString::fromUtf8(output.err).trimmed());
}

void LabShell::removeLeftovers(const QString &prefix)
{
    const Output list = run(u"ip"_s, {u"netns"_s, u"list"_s});
    static const QRegularExpression name(u"^(%1(\\d+)-\\S+)"_s.arg(prefix));
    QStringList stale;
    for (const QString &line : QString::fromUtf8(list.out).split(u'\n')) {
        const auto m = name.match(line);
        if (!m.hasMatch())
            continue;
        const pid_t pid = m.captured(2).toInt();
        if (pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH)
            continue; // its run is alive
        stale.append(m.captured(1));
    }
    deleteNamespaces(stale);
}

void LabShell::deleteNamespaces(const QStringList &names)
{
    if (names.isEmpty())
        return;
    QByteArray batch;
    for (const QString &n : names)
        batch += "netns del " + n.toUtf8() + '\n';
    run(u"ip"_s, {u"-force"_s, u"-batch"_s, u"-"_s}, batch);
}

void LabShell::installSignalHandlers()
{
    s_interrupted = false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &s_oldInt);
    sigaction(SIGTERM, &action, &s_oldTerm);
}

void LabShell::restoreSignalHandlers()
{
    sigaction(SIGINT, &s_oldInt, nullptr);
    sigaction(SIGTERM, &s_oldTerm, nullptr);
}

bool LabShell::interrupted()
{
    return s_interrupted;
}

} // namespace portolan
