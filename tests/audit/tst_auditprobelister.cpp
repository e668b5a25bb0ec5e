// The audit end to end on the bundled Kong 0.x example: the plan's addresses
// are mapped onto 127.0.x.y with --map, listeners on loopback stand in for
// the deployment, and every drift class is detected. No traffic leaves the
// machine.
#include "audit/auditor.h"
#include "audit/auditprobelister.h"
#include "derive/deriver.h"
#include "project/projectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kExample =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
// Every planned address lands on loopback: the tests never send a packet off the machine.
const QStringList kMaps{u"192.168.1.0/24=127.0.1.0/24"_s, u"192.168.23.0/24=127.0.23.0/24"_s,
                        u"192.168.10.0/24=127.0.10.0/24"_s, u"203.0.113.0/24=127.0.113.0/24"_s};

bool contains(const QList<AuditTarget> &targets, const QString &address, int port, bool expectedOpen,
              Protocol protocol = Protocol::Tcp)
{
    return std::any_of(targets.cbegin(), targets.cend(), [&](const AuditTarget &t) {
        return t.address == QHostAddress(address) && t.port == port && t.expectedOpen == expectedOpen &&
               t.protocol == protocol;
    });
}

} // namespace

class TestAuditProbeLister : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plansFromTheInternet();
    void plansFromTheAdminNetwork();
    void detectsEveryDriftClass();
    void cliExitsNonZeroOnDrift();

private:
    LoadedProject m_loaded;
    Derivation m_derivation;
};

void TestAuditProbeLister::initTestCase()
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(kExample, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    m_loaded = std::move(*loaded);
    m_derivation = Deriver::derive(m_loaded.project, m_loaded.catalogs);
}

void TestAuditProbeLister::plansFromTheInternet()
{
    const auto probeList =
        AuditProbeLister::list(m_loaded.project, m_loaded.catalogs, m_derivation, u"internet"_s);
    // API consumers use proxy-ssl on both nodes through each datacenter's
    // internet edge NAT: the prober connects where they do, the public 443.
    QVERIFY(contains(probeList.targets, u"203.0.113.21"_s, 443, true));
    QVERIFY(contains(probeList.targets, u"203.0.113.22"_s, 443, true));
    // The nodes' private addresses are not planned to answer the internet directly.
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 8443, false));
    // The Admin API, the cluster port (both protocols), the local RPC port and
    // SSH must not answer from the internet.
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 8001, false));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 7946, false, Protocol::Tcp));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 7946, false, Protocol::Udp));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 7373, false));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 22, false));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 8000, false));
    // Only planned addresses are ever listed.
    QStringList planned;
    for (const Node &n : m_loaded.project.nodes)
        for (const QHostAddress &a : n.addresses)
            planned.append(a.toString());
    for (const NatLayer &nat : m_loaded.project.natLayers)
        for (const QHostAddress &a : nat.outsideAddresses)
            planned.append(a.toString());
    for (const AuditTarget &t : probeList.targets)
        QVERIFY2(planned.contains(t.address.toString()), qPrintable(t.address.toString()));
}

void TestAuditProbeLister::plansFromTheAdminNetwork()
{
    const auto probeList =
        AuditProbeLister::list(m_loaded.project, m_loaded.catalogs, m_derivation, u"admin-net"_s);
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 8001, true));
    QVERIFY(contains(probeList.targets, u"192.168.1.10"_s, 7373, false));
}

void TestAuditProbeLister::detectsEveryDriftClass()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("skipped: no TLS backend in this Qt, the TLS probe cannot be shown");
    QTemporaryDir dir;
    const QString key = dir.filePath(u"key.pem"_s), cert = dir.filePath(u"cert.pem"_s);
    const int rc = QProcess::execute(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s,
                                                    u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert,
                                                    u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=kong-a.test"_s});
    if (rc != 0)
        QSKIP("skipped: the openssl command is not available to make a test certificate");
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));

    // Audited from the operators' network, which is planned to reach the Admin
    // API on both nodes and nothing else.
    // kong-a (127.0.1.10): Admin API up as planned; proxy-ssl (TLS) open although
    // the operators' network is not planned to reach it.
    QTcpServer admin;
    QVERIFY(admin.listen(QHostAddress(u"127.0.1.10"_s), 8001));
    QSslServer proxySsl;
    proxySsl.setSslConfiguration(tls);
    QVERIFY(proxySsl.listen(QHostAddress(u"127.0.1.10"_s), 8443));
    // kong-b (127.0.23.45): Admin API down (expected open but closed); nothing else listens.

    const auto probeList =
        AuditProbeLister::list(m_loaded.project, m_loaded.catalogs, m_derivation, u"admin-net"_s);
    Auditor::Options options;
    options.timeoutMs = 800;
    options.concurrency = 16;
    options.maxProbesPerSecond = 500;
    for (const QString &m : kMaps)
        QVERIFY(!options.addressMap.add(m));
    Auditor auditor;
    QSignalSpy finished(&auditor, &Auditor::finished);
    auditor.start(probeList.targets, options);
    QVERIFY(finished.wait(60'000));

    auto find = [&](const QString &address, int port) -> const AuditFinding * {
        for (const AuditFinding &f : auditor.findings())
            if (f.target.address == QHostAddress(address) && f.target.port == port &&
                f.target.protocol == Protocol::Tcp)
                return &f;
        return nullptr;
    };
    const AuditFinding *good = find(u"192.168.1.10"_s, 8001);
    QVERIFY(good);
    QCOMPARE(good->drift, DriftKind::None);
    const AuditFinding *leak = find(u"192.168.1.10"_s, 8443);
    QVERIFY(leak);
    QCOMPARE(leak->drift, DriftKind::UnexpectedlyOpen);
    QVERIFY(leak->result.tlsHandshake);
    QCOMPARE(leak->result.certificateSubject, u"kong-a.test"_s);
    QVERIFY(!leak->result.certificateExpiry.isEmpty());
    const AuditFinding *down = find(u"192.168.23.45"_s, 8001);
    QVERIFY(down);
    QCOMPARE(down->drift, DriftKind::ExpectedOpenButClosed);
    const AuditFinding *rpc = find(u"192.168.1.10"_s, 7373);
    QVERIFY(rpc);
    QCOMPARE(rpc->drift, DriftKind::None); // closed, as planned
}

void TestAuditProbeLister::cliExitsNonZeroOnDrift()
{
    // Nothing listens: every planned-open port is closed, so the CLI reports drift.
    const QString cli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
    if (!QFileInfo::exists(cli))
        QSKIP("skipped: portolan-cli is not built in this tree");
    QStringList args{u"audit"_s,     kExample, u"--from"_s, u"internet"_s, u"--format"_s,      u"json"_s,
                     u"--timeout"_s, u"300"_s, u"--rate"_s, u"500"_s,      u"--concurrency"_s, u"16"_s};
    for (const QString &m : kMaps)
        args << u"--map"_s << m;
    QProcess p;
    p.start(cli, args);
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(report.value(u"summary"_s).toObject().value(u"expected_open_but_closed"_s).toInt() > 0);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"unexpectedly_open"_s).toInt(), 0);
    for (const QJsonValue &r : report.value(u"results"_s).toArray())
        QVERIFY(r.toObject().value(u"probed_address"_s).toString().startsWith(u"127."_s));

    // An unknown zone is bad input.
    p.start(cli, {u"audit"_s, kExample, u"--from"_s, u"internt"_s});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("did you mean 'internet'"));
}

QTEST_GUILESS_MAIN(TestAuditProbeLister)
#include "tst_auditprobelister.moc"
