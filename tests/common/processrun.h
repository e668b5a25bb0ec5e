#pragma once
// Runs a program to the end and keeps its exit code and both streams: the
// one way the CLI tests start portolan-cli, git or a validator.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace portolan::test {

struct ProcessRun
{
    int code = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

struct ProcessOptions
{
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 120'000;
};

inline ProcessRun runProcess(const QString &program, const QStringList &args,
                             const ProcessOptions &options = {})
{
    QProcess p;
    p.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(program, args);
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace portolan::test
