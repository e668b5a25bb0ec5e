// portolan-cli explain: one flow's path hop by hop (seed 001's NAT
// translating 192.168.10.5:9000 to 192.168.23.45:80 for tcp and udp), or
// where and why it stops (a broken twin whose edge NAT maps nothing for
// 8443); exit codes 0 works, 1 cannot work, 2 bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../common/processrun.h"

using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
const QString kSeed =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
const QString kBroken =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/cli/fixtures/kong-0x-edge-no-mapping.yaml");

using Run = portolan::test::ProcessRun;

Run run(const QStringList &args)
{
    return portolan::test::runProcess(kCli, args);
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedNatTranslates_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("tcp") << u"tcp"_s;
        QTest::newRow("udp") << u"udp"_s;
    }

    void seedNatTranslates()
    {
        QFETCH(QString, protocol);
        const Run r = run({u"explain"_s, kSeed, u"--from"_s, u"kong-a"_s, u"--to"_s, u"kong-b"_s, u"--port"_s,
                           u"9000"_s, u"--protocol"_s, protocol, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray flows = QJsonDocument::fromJson(r.out).object()[u"flows"_s].toArray();
        QCOMPARE(flows.size(), 1);
        const QJsonObject flow = flows.first().toObject();
        QCOMPARE(flow[u"protocol"_s].toString(), protocol);
        const QJsonObject path = flow[u"path"_s].toObject();
        QCOMPARE(path[u"status"_s].toString(), u"works"_s);
        QStringList hops;
        for (const QJsonValue &hop : path[u"hops"_s].toArray())
            hops.append(hop[u"id"_s].toString() + u' ' + hop[u"source"_s].toString() + u" -> "_s +
                        hop[u"destination"_s].toString());
        QCOMPARE(hops, QStringList({u"kong-a 192.168.1.10 -> 192.168.10.5:9000"_s,
                                    u"vpn-dc1-dc2 192.168.1.10 -> 192.168.10.5:9000"_s,
                                    u"nat-dc2 192.168.1.10 -> 192.168.23.45:80"_s}));
        // kong-b's host firewall admits it by a rule that names the flow.
        const QJsonArray admitted = path[u"destination_admitted_by"_s].toArray();
        QVERIFY(!admitted.isEmpty());
        QCOMPARE(admitted.first()[u"point"_s].toString(), u"host:kong-b"_s);

        const Run text = run({u"explain"_s, kSeed, u"--from"_s, u"kong-a"_s, u"--to"_s, u"kong-b"_s,
                              u"--port"_s, u"9000"_s, u"--protocol"_s, protocol});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("NAT translates 192.168.10.5:9000 -> 192.168.23.45:80"),
                 text.out.constData());
        QVERIFY2(text.out.contains("admitted by rule"), text.out.constData());
    }

    void throughTheEdgeNat()
    {
        // The API consumers reach kong-b's proxy-ssl through DC2's edge mapping 443 -> 8443.
        const Run r = run({u"explain"_s, kSeed, u"--from"_s, u"api-consumers"_s, u"--to"_s, u"kong-b"_s,
                           u"--port"_s, u"443"_s});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("NAT translates 203.0.113.22:443 -> 192.168.23.45:8443"), r.out.constData());
    }

    void brokenTwinStops()
    {
        const Run r = run({u"explain"_s, kBroken, u"--from"_s, u"api-consumers"_s, u"--to"_s, u"kong-b"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("cannot-work"), r.out.constData());
        QVERIFY2(r.out.contains("stops here: NAT edge-dc2 stands in front of kong-b and has no mapping to "
                                "192.168.23.45 tcp 8443"),
                 r.out.constData());
        const Run j = run({u"explain"_s, kBroken, u"--from"_s, u"api-consumers"_s, u"--to"_s, u"kong-b"_s,
                           u"--format"_s, u"json"_s});
        QCOMPARE(j.code, 1);
        const QJsonObject path = QJsonDocument::fromJson(j.out).object()[u"flows"_s][0][u"path"_s].toObject();
        QCOMPARE(path[u"status"_s].toString(), u"cannot-work"_s);
        QCOMPARE(path[u"stops_at"_s].toString(), u"edge-dc2"_s);
        QCOMPARE(path[u"problem"_s].toString(), u"nat-no-mapping"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --to") << QStringList{u"explain"_s, kSeed, u"--from"_s, u"kong-a"_s};
        QTest::newRow("unknown id") << QStringList{u"explain"_s, kSeed,     u"--from"_s,
                                                   u"nope"_s,    u"--to"_s, u"kong-b"_s};
        QTest::newRow("bad port") << QStringList{u"explain"_s, kSeed,       u"--from"_s, u"kong-a"_s,
                                                 u"--to"_s,    u"kong-b"_s, u"--port"_s, u"70000"_s};
        QTest::newRow("bad protocol") << QStringList{u"explain"_s, kSeed,       u"--from"_s,     u"kong-a"_s,
                                                     u"--to"_s,    u"kong-b"_s, u"--protocol"_s, u"sctp"_s};
        QTest::newRow("no such flow") << QStringList{u"explain"_s, kSeed,       u"--from"_s, u"kong-a"_s,
                                                     u"--to"_s,    u"kong-b"_s, u"--port"_s, u"1234"_s};
        QTest::newRow("missing file")
            << QStringList{u"explain"_s, u"/nonexistent.yaml"_s, u"--from"_s, u"a"_s, u"--to"_s, u"b"_s};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
