// The advertise/listen settings review proposes per node: the seed 001
// example must come out exactly as the vendor document says.
#include "reviewtesthelpers.h"

#include "review/settingsproposal.h"

using namespace Qt::StringLiterals;
using namespace portolan;

class TestNatSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proposal_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("expected");
        const QString fixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/fixtures/");
        QTest::newRow("seed-001-example")
            << QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml")
            << u"kong-b"_s
            << u"# kong-b (Kong B (behind NAT)): kong-0.x/node, kong.conf\n"
               "cluster_listen = 192.168.23.45:80\n"
               "cluster_advertise = 192.168.10.5:9000\n"_s;
        QTest::newRow("seed-001-example-peer")
            << QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml")
            << u"kong-a"_s
            << u"# kong-a (Kong A): kong-0.x/node, kong.conf\n"
               "cluster_listen = 0.0.0.0:7946\n"
               "cluster_advertise = 192.168.1.10:7946\n"_s;
        // Wrong settings on the node: the proposal follows the NAT's mapping.
        QTest::newRow("advertise-wrong")
            << fixtures + u"nat.advertise-unreachable/raises.yaml"_s << u"kong-b"_s
            << u"# kong-b: kong-0.x/node, kong.conf\n"
               "cluster_listen = 192.168.23.45:80\n"
               "cluster_advertise = 192.168.10.5:9000\n"_s;
        QTest::newRow("mapping-to-other-port")
            << fixtures + u"nat.mapping-port-mismatch/raises.yaml"_s << u"kong-b"_s
            << u"# kong-b: kong-0.x/node, kong.conf\n"
               "cluster_listen = 192.168.23.45:8080\n"
               "cluster_advertise = 192.168.10.5:9000\n"_s;
        QTest::newRow("multi-homed") << fixtures + u"nat.autodetect-wrong-address/raises.yaml"_s
                                     << u"kong-a"_s
                                     << u"# kong-a: kong-0.x/node, kong.conf\n"
                                        "cluster_listen = 192.168.1.10:7946\n"
                                        "cluster_advertise = 192.168.1.10:7946\n"_s;
        QTest::newRow("livekit-behind-nat") << fixtures + u"nat.port-translated-ice/clean.yaml"_s << u"lk"_s
                                            << u"# lk: livekit-server/server, livekit.yaml\n"
                                               "rtc:\n"
                                               "  node_ip: 203.0.113.10\n"
                                               "  use_external_ip: false\n"_s;
    }

    void proposal()
    {
        QFETCH(QString, project);
        QFETCH(QString, node);
        QFETCH(QString, expected);
        Diagnostics errors;
        const auto loaded = ProjectLoader::load(project, &errors);
        QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
        const QList<ProposedSetting> settings = SettingsProposal::propose(loaded->project, loaded->catalogs);
        QCOMPARE(SettingsProposal::format(loaded->project, settings, node), expected);
    }

    // The seed 001 values as ProposedSetting records, with what the node has now.
    void seedValues()
    {
        Diagnostics errors;
        const auto loaded = ProjectLoader::load(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml"),
            &errors);
        QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
        const QList<ProposedSetting> settings = SettingsProposal::propose(loaded->project, loaded->catalogs);
        QList<ProposedSetting> kongB;
        for (const ProposedSetting &s : settings)
            if (s.node == u"kong-b"_s)
                kongB.append(s);
        QCOMPARE(kongB.size(), 2);
        QCOMPARE(kongB[0].key, u"cluster_listen"_s);
        QCOMPARE(kongB[0].value, u"192.168.23.45:80"_s);
        QCOMPARE(kongB[1].key, u"cluster_advertise"_s);
        QCOMPARE(kongB[1].value, u"192.168.10.5:9000"_s);
        QCOMPARE(kongB[1].file, u"kong.conf"_s);
    }

    // A group of hosts behind one-to-one NAT: one pasted node_ip cannot fit
    // every host, so STUN discovery is proposed instead.
    void groupUsesExternalIp()
    {
        Diagnostics errors;
        const auto loaded = ProjectLoader::load(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/livekit-sip-aws.yaml"), &errors);
        QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
        const QList<ProposedSetting> settings = SettingsProposal::propose(loaded->project, loaded->catalogs);
        const QString text = SettingsProposal::format(loaded->project, settings, u"livekit"_s);
        QVERIFY2(text.contains(u"  use_external_ip: true\n"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"node_ip"_s), qPrintable(text));
    }

    void yamlNesting()
    {
        const QList<ProposedSetting> settings{
            {u"n"_s, u"c/x"_s, u"x.yaml"_s, u"rtc.node_ip"_s, u"192.0.2.1"_s, {}},
            {u"n"_s, u"c/x"_s, u"x.yaml"_s, u"port"_s, u"7880"_s, {}},
            {u"n"_s, u"c/x"_s, u"x.yaml"_s, u"rtc.tcp_port"_s, u"7881"_s, {}},
        };
        QCOMPARE(SettingsProposal::fileLines(u"x.yaml"_s, settings),
                 u"rtc:\n  node_ip: 192.0.2.1\n  tcp_port: 7881\nport: 7880\n"_s);
        QCOMPARE(SettingsProposal::fileLines(u"kong.conf"_s, settings.mid(1, 1)), u"port = 7880\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestNatSettings)
#include "tst_natsettings.moc"
