// The lab for real, as root: every bundled example rehearsed in network
// namespaces with its exported iptables and nftables host rules, the seed
// 001 NAT path proven through the NAT stand-in for tcp and udp, and
// negative controls the lab must catch with the right hop named. Without
// root (or namespaces, or the tools) every test says "skipped: needs root
// (...)" with the reason.
#include "lab/labsession.h"
#include "project/projectreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kExamples = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples");

LoadedProject load(const QString &file)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(kExamples + u'/' + file, &errors);
    if (!loaded)
        qFatal("%s", qPrintable(formatDiagnostics(errors)));
    return std::move(*loaded);
}

// Flows the lab shows cannot work as the example draws them: the internet
// cannot reach a private address without a NAT mapping or a balancer, and
// a private host cannot reach the internet without source NAT (the Paths
// rules of docs/derivation.md; issue 17 makes them findings).
LabFirewall firewallOf(const QString &name)
{
    return name == u"iptables"_s ? LabFirewall::Iptables : LabFirewall::Nftables;
}

} // namespace

class TestLabRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rehearse_data();
    void rehearse();
    void seed001NatPath_data();
    void seed001NatPath();
    void droppedHostRule_data() { seed001NatPath_data(); }
    void droppedHostRule();
    void removedNatMapping_data() { seed001NatPath_data(); }
    void removedNatMapping();

private:
    LabSession::Options options(const QString &firewall, const QString &only = {}) const;
    QString m_skip;
};

void TestLabRun::initTestCase()
{
    if (const auto why = LabRunner::unavailable(LabFirewall::Iptables))
        m_skip = u"skipped: needs root (%1)"_s.arg(*why);
    else if (const auto nft = LabRunner::unavailable(LabFirewall::Nftables))
        m_skip = u"skipped: needs root (%1)"_s.arg(*nft);
}

LabSession::Options TestLabRun::options(const QString &firewall, const QString &only) const
{
    LabSession::Options o;
    o.firewall = firewallOf(firewall);
    o.only = only;
    return o;
}

void TestLabRun::rehearse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("firewall");
    for (const QString &f : QDir(kExamples).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        for (const QString &fw : {u"iptables"_s, u"nftables"_s})
            QTest::newRow(qPrintable(f + u' ' + fw)) << f << fw;
}

// Every flow as planned and every must-not closed: each bundled example
// works end to end (the Kong 0.x example's internet consumers through its
// edge NATs). A flow that stops, and where, is removedNatMapping's case.
void TestLabRun::rehearse()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, file);
    QFETCH(QString, firewall);
    const LoadedProject loaded = load(file);
    LabSession session(loaded.project, loaded.catalogs, options(firewall));
    const LabRunResult &run = session.run();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY(!run.interrupted);
    const QString report = LabReport::text(session.reportInput(file));
    int mustNots = 0;
    for (const LabProbe &p : session.plan().probes) {
        const bool ok = LabRunner::isAsExpected(p, run.results.value(p.id));
        if (p.kind == LabProbe::Kind::MustNot) {
            ++mustNots;
            QVERIFY2(ok, qPrintable(report));
            continue;
        }
        const LabFlow &flow = session.plan().flows[p.flow];
        QVERIFY2(ok, qPrintable(flow.title + u": "_s + run.results.value(p.id) + u"\n"_s + report));
    }
    QVERIFY(mustNots > 0);
    qInfo("%s %s: %lld namespaces, %lld probes (%d must-nots), %.1f s", qPrintable(file),
          qPrintable(firewall), qlonglong(run.namespaces), qlonglong(session.plan().probes.size()), mustNots,
          run.elapsedMs / 1000.0);
}

void TestLabRun::seed001NatPath_data()
{
    QTest::addColumn<QString>("firewall");
    QTest::newRow("iptables") << u"iptables"_s;
    QTest::newRow("nftables") << u"nftables"_s;
}

// 192.168.10.5:9000 -> 192.168.23.45:80 through the NAT stand-in, tcp and udp.
void TestLabRun::seed001NatPath()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, firewall);
    const LoadedProject loaded = load(u"kong-0x-two-datacenters-nat.yaml"_s);
    LabSession session(loaded.project, loaded.catalogs, options(firewall, u"kong-a -> kong-b"_s));
    const LabRunResult &run = session.run();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QSet<QString> proven;
    for (const LabProbe &p : session.plan().probes) {
        if (p.port != 9000)
            continue;
        QCOMPARE(p.target, QHostAddress(u"192.168.10.5"_s));
        QCOMPARE(run.results.value(p.id), u"open:80"_s); // answered by the listener on 80
        proven.insert(protocolName(p.protocol));
    }
    QCOMPARE(proven, (QSet<QString>{u"tcp"_s, u"udp"_s}));
}

// Kong B's exported rules without the cluster accept: the lab must fail the
// flow and name Kong B's host rules as where the packet died.
void TestLabRun::droppedHostRule()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, firewall);
    const LoadedProject loaded = load(u"kong-0x-two-datacenters-nat.yaml"_s);
    LabSession::Options o = options(firewall, u"kong-a -> kong-b tcp 80"_s);
    int removed = 0;
    o.tamper = [&](QList<LabLoad> &loads) {
        for (LabLoad &l : loads) {
            if (l.standIn || l.element != u"kong-b"_s)
                continue;
            QList<QByteArray> kept;
            for (const QByteArray &line : l.content.split('\n')) {
                const bool cluster =
                    line.contains("dport 80 ") || line.contains("dports 80 ") || line.contains("--dport 80 ");
                if (cluster && !line.startsWith('#')) {
                    ++removed;
                    continue;
                }
                kept << line;
            }
            l.content = kept.join('\n');
        }
    };
    LabSession session(loaded.project, loaded.catalogs, o);
    QVERIFY2(removed > 0, "the control found no accept rule for port 80 to remove");
    const LabRunResult &run = session.run();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(session.plan().probes.size(), 1);
    const LabProbe &p = session.plan().probes.first();
    QCOMPARE(run.results.value(p.id), u"dropped"_s);
    QVERIFY(run.hops.contains(p.id));
    QCOMPARE(session.topology().find(run.hops[p.id].namespaceId)->label, u"kong-b"_s);
    QVERIFY2(run.hops[p.id].reason.contains(u"host rules"_s), qPrintable(run.hops[p.id].reason));
    QVERIFY(!LabReport::count(session.plan(), run).allAsPlanned());
}

// The NAT stand-in without its tcp 9000 mapping: the tcp flow fails at the
// NAT router; udp, still mapped, passes.
void TestLabRun::removedNatMapping()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, firewall);
    const LoadedProject loaded = load(u"kong-0x-two-datacenters-nat.yaml"_s);
    LabSession::Options o = options(firewall, u"kong-a -> kong-b"_s);
    int removed = 0;
    o.tamper = [&](QList<LabLoad> &loads) {
        for (LabLoad &l : loads) {
            if (l.element != u"nat-dc2"_s)
                continue;
            QVERIFY2(!l.standIn, "the NAT layer's own gateway file is loaded, not a stand-in");
            QList<QByteArray> kept;
            for (const QByteArray &line : l.content.split('\n')) {
                // nft: "tcp dport 9000 dnat ...", iptables: "-p tcp -m tcp --dport 9000 -j DNAT ...".
                const bool tcp9000 =
                    line.contains("tcp dport 9000") || (line.contains("-p tcp") && line.contains("--dport 9000"));
                if (tcp9000 && (line.contains("dnat") || line.contains("DNAT"))) {
                    ++removed;
                    continue;
                }
                kept << line;
            }
            l.content = kept.join('\n');
        }
    };
    LabSession session(loaded.project, loaded.catalogs, o);
    QCOMPARE(removed, 1);
    const LabRunResult &run = session.run();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    int checked = 0;
    for (const LabProbe &p : session.plan().probes) {
        if (p.port != 9000)
            continue;
        ++checked;
        if (p.protocol == Protocol::Udp) {
            QCOMPARE(run.results.value(p.id), u"open:80"_s);
            continue;
        }
        QVERIFY(!LabRunner::isAsExpected(p, run.results.value(p.id)));
        QVERIFY(run.hops.contains(p.id));
        QCOMPARE(session.topology().find(run.hops[p.id].namespaceId)->label, u"nat-dc2"_s);
    }
    QCOMPARE(checked, 2);
}

QTEST_GUILESS_MAIN(TestLabRun)
#include "tst_labrun.moc"
