// portolan-cli reconcile as a pipeline uses it: exit 0 when today's rules
// equal the plan (the plan's own export, read back), 1 when they differ,
// 2 for bad input with file:line:column on stderr; JSON that parses and
// says the same as the exit code. Runs the built binary.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
const QString kExample =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
const QString kFixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/reconcile/fixtures");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForFinished(60'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestReconcileCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kCli))
            QSKIP("skipped: portolan-cli is not built");
    }

    void ownExportIsExact()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run exported =
            run({u"export"_s, kExample, u"--target"_s, u"iptables,ip6tables"_s, u"--out"_s, dir.path()});
        QVERIFY2(exported.code == 0 || exported.code == 1, exported.err.constData());
        const QString v4 = dir.filePath(u"iptables/kong-a.rules.v4"_s);
        const QString v6 = dir.filePath(u"ip6tables/kong-a.rules.v6"_s);
        QVERIFY(QFile::exists(v4));
        QVERIFY(QFile::exists(v6));
        const Run text = run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, v4, v6});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("today's rules equal the plan"));
        const Run json =
            run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, v4, v6, u"--format"_s, u"json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"exact"_s].toBool(), true);
        QCOMPARE(o[u"families"_s].toArray().size(), 2);
        QVERIFY(o[u"counts"_s].toObject()[u"covered"_s].toInt() > 0);
    }

    void differsExitsOne()
    {
        const Run r =
            run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                 kFixtures + u"/cases/debian-docker-three-things/rules.v4"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"exact"_s].toBool(), false);
        QCOMPARE(o[u"counts"_s].toObject()[u"blocked"_s].toInt(), 1);
        QCOMPARE(o[u"counts"_s].toObject()[u"extra"_s].toInt(), 1);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrContains");
        const QString good = kFixtures + u"/cases/debian-docker-three-things/rules.v4"_s;
        QTest::newRow("malformed iptables")
            << QStringList{u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                           kFixtures + u"/readers/malformed-port/rules.v4"_s}
            << u"rules.v4:3:25: bad port '70000'"_s;
        QTest::newRow("malformed nft json")
            << QStringList{u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                           kFixtures + u"/readers/nft-malformed/ruleset.json"_s}
            << u"ruleset.json:4:188"_s;
        QTest::newRow("not a rules file")
            << QStringList{u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, kExample}
            << u"kong-0x-two-datacenters-nat.yaml:1:1"_s;
        QTest::newRow("unknown point")
            << QStringList{u"reconcile"_s, kExample, u"--point"_s, u"host:nope"_s, good} << u"host:nope"_s;
        QTest::newRow("no point") << QStringList{u"reconcile"_s, kExample, good} << u"--point"_s;
        QTest::newRow("missing file") << QStringList{u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                                                     u"/nonexistent/rules.v4"_s}
                                      << u"/nonexistent/rules.v4"_s;
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrContains);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    }

    // A host point from its pods' NetworkPolicy: the export equals the
    // plan, one more port differs, a bad CIDR is located.
    void kubernetesExitCodes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run exported =
            run({u"export"_s, kExample, u"--target"_s, u"kubernetes"_s, u"--out"_s, dir.path()});
        QVERIFY2(exported.code == 0 || exported.code == 1, exported.err.constData());
        const QString path = dir.filePath(u"kubernetes/network-policies.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        f.close();
        Run r = run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, path});
        QVERIFY2(r.code == 0, r.out.constData());
        const auto write = [&](const QByteArray &content) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(content);
        };
        QByteArray wider = yaml;
        wider.replace("  ingress:\n", "  ingress:\n    - ports:\n        - port: 31337\n");
        write(wider);
        r = run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("extra"), r.out.constData());
        QByteArray bad = yaml;
        const qsizetype at = bad.indexOf("cidr: ");
        QVERIFY(at > 0);
        bad.insert(at + 6, "300.");
        write(bad);
        r = run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s, path});
        QCOMPARE(r.code, 2);
        const int line = int(bad.left(at).count('\n')) + 1;
        const QByteArray where = "network-policies.yaml:" + QByteArray::number(line) + ":";
        QVERIFY2(r.err.contains(where), r.err.constData());
    }

    // An AWS point: a file without its groups is bad input, located.
    void awsWithoutThePointsGroupExitsTwo()
    {
        const Run r = run(
            {u"reconcile"_s, QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/livekit-sip-aws.yaml"),
             u"--point"_s, u"sg:livekit"_s, kFixtures + u"/readers/aws-describe/security-groups.json"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("security-groups.json:2:23: no security group of the point"),
                 r.err.constData());
        // Given to a host point, it is refused with the way to compare it.
        const Run host = run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                              kFixtures + u"/readers/aws-describe/security-groups.json"_s});
        QCOMPARE(host.code, 2);
        QVERIFY2(host.err.contains("--point sg:ID"), host.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReconcileCli)
#include "tst_reconcilecli.moc"
