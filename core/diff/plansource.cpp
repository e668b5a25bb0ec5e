#include "plansource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString DevNull = u"/dev/null"_s;

// Runs git in `folder`; nullopt when it does not start or fails, with
// git's first line of stderr (or Qt's reason) in `why`.
std::optional<QByteArray> runGit(const QString &folder, const QStringList &args, QString *why,
                                 bool *started = nullptr)
{
    QProcess git;
    git.setWorkingDirectory(folder);
    git.start(u"git"_s, args);
    if (started)
        *started = git.waitForStarted();
    if (started ? !*started : !git.waitForStarted()) {
        if (why)
            *why = git.errorString();
        return std::nullopt;
    }
    git.closeWriteChannel();
    if (!git.waitForFinished(120'000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        if (why) {
            const QString line = QString::fromUtf8(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
            *why = line.isEmpty() ? git.errorString() : line;
        }
        return std::nullopt;
    }
    return git.readAllStandardOutput();
}

} // namespace

bool PlanSource::isGitSpec(const QString &spec)
{
    return !QFileInfo::exists(spec) && spec != DevNull && spec.indexOf(u':') > 0;
}

std::optional<QByteArray> PlanSource::gitShow(const QString &rev, const QString &path, QString *error)
{
    const QString spec = rev + u':' + path;
    // A revision starting with '-' would reach git as an option (--output=...).
    if (rev.isEmpty() || rev.startsWith(u'-')) {
        *error = QCoreApplication::translate("cli", "error: %1: not a git revision").arg(spec);
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("cli", "error: %1: no folder %2 to run git in")
                     .arg(spec, info.absolutePath());
        return std::nullopt;
    }
    QString why;
    bool started = false;
    const auto data =
        runGit(info.absolutePath(), {u"show"_s, rev + u":./"_s + info.fileName()}, &why, &started);
    if (!data) {
        *error = started
                     ? QCoreApplication::translate("cli", "error: %1: git show failed: %2").arg(spec, why)
                     : QCoreApplication::translate("cli", "error: %1: cannot run git (%2)").arg(spec, why);
        return std::nullopt;
    }
    return data;
}

std::optional<LoadedProject> PlanSource::load(const QString &spec, const QString &catalogsAt,
                                              QStringList *errors)
{
    Diagnostics diagnostics;
    auto fail = [&] {
        for (const Diagnostic &d : std::as_const(diagnostics))
            errors->append(d.toString());
        return std::nullopt;
    };
    LoadedProject loaded;
    loaded.path = spec;
    const bool fromGit = isGitSpec(spec);
    const QString rev = fromGit ? spec.section(u':', 0, 0) : QString();
    const QString gitPath = fromGit ? spec.section(u':', 1) : QString();
    const QString home = !catalogsAt.isEmpty() ? catalogsAt
                         : fromGit             ? gitPath
                         : spec == DevNull     ? QString()
                                               : spec;
    loaded.catalogs = ProjectLoader::catalogsFor(home, &diagnostics);
    if (!diagnostics.isEmpty())
        return fail();
    if (spec == DevNull)
        return loaded; // no plan on this side: an empty project
    std::optional<Project> project;
    if (fromGit) {
        QString error;
        const auto data = gitShow(rev, gitPath, &error);
        if (!data) {
            errors->append(error);
            return std::nullopt;
        }
        project = ProjectReader::read(*data, spec, loaded.catalogs, &diagnostics);
    } else {
        project = ProjectReader::readFile(spec, loaded.catalogs, &diagnostics);
    }
    if (!project)
        return fail();
    loaded.project = std::move(*project);
    return loaded;
}

QStringList PlanSource::recentRevisions(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (path.isEmpty() || !QDir(folder).exists())
        return {};
    QStringList revisions;
    const auto branches = runGit(folder, {u"branch"_s, u"--format=%(refname:short)"_s}, nullptr);
    if (!branches)
        return {}; // not a work tree, or no git
    revisions += QString::fromUtf8(*branches).split(u'\n', Qt::SkipEmptyParts);
    // Only commits that touched the file: the others hold the same plan.
    if (const auto log = runGit(
            folder, {u"log"_s, u"--oneline"_s, u"-20"_s, u"--"_s, QFileInfo(path).fileName()}, nullptr))
        revisions += QString::fromUtf8(*log).split(u'\n', Qt::SkipEmptyParts);
    return revisions;
}

} // namespace portolan
