// portolan-cli as scripts and CI pipelines use it: output shapes of the
// contract in DESIGN.md, exit codes, determinism. Runs the built binary.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../common/processrun.h"

using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
const QString kExamples = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples");

using Run = portolan::test::ProcessRun;

Run run(const QStringList &args)
{
    return portolan::test::runProcess(kCli, args);
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void helpInTheUsersLanguage_data();
    void helpInTheUsersLanguage();
    void badInvocationsExitTwo_data();
    void badInvocationsExitTwo();
    void catalogsListEverySeedProduct();
    void flowsFollowTheContract_data();
    void flowsFollowTheContract();
    void flowsFormatsAgree_data() { flowsFollowTheContract_data(); }
    void flowsFormatsAgree();
    void rulesPerEnforcementPoint_data() { flowsFollowTheContract_data(); }
    void rulesPerEnforcementPoint();
};

void TestCli::versionAndHelp()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("portolan-cli "));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    for (const char *command :
         {"catalogs", "flows", "check", "rules", "settings", "export", "render", "audit"})
        QVERIFY2(help.out.contains(command), command);
    // The overview lists the commands by name, as cliregistry.cpp states them.
    QStringList names;
    for (const QByteArray &line : help.out.split('\n'))
        if (line.startsWith("  "))
            names.append(QString::fromUtf8(line.trimmed().split(' ').first()));
    QCOMPARE(names.size(), 12);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
}

// The command summaries are registered before main() installs the
// translator; they must still reach the user in their language, in the
// overview and in a command's own --help.
void TestCli::helpInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("summary");
    QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Jeden Portfluss auflisten, den das Projekt braucht."_s;
    QTest::newRow("French") << u"fr_FR.UTF-8"_s << u"Lister chaque flux de ports dont le projet a besoin."_s;
    QTest::newRow("English") << u"C.UTF-8"_s << u"List every port flow the project needs."_s;
}

void TestCli::helpInTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, summary);
    portolan::test::ProcessOptions options;
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        options.environment.insert(QString::fromLatin1(name), locale);
    for (const QStringList &args : {QStringList{u"--help"_s}, QStringList{u"flows"_s, u"--help"_s}}) {
        const Run help = portolan::test::runProcess(kCli, args, options);
        QCOMPARE(help.code, 0);
        QVERIFY2(QString::fromUtf8(help.out).contains(summary),
                 qPrintable(args.join(u' ') + u":\n"_s + QString::fromUtf8(help.out)));
    }
}

void TestCli::badInvocationsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    const QString example = kExamples + u"/kong-0x-two-datacenters-nat.yaml"_s;
    QTest::newRow("no command") << QStringList{} << QString();
    QTest::newRow("unknown command") << QStringList{u"flow"_s} << u"unknown command"_s;
    QTest::newRow("no project") << QStringList{u"flows"_s} << u"project"_s;
    QTest::newRow("missing file") << QStringList{u"flows"_s, u"/nonexistent/plan.yaml"_s}
                                  << u"/nonexistent/plan.yaml"_s;
    QTest::newRow("bad format") << QStringList{u"flows"_s, example, u"--format"_s, u"xml"_s} << u"--format"_s;
    QTest::newRow("unknown point") << QStringList{u"rules"_s, example, u"--point"_s, u"nope"_s} << u"nope"_s;
    QTest::newRow("broken project") << QStringList{u"check"_s,
                                                   QStringLiteral(PORTOLAN_SOURCE_DIR
                                                                  "/tests/cli/fixtures/broken.yaml")}
                                    << u"broken.yaml:6:5"_s;
}

void TestCli::badInvocationsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err + r.out).contains(stderrContains), r.err.constData());
}

void TestCli::catalogsListEverySeedProduct()
{
    const Run r = run({u"catalogs"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QStringList ids;
    int ports = 0;
    for (const QJsonValue &c : json(r).value(u"catalogs"_s).toArray()) {
        ids.append(c[u"id"_s].toString());
        QVERIFY(!c[u"sources"_s].toArray().isEmpty());
        for (const QJsonValue &component : c[u"components"_s].toArray())
            ports += int(component[u"ports"_s].toArray().size());
    }
    for (const QString &id : {u"kong-0.x"_s, u"kong-enterprise"_s, u"kong-3.3"_s, u"livekit-server"_s,
                              u"livekit-sip"_s, u"cumulocity"_s, u"base"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    // The product catalogs taken from vendor pages (issue 24).
    for (const QString &id : {u"kubernetes-1.22"_s, u"etcd-3.4"_s, u"postgresql-11"_s, u"redis-6.2"_s,
                              u"prometheus-2"_s, u"grafana-10"_s, u"vault-1.4"_s, u"consul-1.16"_s,
                              u"kafka-3-kraft"_s, u"rabbitmq-3.8"_s, u"opensearch-2.11"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    // firewalld's services are listed where the machine has them.
    QCOMPARE(ids.contains(u"firewalld"_s), QFileInfo(u"/usr/lib/firewalld/services"_s).isDir());
    QVERIFY(ports >= 40);
    const Run table = run({u"catalogs"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("kong-0.x/node"));
}

void TestCli::flowsFollowTheContract_data()
{
    QTest::addColumn<QString>("project");
    const QStringList files = QDir(kExamples).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(kExamples).filePath(f);
}

void TestCli::flowsFollowTheContract()
{
    QFETCH(QString, project);
    const Run r = run({u"flows"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray flows = json(r).value(u"flows"_s).toArray();
    QVERIFY(!flows.isEmpty());
    for (const QJsonValue &v : flows) {
        const QJsonObject f = v.toObject();
        const QJsonObject source = f[u"source"_s].toObject(), destination = f[u"destination"_s].toObject();
        QVERIFY(!source[u"id"_s].toString().isEmpty());
        QVERIFY(source[u"cidrs"_s].isArray());
        QVERIFY(!destination[u"id"_s].toString().isEmpty());
        QVERIFY(destination.contains(u"address"_s) || destination.contains(u"cidrs"_s));
        // "any" is the documented extension for the seeds' "all traffic" rows.
        QVERIFY(QStringList({u"tcp"_s, u"udp"_s, u"any"_s}).contains(f[u"protocol"_s].toString()));
        const int from = f[u"port_from"_s].toInt(-1), to = f[u"port_to"_s].toInt(-1);
        QVERIFY(from >= 1 && to <= 65535 && from <= to);
        for (const char *key : {"product", "component", "port", "audience"})
            QVERIFY2(!f[QLatin1String(key)].toString().isEmpty(), key);
        QVERIFY(f[u"via"_s].isArray());
        QVERIFY(f[u"audience"_s].toString() != u"local"_s); // local ports never flow
    }
    // Same input, same bytes.
    QCOMPARE(run({u"flows"_s, project, u"--format"_s, u"json"_s}).out, r.out);
}

void TestCli::flowsFormatsAgree()
{
    QFETCH(QString, project);
    const qsizetype count =
        json(run({u"flows"_s, project, u"--format"_s, u"json"_s})).value(u"flows"_s).toArray().size();
    const Run csv = run({u"flows"_s, project, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.code, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("source,"));
    QCOMPARE(lines.size() - 1, count);
    const Run table = run({u"flows"_s, project});
    QCOMPARE(table.code, 0);
    QVERIFY(!table.out.isEmpty());
}

void TestCli::rulesPerEnforcementPoint()
{
    QFETCH(QString, project);
    const Run all = run({u"rules"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(all.code, 0);
    const QJsonArray sets = json(all).value(u"rule_sets"_s).toArray();
    QVERIFY(!sets.isEmpty());
    const QString first = sets.first()[u"id"_s].toString();
    const Run one = run({u"rules"_s, project, u"--point"_s, first, u"--format"_s, u"json"_s});
    QCOMPARE(one.code, 0);
    const QJsonArray only = json(one).value(u"rule_sets"_s).toArray();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first()[u"id"_s].toString(), first);
    for (const QJsonValue &rule : only.first()[u"rules"_s].toArray())
        QVERIFY(!rule[u"comment"_s].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
