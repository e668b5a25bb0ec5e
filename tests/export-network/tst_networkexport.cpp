// The network family (gateway firewalls and NAT layers, load balancers):
// every target on every case is compared with its golden files
// (PORTOLAN_UPDATE_GOLDEN=1 rewrites them) and checked by the target's own
// validator; each validator is fed a broken file to prove it can fail;
// hostile names stay inert.
#include "../export-host/exportchecks.h"
#include "networkcases.h"
#include "networkvalidator.h"

#include "export/bundle/bundlebuilder.h"
#include "export/exporterregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

const QStringList networkTargets{u"gateway-nftables"_s, u"gateway-iptables"_s, u"gateway-ip6tables"_s,
                                 u"gateway-pf"_s, u"haproxy"_s};

QString goldenRoot()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-network/golden");
}

ExportResult generate(const QString &caseName, const QString &target)
{
    return exportCase(NetworkCases::make(caseName), target);
}

const ExportFile *fileNamed(const ExportResult &result, const QString &path)
{
    for (const ExportFile &f : result.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

// The lines of a file that start with `prefix` (after leading tabs/spaces).
QStringList linesStarting(const QByteArray &content, const QString &prefix)
{
    QStringList out;
    for (const QByteArray &raw : content.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(prefix))
            out.append(line);
    }
    return out;
}

} // namespace

class TestNetworkExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QFile::remove(HostCases::hostileMarker()); }

    void registry()
    {
        QStringList network;
        for (const Exporter *e : ExporterRegistry::all())
            if (e->family() == u"network"_s)
                network.append(e->id());
        QCOMPARE(network, networkTargets);
        for (const QString &t : networkTargets)
            QVERIFY2(!ExporterRegistry::find(t)->applyNotes().isEmpty(), qPrintable(t));
        // Families in their contract order: host, cloud, network, document.
        QStringList families;
        for (const Exporter *e : ExporterRegistry::all())
            if (families.isEmpty() || families.last() != e->family())
                families.append(e->family());
        QCOMPARE(families.indexOf(u"network"_s), families.indexOf(u"document"_s) - 1);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("target");
        for (const QString &c : NetworkCases::names())
            for (const QString &t : networkTargets)
                QTest::newRow(qPrintable(c + u'/' + t)) << c << t;
    }

    void golden()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, target);
        compareWithGolden(goldenRoot() + u'/' + caseName, target, generate(caseName, target),
                          generate(caseName, target));
    }

    // Only the cases that have files: golden() proves which have none (an
    // IPv4-only plan has no ip6tables file), and a validator needs a file.
    void validate_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("target");
        for (const QString &c : NetworkCases::names())
            for (const QString &t : networkTargets)
                if (!generate(c, t).files.isEmpty())
                    QTest::newRow(qPrintable(c + u'/' + t)) << c << t;
    }

    void validate()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, target);
        const ExportResult result = generate(caseName, target);
        QVERIFY(!result.files.isEmpty());
        expectAccepted(NetworkValidator::check, target, result.files);
    }

    // Negative controls: a validator that cannot fail proves nothing.
    void validatorCatchesBrokenFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("nft dnat to a /33")
            << u"gateway-nftables"_s << u"gateway-nftables/n.nft"_s
            << QByteArray("table inet t {\n\tchain p {\n\t\ttype nat hook prerouting priority dstnat; policy "
                          "accept;\n"
                          "\t\tip daddr 10.0.0.1 tcp dport 80 dnat ip to 10.0.0.0/33\n\t}\n}\n");
        QTest::newRow("nft unknown ct timeout")
            << u"gateway-nftables"_s << u"gateway-nftables/n.nft"_s
            << QByteArray("table inet t {\n\tchain p {\n\t\ttype filter hook prerouting priority filter;\n"
                          "\t\tct timeout set \"nope\"\n\t}\n}\n");
        QTest::newRow("iptables DNAT port range with -")
            << u"gateway-iptables"_s << u"gateway-iptables/n.rules.v4"_s
            << QByteArray("*nat\n-A PREROUTING -p tcp --dport 9000-9001 -j DNAT --to-destination "
                          "10.0.0.1:80\nCOMMIT\n");
        QTest::newRow("ip6tables v4 snat")
            << u"gateway-ip6tables"_s << u"gateway-ip6tables/n.rules.v6"_s
            << QByteArray("*nat\n-A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 192.0.2.1\nCOMMIT\n");
        QTest::newRow("haproxy bad port")
            << u"haproxy"_s << u"haproxy/lb.cfg"_s
            << QByteArray("defaults\n    mode tcp\n    timeout client 1s\n    timeout "
                          "server 1s\n    timeout connect 1s\nfrontend f\n    bind "
                          ":70000\n    default_backend b\nbackend b\n    server s "
                          "10.0.0.1:80\n");
        QTest::newRow("haproxy udp bind")
            << u"haproxy"_s << u"haproxy/lb.cfg"_s
            << QByteArray("defaults\n    mode tcp\n    timeout client 1s\n    timeout "
                          "server 1s\n    timeout connect 1s\nfrontend f\n    bind "
                          "udp@:3478\n    default_backend b\nbackend b\n    server s "
                          "10.0.0.1:3478\n");
        QTest::newRow("pf unknown line")
            << u"gateway-pf"_s << u"gateway-pf/n.pf.conf"_s
            << QByteArray("pass in quick inet proto tcp from any to any port 80 keep state\n"
                          "rdr pass on em0 proto tcp to 10.0.0.1 port 80 -> 10.0.0.2\n");
        QTest::newRow("pf undefined table")
            << u"gateway-pf"_s << u"gateway-pf/n.pf.conf"_s
            << QByteArray("pass in quick inet proto tcp from <nope> to any port 80 keep state\n");
        QTest::newRow("pf negated list")
            << u"gateway-pf"_s << u"gateway-pf/n.pf.conf"_s
            << QByteArray("match out inet from 10.0.0.0/8 to ! 10.0.0.0/8 nat-to 192.0.2.1\n");
        QTest::newRow("pf port 70000")
            << u"gateway-pf"_s << u"gateway-pf/n.pf.conf"_s
            << QByteArray("match in inet proto tcp to 192.0.2.1 port 70000 rdr-to 10.0.0.1\n");
    }

    void validatorCatchesBrokenFile()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        expectRefused(NetworkValidator::check, target, path, content);
    }

    void hostileTextStaysInert_data()
    {
        QTest::addColumn<QString>("target");
        for (const QString &t : networkTargets)
            QTest::newRow(qPrintable(t)) << t;
    }

    void hostileTextStaysInert()
    {
        QFETCH(QString, target);
        expectInert(generate(u"hostile"_s, target), {"\n\t",
                                                     {"$(", "`", "${var}", "%{if}", "<!-- -->", "\\", "\"x'"},
                                                     {"} table ip evil", "table ip evil", "COMMIT\r", "end",
                                                      "frontend evil", "bind :1", "backend x"},
                                                     true});
    }

    // Done when (issue 18): the Cumulocity gateway admits exactly tcp 80,
    // 443, 1883 and 8883 from anywhere to the load balancer, plus the
    // stated egress; the HAProxy file has the four listeners.
    void cumulocityGatewayAdmitsTheFourPorts()
    {
        const ExportResult nft = generate(u"example-cumulocity-on-premises"_s, u"gateway-nftables"_s);
        const ExportFile *fw = fileNamed(nft, u"gateway-nftables/ext-fw.nft"_s);
        QVERIFY(fw);
        QStringList accepts;
        bool inForward = false;
        for (const QByteArray &raw : fw->content.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line == u"chain forward {"_s)
                inForward = true;
            else if (line == u"}"_s)
                inForward = false;
            else if (inForward && !line.startsWith(u"type "_s) && !line.startsWith(u"ct state"_s))
                accepts.append(line);
        }
        QStringList toLb;
        QStringList other;
        for (const QString &line : accepts) {
            QVERIFY2(line.contains(u" accept"_s), qPrintable(line));
            (line.contains(u"daddr 203.0.113.50/32 "_s) ? toLb : other).append(line);
        }
        QCOMPARE(toLb.size(), 1);
        QVERIFY2(!toLb.first().contains(u"saddr"_s), qPrintable(toLb.first())); // from anywhere
        QVERIFY2(
            toLb.first().startsWith(u"ip daddr 203.0.113.50/32 tcp dport { 80, 443, 1883, 8883 } accept"_s),
            qPrintable(toLb.first()));
        // Everything else leaves the inside zones (egress) or stays inside them.
        for (const QString &line : other)
            QVERIFY2(line.startsWith(u"ip saddr 10.30."_s) || line.startsWith(u"ip saddr { 10.30."_s) ||
                         line.startsWith(u"ip saddr 203.0.113.50/32"_s),
                     qPrintable(line));
        QVERIFY2(!other.isEmpty(), "the stated egress is missing");
        QVERIFY(fw->content.contains("policy = { established: 14400 }"));
        QVERIFY(fw->content.contains("type filter hook forward priority filter; policy drop;"));

        const ExportResult haproxy = generate(u"example-cumulocity-on-premises"_s, u"haproxy"_s);
        const ExportFile *cfg = fileNamed(haproxy, u"haproxy/ext-lb.cfg"_s);
        QVERIFY(cfg);
        QCOMPARE(linesStarting(cfg->content, u"frontend "_s),
                 (QStringList{u"frontend ext-lb-tcp-80"_s, u"frontend ext-lb-tcp-443"_s,
                              u"frontend ext-lb-tcp-1883"_s, u"frontend ext-lb-tcp-8883"_s}));
        QCOMPARE(linesStarting(cfg->content, u"bind "_s),
                 (QStringList{u"bind 203.0.113.50:80"_s, u"bind 203.0.113.50:443"_s,
                              u"bind 203.0.113.50:1883"_s, u"bind 203.0.113.50:8883"_s}));
        QCOMPARE(linesStarting(cfg->content, u"server "_s).size(), 4 * 3); // three core hosts each
        QVERIFY(cfg->content.contains("timeout client 14400s\n"));
        QVERIFY(cfg->content.contains("timeout server 14400s\n"));
    }

    // Done when (issue 18): seed 001's NAT forwards 192.168.10.5:9000 to
    // 192.168.23.45:80 for tcp and udp, in every gateway target.
    void kongNatForwardsPort9000()
    {
        const QString example = u"example-kong-0x-two-datacenters-nat"_s;
        const ExportFile *nft = nullptr;
        const ExportResult n = generate(example, u"gateway-nftables"_s);
        QVERIFY((nft = fileNamed(n, u"gateway-nftables/nat-dc2.nft"_s)));
        QCOMPARE(
            linesStarting(nft->content, u"ip daddr"_s),
            (QStringList{u"ip daddr 192.168.10.5 tcp dport 9000 dnat ip to 192.168.23.45:80 comment \"static "
                         u"mapping 9000 to 80\""_s,
                         u"ip daddr 192.168.10.5 udp dport 9000 dnat ip to 192.168.23.45:80 comment \"static "
                         u"mapping 9000 to 80\""_s}));
        const ExportResult i = generate(example, u"gateway-iptables"_s);
        const ExportFile *ipt = fileNamed(i, u"gateway-iptables/nat-dc2.rules.v4"_s);
        QVERIFY(ipt);
        for (const char *p : {"tcp", "udp"})
            QVERIFY2(ipt->content.contains(QByteArray(
                         QByteArray("-A PREROUTING -d 192.168.10.5/32 -p ") + p + " -m " + p +
                         " --dport 9000 -m comment --comment \"static mapping 9000 to 80\" -j DNAT "
                         "--to-destination 192.168.23.45:80\n")),
                     p);
        QVERIFY(fileNamed(generate(example, u"gateway-ip6tables"_s),
                          u"gateway-ip6tables/nat-dc2.rules.v6"_s) == nullptr);
        const ExportResult pf = generate(example, u"gateway-pf"_s);
        const ExportFile *pfFile = fileNamed(pf, u"gateway-pf/nat-dc2.pf.conf"_s);
        QVERIFY(pfFile);
        QCOMPARE(linesStarting(pfFile->content, u"match"_s),
                 (QStringList{
                     u"match in inet proto tcp to 192.168.10.5 port 9000 rdr-to 192.168.23.45 port 80"_s,
                     u"match in inet proto udp to 192.168.10.5 port 9000 rdr-to 192.168.23.45 port 80"_s}));
    }

    // Corners: ranges moved port by port, kept, or folded onto one port.
    void remappedRangesArePortByPort()
    {
        const ExportResult n = generate(u"corners"_s, u"gateway-nftables"_s);
        const ExportFile *nat = fileNamed(n, u"gateway-nftables/nat.nft"_s);
        QVERIFY(nat);
        for (int i = 0; i < 4; ++i)
            QVERIFY(nat->content.contains(
                u"udp dport %1 dnat ip to 10.1.0.6:%2 "_s.arg(40000 + i).arg(50000 + i).toUtf8()));
        QVERIFY(nat->content.contains("udp dport 60000-60010 dnat ip to 10.1.0.8 comment"));
        QVERIFY(nat->content.contains("tcp dport 2200-2210 dnat ip to 10.1.0.7:22 comment"));
        QVERIFY(nat->content.contains("ip6 daddr 2001:db8:5::1 tcp dport 443 dnat ip6 to fd00:1::5 comment"));
        QVERIFY(!nat->content.contains("10.1.0.9"));   // 2,000 ports one by one: refused
        QVERIFY(!nat->content.contains("fd00:1::25")); // family change: refused
        QStringList messages;
        for (const ExportProblem &p : n.problems)
            messages.append(p.message);
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"more than 1024"_s), qPrintable(all));
        QVERIFY2(all.contains(u"changes the IP family"_s), qPrintable(all));
        const ExportResult pf = generate(u"corners"_s, u"gateway-pf"_s);
        const ExportFile *pfNat = fileNamed(pf, u"gateway-pf/nat.pf.conf"_s);
        QVERIFY(pfNat);
        QVERIFY(pfNat->content.contains("port 40000:40003 rdr-to 10.1.0.6 port 50000:*\n"));
        const ExportResult haproxy = generate(u"corners"_s, u"haproxy"_s);
        QVERIFY(std::any_of(haproxy.problems.cbegin(), haproxy.problems.cend(), [](const ExportProblem &p) {
            return p.message.contains(u"not supported by HAProxy"_s);
        }));
    }

    // The bundle (--target all) holds the network files, and its README
    // says which device gets which file and in what order.
    void bundleReadmeNamesDevicesAndOrder_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString &c : NetworkCases::names())
            QTest::newRow(qPrintable(c)) << c;
    }

    void bundleReadmeNamesDevicesAndOrder()
    {
        QFETCH(QString, caseName);
        const HostCase c = NetworkCases::make(caseName);
        const ExportResult bundle =
            BundleBuilder::build(ExportInput{c.project, c.catalogs, c.derivation}, ExporterRegistry::all());
        const ExportFile *readme = fileNamed(bundle, u"README.md"_s);
        QVERIFY(readme);
        const QString text = QString::fromUtf8(readme->content);
        const qsizetype section = text.indexOf(u"## Network devices: which device gets which file"_s);
        QVERIFY(section > 0);
        // The order: host files, firewalls, NAT layers, load balancers.
        const qsizetype hosts = text.indexOf(u"1. Host firewalls of the nodes"_s, section);
        const qsizetype firewalls = text.indexOf(u"2. Boundary firewalls"_s, section);
        const qsizetype nats = text.indexOf(u"3. NAT layers"_s, section);
        const qsizetype balancers = text.indexOf(u"4. Load balancers"_s, section);
        QVERIFY(hosts > section && firewalls > hosts && nats > firewalls && balancers > nats);
        // Every network file of the bundle is named in the section, once per device line.
        const QString devices = text.mid(section, text.indexOf(u"\n## "_s, section + 1) - section);
        int networkFiles = 0;
        for (const ExportFile &f : bundle.files) {
            const Exporter *e = ExporterRegistry::find(f.path.section(u'/', 0, 0));
            if (!e || e->family() != u"network"_s)
                continue;
            ++networkFiles;
            QVERIFY2(devices.contains(u'`' + f.path + u'`'), qPrintable(f.path));
        }
        if (caseName == u"example-cumulocity-on-premises"_s) {
            QCOMPARE(networkFiles, 8);
            QVERIFY2(
                devices.contains(u"- External firewall (ext-fw): `gateway-nftables/ext-fw.nft`, "
                                 u"`gateway-iptables/ext-fw.rules.v4`, `gateway-ip6tables/ext-fw.rules.v6`, "
                                 u"`gateway-pf/ext-fw.pf.conf`"_s),
                qPrintable(devices));
            QVERIFY2(devices.contains(u"- External load balancer (ext-lb): `haproxy/ext-lb.cfg`"_s),
                     qPrintable(devices));
        }
        for (const QString &id : networkTargets)
            QVERIFY2(text.contains(u"(`"_s + id + u"/`)"_s), qPrintable(id));
    }

    void cleanupTestCase()
    {
        QVERIFY2(!QFile::exists(HostCases::hostileMarker()), "hostile text was executed by a validator run");
    }
};

QTEST_GUILESS_MAIN(TestNetworkExport)
#include "tst_networkexport.moc"
