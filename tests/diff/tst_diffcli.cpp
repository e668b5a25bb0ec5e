// portolan-cli diff as CI pipelines and git use it: the three formats, the
// exit codes with and without --fail-on, REV:PATH and the external diff
// driver in a throw-away git repository, a bad revision. Runs the binary.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/processrun.h"

using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
const QString kCases = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/diff/cases");

using Run = portolan::test::ProcessRun;

// git without the user's or the machine's configuration, with an identity.
QProcessEnvironment gitEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Test"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@example.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Test"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@example.invalid"_s);
    env.insert(u"GIT_PAGER"_s, u"cat"_s);
    return env;
}

Run exec(const QString &program, const QStringList &args, const QString &dir = {},
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return portolan::test::runProcess(program, args, {dir, env});
}

Run cli(const QStringList &args, const QString &dir = {})
{
    return exec(kCli, args, dir);
}

QString caseFile(const QString &name, const QString &file)
{
    return kCases + u'/' + name + u'/' + file;
}

bool copyCase(const QString &name, const QString &file, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(caseFile(name, file), to) &&
           QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// A repository with plan.yaml committed twice (old, then new) and the
// working tree at `new`.
bool makeRepository(const QString &dir, const QString &caseName, const QString &fileName = u"plan.yaml"_s)
{
    const QProcessEnvironment env = gitEnvironment(dir);
    const QString plan = dir + u'/' + fileName;
    return exec(u"git"_s, {u"init"_s, u"-q"_s}, dir, env).code == 0 &&
           copyCase(caseName, u"old.yaml"_s, plan) &&
           exec(u"git"_s, {u"add"_s, u"-A"_s}, dir, env).code == 0 &&
           exec(u"git"_s, {u"commit"_s, u"-q"_s, u"-m"_s, u"old"_s}, dir, env).code == 0 &&
           copyCase(caseName, u"new.yaml"_s, plan) &&
           exec(u"git"_s, {u"commit"_s, u"-q"_s, u"-am"_s, u"new"_s}, dir, env).code == 0;
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void formatsAgree();
    void revisionPaths();
    void revisionPathsUseWorkingTreeCatalogs();
    void badRevisionExitsTwo();
    void gitDiffDriver();
    void gitDifftool();
};

void TestDiffCli::initTestCase()
{
    QVERIFY2(QFile::exists(kCli), "build portolan-cli first");
    QVERIFY2(exec(u"git"_s, {u"--version"_s}).code == 0, "git is needed (scripts/install-deps.sh test)");
}

void TestDiffCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrContains");
    const auto pair = [](const QString &name) {
        return QStringList{caseFile(name, u"old.yaml"_s), caseFile(name, u"new.yaml"_s)};
    };
    QTest::newRow("no change") << QStringList{u"diff"_s} + pair(u"no-change"_s) << 0 << QString();
    QTest::newRow("no change in any target's files")
        << QStringList{u"diff"_s, u"--target"_s, u"all"_s} + pair(u"no-change"_s) << 0 << QString();
    QTest::newRow("changes") << QStringList{u"diff"_s} + pair(u"port-changed"_s) << 1 << QString();
    QTest::newRow("changes, json") << QStringList{u"diff"_s, u"--format"_s, u"json"_s} +
                                          pair(u"element-added"_s)
                                   << 1 << QString();
    QTest::newRow("fail-on: changes, no new error")
        << QStringList{u"diff"_s, u"--fail-on"_s, u"new-errors"_s} + pair(u"port-changed"_s) << 0
        << QString();
    QTest::newRow("fail-on: Admin API opened to the internet")
        << QStringList{u"diff"_s, u"--fail-on"_s, u"new-errors"_s} + pair(u"admin-internet"_s) << 1
        << QString();
    QTest::newRow("fail-on: reversed, the error is resolved")
        << QStringList{u"diff"_s, u"--fail-on"_s, u"new-errors"_s,
                       caseFile(u"admin-internet"_s, u"new.yaml"_s),
                       caseFile(u"admin-internet"_s, u"old.yaml"_s)}
        << 0 << QString();
    QTest::newRow("against /dev/null: everything added")
        << QStringList{u"diff"_s, u"/dev/null"_s, caseFile(u"no-change"_s, u"old.yaml"_s)} << 1 << QString();
    QTest::newRow("one plan only") << QStringList{u"diff"_s, caseFile(u"no-change"_s, u"old.yaml"_s)} << 2
                                   << u"OLD NEW"_s;
    QTest::newRow("missing file") << QStringList{u"diff"_s, u"/nonexistent/a.yaml"_s,
                                                 caseFile(u"no-change"_s, u"old.yaml"_s)}
                                  << 2 << u"/nonexistent/a.yaml"_s;
    QTest::newRow("broken project, file:line:column")
        << QStringList{u"diff"_s, caseFile(u"no-change"_s, u"old.yaml"_s),
                       QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/cli/fixtures/broken.yaml")}
        << 2 << u"broken.yaml:6:5"_s;
    QTest::newRow("unknown target") << QStringList{u"diff"_s, u"--target"_s, u"nope"_s} + pair(u"no-change"_s)
                                    << 2 << u"nope"_s;
    QTest::newRow("bad format") << QStringList{u"diff"_s, u"--format"_s, u"html"_s} + pair(u"no-change"_s)
                                << 2 << u"--format"_s;
    QTest::newRow("bad fail-on") << QStringList{u"diff"_s, u"--fail-on"_s, u"warnings"_s} +
                                        pair(u"no-change"_s)
                                 << 2 << u"--fail-on"_s;
}

void TestDiffCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrContains);
    const Run r = cli(args);
    QVERIFY2(r.code == code, qPrintable(u"exit %1\n"_s.arg(r.code) + QString::fromUtf8(r.out + r.err)));
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    if (code == 0 && !args.contains(u"--fail-on"_s))
        QCOMPARE(r.out, QByteArray()); // no change prints nothing
}

void TestDiffCli::formatsAgree()
{
    const QStringList pair{caseFile(u"admin-internet"_s, u"old.yaml"_s),
                           caseFile(u"admin-internet"_s, u"new.yaml"_s)};
    const Run text = cli(QStringList{u"diff"_s} + pair);
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains("NEW ERRORS: 1"), text.out.constData());
    QVERIFY(text.out.contains("exposure.admin-untrusted"));
    QVERIFY(text.out.contains("sources: 203.0.113.128/26 -> 0.0.0.0/0"));

    const Run json = cli(QStringList{u"diff"_s, u"--format"_s, u"json"_s} + pair);
    QCOMPARE(json.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o[u"new_errors"_s].toInt(), 1);
    const QJsonObject finding = o[u"findings"_s].toObject()[u"new"_s].toArray()[0].toObject();
    QCOMPARE(finding[u"code"_s].toString(), u"exposure.admin-untrusted"_s);
    QCOMPARE(o[u"flows"_s].toArray()[0].toObject()[u"change"_s].toString(), u"widened"_s);

    const Run markdown = cli(QStringList{u"diff"_s, u"--format"_s, u"markdown"_s} + pair);
    QCOMPARE(markdown.code, 1);
    const QString md = QString::fromUtf8(markdown.out);
    QVERIFY(md.startsWith(u"### "_s));
    // The new error comes before any folded detail.
    const qsizetype error = md.indexOf(u"exposure\\.admin-untrusted"_s);
    QVERIFY2(error > 0 && error < md.indexOf(u"<details>"_s), qPrintable(md));
    QCOMPARE(md.count(u"<details>"_s), md.count(u"</details>"_s));

    // Summaries are HTML: a target's counts read as written, no Markdown escapes.
    const Run files =
        cli({u"diff"_s, u"--format"_s, u"markdown"_s, u"--target"_s, u"nftables"_s,
             caseFile(u"export-files"_s, u"old.yaml"_s), caseFile(u"export-files"_s, u"new.yaml"_s)});
    QVERIFY2(files.out.contains("<summary>Export nftables: +1 ~2 -0</summary>"), files.out.constData());
    QVERIFY(files.out.contains("```diff\n--- a/nftables/kong-a.nft\n+++ b/nftables/kong-a.nft\n@@ "));
}

void TestDiffCli::revisionPaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeRepository(dir.path(), u"port-changed"_s));
    const Run files = cli(
        {u"diff"_s, caseFile(u"port-changed"_s, u"old.yaml"_s), caseFile(u"port-changed"_s, u"new.yaml"_s)});
    // Relative to the current folder, and absolute from anywhere.
    const Run relative = cli({u"diff"_s, u"HEAD~1:plan.yaml"_s, u"HEAD:plan.yaml"_s}, dir.path());
    QVERIFY2(relative.code == 1, relative.err.constData());
    const Run absolute =
        cli({u"diff"_s, u"HEAD~1:"_s + dir.filePath(u"plan.yaml"_s), dir.filePath(u"plan.yaml"_s)});
    QVERIFY2(absolute.code == 1, absolute.err.constData());
    // Same report as the two files, but for the labels in the first line.
    auto body = [](const QByteArray &out) { return out.mid(out.indexOf('\n')); };
    QCOMPARE(body(relative.out), body(files.out));
    QCOMPARE(body(absolute.out), body(files.out));
    QVERIFY(relative.out.startsWith("portolan diff HEAD~1:plan.yaml -> HEAD:plan.yaml\n"));
    // The working tree equals HEAD: nothing to say.
    const Run same = cli({u"diff"_s, u"HEAD:plan.yaml"_s, u"plan.yaml"_s}, dir.path());
    QCOMPARE(same.code, 0);
    QCOMPARE(same.out, QByteArray());
}

void TestDiffCli::revisionPathsUseWorkingTreeCatalogs()
{
    // The project uses a catalog kept in catalogs/ beside it: a REV:PATH side
    // loads only if that folder is found next to the working-tree copy.
    const QString fixture = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/catalogs/fixtures/beside");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment env = gitEnvironment(dir.path());
    QVERIFY(QDir(dir.path()).mkpath(u"plans/catalogs"_s));
    QVERIFY(QFile::copy(fixture + u"/catalogs/acme-sidecar.yaml"_s,
                        dir.filePath(u"plans/catalogs/acme-sidecar.yaml"_s)));
    QFile source(fixture + u"/project.yaml"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray plan = source.readAll();
    QFile target(dir.filePath(u"plans/project.yaml"_s));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(plan);
    target.close();
    QCOMPARE(exec(u"git"_s, {u"init"_s, u"-q"_s}, dir.path(), env).code, 0);
    QCOMPARE(exec(u"git"_s, {u"add"_s, u"-A"_s}, dir.path(), env).code, 0);
    QCOMPARE(exec(u"git"_s, {u"commit"_s, u"-q"_s, u"-m"_s, u"plan"_s}, dir.path(), env).code, 0);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(QByteArray(plan).replace("listen_port: 9090", "listen_port: 9191"));
    target.close();
    const Run r = cli({u"diff"_s, u"HEAD:plans/project.yaml"_s, u"plans/project.yaml"_s}, dir.path());
    QVERIFY2(r.code == 1, r.err.constData());
    QVERIFY2(r.out.contains("settings.listen_port: 9090 -> 9191"), r.out.constData());
}

void TestDiffCli::badRevisionExitsTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeRepository(dir.path(), u"port-changed"_s));
    for (const QString &spec :
         {u"no-such-branch:plan.yaml"_s, u"HEAD:missing.yaml"_s, u"--output=x:plan.yaml"_s}) {
        // After "--": the revision reaches the command, not the option parser.
        const Run r = cli({u"diff"_s, u"--"_s, spec, u"plan.yaml"_s}, dir.path());
        QVERIFY2(r.code == 2, qPrintable(spec + u": exit "_s + QString::number(r.code)));
        QVERIFY2(r.err.contains(spec.toUtf8()), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }
    QVERIFY(!QFile::exists(dir.filePath(u"x:plan.yaml"_s)));
    // Outside any repository.
    QTemporaryDir plain;
    QVERIFY(copyCase(u"port-changed"_s, u"old.yaml"_s, plain.filePath(u"plan.yaml"_s)));
    const Run outside = cli({u"diff"_s, u"HEAD:plan.yaml"_s, u"plan.yaml"_s}, plain.path());
    QCOMPARE(outside.code, 2);
    QVERIFY(outside.err.contains("git show failed"));
}

void TestDiffCli::gitDiffDriver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment env = gitEnvironment(dir.path());
    QVERIFY(makeRepository(dir.path(), u"port-changed"_s, u"plan.portolan.yaml"_s));
    QFile attributes(dir.filePath(u".gitattributes"_s));
    QVERIFY(attributes.open(QIODevice::WriteOnly));
    attributes.write("*.portolan.yaml diff=portolan\n");
    attributes.close();
    QCOMPARE(exec(u"git"_s, {u"config"_s, u"diff.portolan.command"_s, kCli + u" diff --git-driver"_s},
                  dir.path(), env)
                 .code,
             0);

    const Run r = exec(u"git"_s, {u"diff"_s, u"HEAD~1"_s, u"HEAD"_s, u"--"_s, u"plan.portolan.yaml"_s},
                       dir.path(), env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("diff --portolan a/plan.portolan.yaml b/plan.portolan.yaml\n"),
             r.out.constData());
    QVERIFY2(r.out.contains("ports: 8001 -> 8444"), r.out.constData());
    QVERIFY(!r.out.contains("@@ ")); // meaning, not lines

    // A working-tree file that does not parse falls back to lines; git goes on.
    QFile plan(dir.filePath(u"plan.portolan.yaml"_s));
    QVERIFY(plan.open(QIODevice::Append));
    plan.write("nodes: [unclosed\n");
    plan.close();
    const Run broken = exec(u"git"_s, {u"diff"_s}, dir.path(), env);
    QVERIFY2(broken.code == 0, broken.err.constData());
    QVERIFY(broken.out.contains("+nodes: [unclosed"));
    QVERIFY(broken.err.contains("plan.portolan.yaml"));
}

void TestDiffCli::gitDifftool()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment env = gitEnvironment(dir.path());
    QVERIFY(makeRepository(dir.path(), u"source-widened"_s));
    const Run r = exec(u"git"_s,
                       {u"difftool"_s, u"--no-prompt"_s, u"--extcmd="_s + kCli + u" diff"_s, u"HEAD~1"_s,
                        u"HEAD"_s, u"--"_s, u"plan.yaml"_s},
                       dir.path(), env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("sources: 203.0.113.128/26 -> 203.0.113.128/25"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
