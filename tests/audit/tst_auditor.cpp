// The prober against real sockets on loopback only: listeners on 127.0.0.x
// stand in for a deployment. Nothing here leaves the machine.
#include "audit/auditor.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QHostAddress kLoopback(u"127.0.0.1"_s);

// A port nothing listens on: bind, read the number, close.
int freePort(Protocol protocol)
{
    if (protocol == Protocol::Udp) {
        QUdpSocket s;
        s.bind(kLoopback, 0);
        return s.localPort();
    }
    QTcpServer s;
    s.listen(kLoopback, 0);
    return s.serverPort();
}

AuditTarget target(Protocol protocol, int port, bool expectedOpen, const QHostAddress &address = kLoopback)
{
    AuditTarget t;
    t.element = u"node"_s;
    t.address = address;
    t.protocol = protocol;
    t.port = port;
    t.expectedOpen = expectedOpen;
    return t;
}

QList<AuditFinding> runAudit(const QList<AuditTarget> &targets, Auditor::Options options = {})
{
    Auditor auditor;
    QSignalSpy finished(&auditor, &Auditor::finished);
    auditor.start(targets, options);
    if (auditor.isRunning())
        [&] { QVERIFY(finished.wait(30'000)); }();
    return auditor.findings();
}

// A TCP listener whose accept queue is full: Linux then drops further SYNs,
// so a connect gets no answer — "filtered" without any firewall rule.
class FullBacklog
{
public:
    FullBacklog()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_fd, 0);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        for (auto &filler : m_fillers) {
            filler.connectToHost(kLoopback, quint16(m_port));
            filler.waitForConnected(300);
        }
    }
    ~FullBacklog() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
    QTcpSocket m_fillers[3];
};

} // namespace

class TestAuditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tcpClassification_data();
    void tcpClassification();
    void udpClassification();
    void filteredTcp();
    void addressMapProbesOnlyTheMappedAddress();
    void cancelStopsAtOnce();
    void timeLimitEndsTheAudit();
    void concurrencyIsBounded();
};

void TestAuditor::tcpClassification_data()
{
    QTest::addColumn<bool>("listening");
    QTest::addColumn<bool>("expectedOpen");
    QTest::addColumn<ProbeState>("state");
    QTest::addColumn<DriftKind>("drift");
    QTest::newRow("planned and open") << true << true << ProbeState::Open << DriftKind::None;
    QTest::newRow("planned but closed")
        << false << true << ProbeState::Closed << DriftKind::ExpectedOpenButClosed;
    QTest::newRow("forbidden but open") << true << false << ProbeState::Open << DriftKind::UnexpectedlyOpen;
    QTest::newRow("forbidden and closed") << false << false << ProbeState::Closed << DriftKind::None;
}

void TestAuditor::tcpClassification()
{
    QFETCH(bool, listening);
    QFETCH(bool, expectedOpen);
    QFETCH(ProbeState, state);
    QFETCH(DriftKind, drift);
    QTcpServer server;
    int port = freePort(Protocol::Tcp);
    if (listening) {
        QVERIFY(server.listen(kLoopback, 0));
        port = server.serverPort();
    }
    const auto findings = runAudit({target(Protocol::Tcp, port, expectedOpen)});
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].result.state, state);
    QCOMPARE(findings[0].drift, drift);
}

void TestAuditor::udpClassification()
{
    QUdpSocket echo;
    QVERIFY(echo.bind(kLoopback, 0));
    connect(&echo, &QUdpSocket::readyRead, &echo, [&echo] {
        while (echo.hasPendingDatagrams()) {
            const auto d = echo.receiveDatagram();
            echo.writeDatagram(d.makeReply(d.data()));
        }
    });
    QUdpSocket silent;
    QVERIFY(silent.bind(kLoopback, 0));
    const int nobody = freePort(Protocol::Udp);

    Auditor::Options options;
    options.timeoutMs = 400;
    const auto findings =
        runAudit({target(Protocol::Udp, echo.localPort(), true), target(Protocol::Udp, nobody, false),
                  target(Protocol::Udp, silent.localPort(), false), target(Protocol::Udp, nobody, true)},
                 options);
    QCOMPARE(findings[0].result.state, ProbeState::Open);
    QCOMPARE(findings[0].drift, DriftKind::None);
    QCOMPARE(findings[1].result.state, ProbeState::Closed); // ICMP port unreachable on loopback
    QCOMPARE(findings[1].drift, DriftKind::None);
    // Silence is reported honestly: neither open nor closed.
    QCOMPARE(findings[2].result.state, ProbeState::NoAnswer);
    QCOMPARE(findings[2].drift, DriftKind::Undetermined);
    QCOMPARE(findings[3].drift, DriftKind::ExpectedOpenButClosed);
}

void TestAuditor::filteredTcp()
{
    FullBacklog blackhole;
    Auditor::Options options;
    options.timeoutMs = 500;
    const auto findings = runAudit({target(Protocol::Tcp, blackhole.port(), true)}, options);
    QCOMPARE(findings[0].result.state, ProbeState::Filtered);
    QCOMPARE(findings[0].drift, DriftKind::ExpectedOpenButFiltered);
}

void TestAuditor::addressMapProbesOnlyTheMappedAddress()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(u"127.0.0.2"_s), 0));
    Auditor::Options options;
    QVERIFY(!options.addressMap.add(u"192.0.2.0/24=127.0.0.0/24"_s));
    QVERIFY(options.addressMap.add(u"192.0.2.0/24=127.0.0.0/16"_s)); // sizes differ: refused
    QVERIFY(options.addressMap.add(u"nonsense"_s));
    const auto findings =
        runAudit({target(Protocol::Tcp, server.serverPort(), true, QHostAddress(u"192.0.2.2"_s))}, options);
    QCOMPARE(findings[0].probedAddress, QHostAddress(u"127.0.0.2"_s));
    QCOMPARE(findings[0].target.address, QHostAddress(u"192.0.2.2"_s));
    QCOMPARE(findings[0].result.state, ProbeState::Open);
}

void TestAuditor::cancelStopsAtOnce()
{
    FullBacklog blackhole;
    QList<AuditTarget> targets;
    for (int i = 0; i < 20; ++i)
        targets.append(target(Protocol::Tcp, blackhole.port(), true));
    Auditor auditor;
    QSignalSpy finished(&auditor, &Auditor::finished);
    Auditor::Options options;
    options.timeoutMs = 20'000;
    auditor.start(targets, options);
    QTRY_VERIFY(auditor.isRunning());
    auditor.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!auditor.isRunning());
    for (const AuditFinding &f : auditor.findings())
        QCOMPARE(f.result.state, ProbeState::Error); // recorded as not probed, never as closed
}

void TestAuditor::timeLimitEndsTheAudit()
{
    FullBacklog blackhole;
    Auditor::Options options;
    options.timeoutMs = 20'000;
    options.totalTimeLimitMs = 300;
    Auditor auditor;
    QSignalSpy finished(&auditor, &Auditor::finished);
    auditor.start({target(Protocol::Tcp, blackhole.port(), true)}, options);
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestAuditor::concurrencyIsBounded()
{
    // Count connections open at once on a server that holds them.
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    int open = 0, peak = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            peak = qMax(peak, ++open);
            connect(s, &QTcpSocket::disconnected, s, [&open, s] {
                --open;
                s->deleteLater();
            });
        }
    });
    QList<AuditTarget> targets;
    for (int i = 0; i < 12; ++i)
        targets.append(target(Protocol::Tcp, server.serverPort(), true));
    Auditor::Options options;
    options.concurrency = 3;
    options.maxProbesPerSecond = 1000;
    const auto findings = runAudit(targets, options);
    for (const AuditFinding &f : findings)
        QCOMPARE(f.drift, DriftKind::None);
    QVERIFY2(peak <= 3, qPrintable(u"peak %1 connections"_s.arg(peak)));
}

QTEST_GUILESS_MAIN(TestAuditor)
#include "tst_auditor.moc"
