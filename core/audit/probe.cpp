#include "probe.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

// TCP connect; with `tls` a handshake follows that records the server
// certificate without trusting it (the audit reports, it does not judge CAs).
class TcpProbe final : public Probe
{
public:
    explicit TcpProbe(bool tls) : m_tls(tls) {}

protected:
    void begin(const QHostAddress &address, int port) override
    {
        if (m_tls && QSslSocket::supportsSsl()) {
            auto *ssl = new QSslSocket(this);
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket = ssl;
            connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
                ProbeResult r{ProbeState::Open, 0, {}, true, {}, {}};
                const QSslCertificate cert = ssl->peerCertificate();
                r.certificateSubject = cert.subjectDisplayName();
                r.certificateExpiry = cert.expiryDate().toUTC().toString(Qt::ISODate);
                report(r);
            });
            connect(ssl, &QSslSocket::sslErrors, ssl,
                    [ssl](const QList<QSslError> &) { ssl->ignoreSslErrors(); });
        } else {
            m_socket = new QTcpSocket(this);
        }
        connect(m_socket, &QAbstractSocket::connected, this, [this] {
            if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
                m_connected = true;
                ssl->startClientEncryption();
                return;
            }
            report({ProbeState::Open,
                    0,
                    m_tls ? Tr::tr("TLS not available on this machine; TCP connect only") : QString(),
                    false,
                    {},
                    {}});
        });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (m_connected) // connected but no TLS: the port is open and speaks something else
                report({ProbeState::Open,
                        0,
                        Tr::tr("no TLS handshake: %1").arg(m_socket->errorString()),
                        false,
                        {},
                        {}});
            else if (error == QAbstractSocket::ConnectionRefusedError)
                report({ProbeState::Closed, 0, m_socket->errorString(), false, {}, {}});
            else
                report({ProbeState::Error, 0, m_socket->errorString(), false, {}, {}});
        });
        m_socket->connectToHost(address, quint16(port));
    }
    ProbeState onTimeout() const override { return m_connected ? ProbeState::Open : ProbeState::Filtered; }

private:
    bool m_tls;
    bool m_connected = false;
    QAbstractSocket *m_socket = nullptr;
};

// UDP: a connected socket receives ICMP port-unreachable as ECONNREFUSED on
// the next read. QUdpSocket (Qt 6.4) reads that error away without
// reporting it, so this probe uses a plain connected socket watched by a
// QSocketNotifier. Silence means "open or filtered" and is reported as such,
// never as open.
class UdpProbe final : public Probe
{
public:
    ~UdpProbe() override
    {
        delete m_notifier;
        if (m_fd >= 0)
            ::close(m_fd);
    }

protected:
    void begin(const QHostAddress &address, int port) override
    {
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(quint16(port));
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        } else {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(quint16(port));
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
            length = sizeof(sockaddr_in6);
        }
        m_fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
            report({ProbeState::Error, 0, QString::fromLocal8Bit(strerror(errno)), false, {}, {}});
            return;
        }
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readAnswer(); });
        const QByteArray payload = payloadFor(port);
        if (::send(m_fd, payload.constData(), size_t(payload.size()), 0) < 0)
            report({ProbeState::Error, 0, QString::fromLocal8Bit(strerror(errno)), false, {}, {}});
    }
    ProbeState onTimeout() const override { return ProbeState::NoAnswer; }

private:
    void readAnswer()
    {
        char buffer[2048];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n >= 0)
            report({ProbeState::Open, 0, Tr::tr("answered"), false, {}, {}});
        else if (errno == ECONNREFUSED)
            report({ProbeState::Closed, 0, Tr::tr("port unreachable"), false, {}, {}});
        else if (errno != EAGAIN && errno != EWOULDBLOCK)
            report({ProbeState::Error, 0, QString::fromLocal8Bit(strerror(errno)), false, {}, {}});
        if (m_notifier && n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return; // spurious wake-up: keep waiting
        if (m_notifier)
            m_notifier->setEnabled(false);
    }

    // A request the service on that port answers, where one is known.
    static QByteArray payloadFor(int port)
    {
        if (port == 53) // DNS: query the root's NS records
            return QByteArray::fromHex("1234010000010000000000000000020001");
        if (port == 123) { // NTP v4 client request
            QByteArray ntp(48, '\0');
            ntp[0] = char(0x23);
            return ntp;
        }
        if (port == 3478) { // STUN binding request
            QByteArray stun = QByteArray::fromHex("000100002112a442");
            stun.append(QByteArray("portolanaudt"));
            return stun;
        }
        return QByteArrayLiteral("portolan-audit\r\n");
    }

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace

std::unique_ptr<Probe> Probe::make(Protocol protocol, bool tls)
{
    if (protocol == Protocol::Udp)
        return std::make_unique<UdpProbe>();
    return std::make_unique<TcpProbe>(tls);
}

void Probe::start(const QHostAddress &address, int port, int timeoutMs, Done done)
{
    m_done = std::move(done);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        report({onTimeout(), 0, Tr::tr("no answer within the timeout"), false, {}, {}});
    });
    m_timer.start(timeoutMs);
    begin(address, port);
}

void Probe::abort(const QString &why)
{
    report({ProbeState::Error, 0, why, false, {}, {}});
}

void Probe::report(ProbeResult result)
{
    if (!m_done)
        return;
    m_timer.stop();
    result.elapsedMs = int(m_clock.elapsed());
    // Move out first: the callback may destroy this probe.
    Done done = std::move(m_done);
    m_done = nullptr;
    done(result);
}

} // namespace portolan
