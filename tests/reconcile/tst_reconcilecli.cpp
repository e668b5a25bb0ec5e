// portolan-cli reconcile as a pipeline uses it: exit 0 when today's rules
// equal the plan (the plan's own export, read back), 1 when they differ,
// 2 for bad input with file:line:column on stderr; JSON that parses and
// says the same as the exit code. Runs the built binary.
#include <QDir>
#include <QFileInfo>
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

const QString kFolder = kFixtures + u"/folders/mixed"_s;

Run run(const QStringList &args, const QString &workingDirectory = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
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

    // A folder of today's rules (fixtures/folders/mixed/today): web-1.rules
    // mapped by its name, today-x.nft.json by the address its input chain
    // names (web-2's), legacy.rules by nothing (unmapped: exit 1, and the
    // way to map it), README.txt not a rules file (reported, not fatal).
    void folderMapping()
    {
        const Run r = run({u"reconcile"_s, u"plan.yaml"_s, u"today"_s, u"--format"_s, u"json"_s}, kFolder);
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QHash<QString, QJsonObject> files;
        for (const QJsonValue &f : o[u"files"_s].toArray())
            files.insert(f[u"file"_s].toString(), f.toObject());
        QCOMPARE(files.size(), 4);
        QCOMPARE(files[u"web-1.rules"_s][u"point"_s].toString(), u"host:web-1"_s);
        QCOMPARE(files[u"web-1.rules"_s][u"mappedBy"_s].toString(), u"name"_s);
        QCOMPARE(files[u"today-x.nft.json"_s][u"point"_s].toString(), u"host:web-2"_s);
        QCOMPARE(files[u"today-x.nft.json"_s][u"mappedBy"_s].toString(), u"content"_s);
        QVERIFY(files[u"today-x.nft.json"_s][u"reason"_s].toString().contains(u"10.0.1.6"_s));
        QCOMPARE(files[u"legacy.rules"_s][u"mappedBy"_s].toString(), u"unmapped"_s);
        QVERIFY(files[u"legacy.rules"_s][u"reason"_s].toString().contains(u"--map legacy.rules=POINT"_s));
        QCOMPARE(files[u"README.txt"_s][u"kind"_s].toString(), u"unknown"_s);
        QCOMPARE(o[u"unmapped"_s].toInt(), 1);
        QCOMPARE(o[u"exact"_s].toBool(), false);
        const QJsonArray points = o[u"points"_s].toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0][u"point"_s].toString(), u"host:web-1"_s);
        QCOMPARE(points[0][u"counts"_s][u"blocked"_s].toInt(), 1);
        QCOMPARE(points[0][u"counts"_s][u"extra"_s].toInt(), 1); // ssh from the old ops network
        QCOMPARE(points[1][u"point"_s].toString(), u"host:web-2"_s);
        QCOMPARE(points[1][u"counts"_s][u"blocked"_s].toInt(), 0);
        QCOMPARE(points[1][u"counts"_s][u"extra"_s].toInt(), 1);
        // The text says the same, a line per file with why.
        const Run text = run({u"reconcile"_s, u"plan.yaml"_s, u"today"_s}, kFolder);
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains("today-x.nft.json  nft -j"), text.out.constData());
        QVERIFY2(text.out.contains("1 file(s) of today's rules not mapped"), text.out.constData());
    }

    // --map names a file's point: over no mapping (legacy.rules) and over
    // its name (web-1.rules, given to cache-1 instead).
    void folderOverride()
    {
        const Run r =
            run({u"reconcile"_s, u"plan.yaml"_s, u"today"_s, u"--map"_s, u"legacy.rules=host:db-1"_s,
                 u"--map"_s, u"web-1.rules=host:cache-1"_s, u"--format"_s, u"json"_s},
                kFolder);
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList mapped;
        for (const QJsonValue &f : o[u"files"_s].toArray())
            mapped.append(f[u"file"_s].toString() + u'=' + f[u"point"_s].toString() + u'/' +
                          f[u"mappedBy"_s].toString());
        QCOMPARE(mapped, (QStringList{u"README.txt=/unmapped"_s, u"legacy.rules=host:db-1/override"_s,
                                      u"today-x.nft.json=host:web-2/content"_s,
                                      u"web-1.rules=host:cache-1/override"_s}));
        QCOMPARE(o[u"unmapped"_s].toInt(), 0);
        QStringList points;
        for (const QJsonValue &p : o[u"points"_s].toArray())
            points.append(p[u"point"_s].toString());
        QCOMPARE(points, (QStringList{u"host:cache-1"_s, u"host:db-1"_s, u"host:web-2"_s}));
    }

    // Every file mapped and equal to the plan: exit 0. The plan's own
    // iptables export of web-1, read back from a folder.
    void folderEqualExitsZero()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run exported = run({u"export"_s, kFolder + u"/plan.yaml"_s, u"--target"_s,
                                  u"iptables,ip6tables"_s, u"--out"_s, dir.path()});
        QVERIFY2(exported.code == 0 || exported.code == 1, exported.err.constData());
        const QString today = dir.filePath(u"today"_s);
        QVERIFY(QDir().mkpath(today));
        for (const QString &f : {u"iptables/web-1.rules.v4"_s, u"ip6tables/web-1.rules.v6"_s,
                                 u"iptables/db-1.rules.v4"_s, u"ip6tables/db-1.rules.v6"_s})
            QVERIFY(QFile::copy(dir.filePath(f), today + u'/' + QFileInfo(f).fileName()));
        const Run r = run({u"reconcile"_s, kFolder + u"/plan.yaml"_s, today});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("2 point(s) compared, 0 differ"), r.out.constData());
    }

    // Mapping by address in iptables-save text: the destination of an
    // INPUT rule (through a user chain) that one node owns maps the file;
    // two nodes' addresses leave it unmapped, saying which.
    void folderIptablesByAddress()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &rules) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n:SERVICES - [0:0]\n"
                "-A INPUT -j SERVICES\n" +
                rules + "COMMIT\n");
        };
        write(u"one.rules"_s, "-A SERVICES -d 10.0.2.5/32 -p tcp -m tcp --dport 22 -j ACCEPT\n");
        write(u"two.rules"_s, "-A SERVICES -d 10.0.1.5/32 -p tcp -m tcp --dport 22 -j ACCEPT\n"
                              "-A SERVICES -d 10.0.1.6/32 -p tcp -m tcp --dport 22 -j ACCEPT\n");
        const Run r = run({u"reconcile"_s, kFolder + u"/plan.yaml"_s, dir.path(), u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 1);
        const QJsonArray files = QJsonDocument::fromJson(r.out).object()[u"files"_s].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0][u"point"_s].toString(), u"host:db-1"_s);
        QCOMPARE(files[0][u"mappedBy"_s].toString(), u"content"_s);
        QCOMPARE(files[1][u"mappedBy"_s].toString(), u"unmapped"_s);
        QVERIFY(files[1][u"reason"_s].toString().contains(u"host:web-1, host:web-2"_s));
    }

    void folderBadInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("map to no such point") << QStringList{u"reconcile"_s, u"plan.yaml"_s, u"today"_s,
                                                             u"--map"_s, u"legacy.rules=host:nope"_s}
                                              << u"cannot stand for 'host:nope'"_s;
        QTest::newRow("map a file not there")
            << QStringList{u"reconcile"_s, u"plan.yaml"_s, u"today"_s, u"--map"_s, u"gone.rules=host:web-1"_s}
            << u"gone.rules: no such file in the folder"_s;
        QTest::newRow("map without a point")
            << QStringList{u"reconcile"_s, u"plan.yaml"_s, u"today"_s, u"--map"_s, u"legacy.rules"_s}
            << u"--map wants FILE=POINT"_s;
        QTest::newRow("malformed file in the folder")
            << QStringList{u"reconcile"_s, u"plan.yaml"_s, kFixtures + u"/readers/malformed-port"_s}
            << u"rules.v4:3:25: bad port '70000'"_s;
    }
    void folderBadInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrContains);
        const Run r = run(args, kFolder);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    }

    // --format markdown: the golden report of the folder with legacy.rules
    // mapped to db-1, whose name holds `|`, `*` and `<`: escaped, so every
    // row of every table has exactly its columns.
    void folderMarkdown()
    {
        const Run r = run({u"reconcile"_s, u"plan.yaml"_s, u"today"_s, u"--map"_s,
                           u"legacy.rules=host:db-1"_s, u"--format"_s, u"markdown"_s},
                          kFolder);
        QCOMPARE(r.code, 1);
        QFile golden(kFolder + u"/expected.md"_s);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(golden.readAll()));
        const QString md = QString::fromUtf8(r.out);
        QVERIFY(md.contains(u"DB \\| \\*primary\\* &lt;main&gt;"_s));
        QVERIFY(!md.contains(u"<main>"_s));
        qsizetype columns = -1;
        for (const QString &line : md.split(u'\n')) {
            if (!line.startsWith(u'|')) {
                columns = -1;
                continue;
            }
            qsizetype pipes = 0;
            for (qsizetype i = 0; i < line.size(); ++i)
                pipes += line[i] == u'|' && (i == 0 || line[i - 1] != u'\\') ? 1 : 0;
            if (columns < 0)
                columns = pipes;
            QVERIFY2(pipes == columns, qPrintable(line));
        }
    }

    // One point in Markdown: the same summary and details.
    void pointMarkdown()
    {
        const Run r =
            run({u"reconcile"_s, kExample, u"--point"_s, u"host:kong-a"_s,
                 kFixtures + u"/cases/debian-docker-three-things/rules.v4"_s, u"--format"_s, u"markdown"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("| host\\:kong-a | Kong A | 4 | 1 | 1 | 0 | **differs** |"),
                 r.out.constData());
        QVERIFY2(r.out.contains("<details><summary>host\\:kong-a Kong A: 1 blocked, 1 extra"),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReconcileCli)
#include "tst_reconcilecli.moc"
