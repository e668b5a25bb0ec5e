#include "labrunner.h"

#include "labshell.h"
#include "labtrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString Python = u"/usr/bin/python3"_s;
const QString ListenerCertificate = u"portolan-lab-listener.pem"_s; // in the run's temp dir

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabRunner)
};

struct Interrupted
{
};

void checkInterrupt()
{
    if (LabShell::interrupted())
        throw Interrupted{};
}

struct Failure
{
    QString message;
};

void mustRun(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    const LabShell::Output out = LabShell::run(program, arguments, input);
    if (!out.ok())
        throw Failure{LabShell::describe(program, arguments, out)};
}

class Run
{
public:
    Run(const LabTopology &topology, const LabProbeList &probeList, const QList<LabLoad> &loads,
        const QList<LabDaemon> &daemons, const LabRunner::Options &options)
        : m_topology(topology), m_probeList(probeList), m_loads(loads), m_daemons(daemons), m_options(options)
    {
        m_prefix = u"ptl%1-"_s.arg(getpid());
        m_result.prefix = m_prefix;
    }
    ~Run() { teardown(); }

    LabRunResult go()
    {
        QElapsedTimer timer;
        timer.start();
        try {
            LabShell::removeLeftovers(u"ptl"_s);
            create();
            checkInterrupt();
            load();
            checkInterrupt();
            startAgents();
            checkInterrupt();
            startDaemons();
            checkInterrupt();
            assignSourcePorts(33000);
            m_result.results = probe(allProbes());
            checkInterrupt();
            trace();
            if (m_options.whileUp)
                m_options.whileUp(m_prefix);
        } catch (const Interrupted &) {
            m_result.interrupted = true;
        } catch (const Failure &failure) {
            m_result.error = failure.message;
        }
        m_keep = m_options.keep && !m_result.interrupted;
        teardown();
        m_result.elapsedMs = timer.elapsed();
        return m_result;
    }

private:
    QString name(const QString &id) const { return m_prefix + id; }

    static QString mac(int index)
    {
        return QString::asprintf("02:70:6c:%02x:%02x:%02x", (index >> 16) & 0xff, (index >> 8) & 0xff,
                                 index & 0xff);
    }

    void create()
    {
        QByteArray adds;
        QStringList names;
        for (const LabSegment &s : m_topology.segments)
            names << name(s.id);
        for (const LabNamespace &ns : m_topology.namespaces)
            names << name(ns.id);
        for (const QString &n : names)
            adds += "netns add " + n.toUtf8() + '\n';
        const LabShell::Output out = LabShell::run(u"ip"_s, {u"-batch"_s, u"-"_s}, adds);
        // Remember whatever exists now, even after a partial failure.
        const QString listed = QString::fromUtf8(LabShell::run(u"ip"_s, {u"netns"_s, u"list"_s}).out);
        for (const QString &n : names)
            if (listed.contains(n + u' ') || listed.contains(n + u'\n'))
                m_created << n;
        m_result.namespaces = m_created.size();
        if (!out.ok())
            throw Failure{Tr::tr("could not create the lab's network namespaces: %1")
                              .arg(QString::fromUtf8(out.err).trimmed())};

        QMap<QString, QByteArray> bridgeBatch;
        for (const LabSegment &s : m_topology.segments)
            bridgeBatch[s.id] = "link add br0 type bridge\nlink set br0 up\n";
        // Every leg's MAC is known up front: IPv4 neighbours are permanent,
        // so simultaneous first packets never wait on ARP.
        QMap<QString, QList<std::pair<QHostAddress, QString>>> onSegment;
        QMap<QString, QString> legMac;
        int index = 0;
        for (const LabNamespace &ns : m_topology.namespaces)
            for (const LabInterface &leg : ns.interfaces) {
                const QString m = mac(++index);
                legMac[ns.id + u'/' + leg.name] = m;
                for (const QHostAddress &a : leg.addresses)
                    onSegment[leg.segment].append({a, m});
            }
        for (const LabNamespace &ns : m_topology.namespaces) {
            QByteArray batch = "link set lo up\n";
            for (const LabInterface &leg : ns.interfaces) {
                const QString peer = ns.id + u'x' + leg.name;
                batch += u"link add %1 address %2 type veth peer name %3 netns %4\n"_s
                             .arg(leg.name, legMac[ns.id + u'/' + leg.name], peer, name(leg.segment))
                             .toUtf8();
                // nodad: an IPv6 address is usable at once, not after
                // duplicate address detection (a second or more).
                for (const QHostAddress &a : leg.addresses)
                    batch +=
                        (a.protocol() == QAbstractSocket::IPv6Protocol ? u"addr add %1/128 dev %2 nodad\n"_s
                                                                       : u"addr add %1/32 dev %2\n"_s)
                            .arg(a.toString(), leg.name)
                            .toUtf8();
                batch += u"link set %1 up\n"_s.arg(leg.name).toUtf8();
                for (const auto &[address, m] : onSegment.value(leg.segment))
                    if (!leg.addresses.contains(address))
                        batch += u"neigh replace %1 lladdr %2 dev %3 nud permanent\n"_s
                                     .arg(address.toString(), m, leg.name)
                                     .toUtf8();
                bridgeBatch[leg.segment] += u"link set %1 master br0 up\n"_s.arg(peer).toUtf8();
            }
            for (const LabRoute &r : ns.routes) {
                if (r.via.isNull())
                    batch += u"route replace %1 dev %2\n"_s.arg(r.destination.toString(), r.interfaceName)
                                 .toUtf8();
                else
                    batch += u"route replace %1 via %2 dev %3 onlink\n"_s
                                 .arg(r.destination.toString(), r.via.toString(), r.interfaceName)
                                 .toUtf8();
            }
            // rp_filter off: replies legitimately come back on another leg
            // than a NAT'd request left by; forwarding on routers only, in
            // both families; no router advertisements taken (the routes
            // are written out). All in the namespace's own /proc/sys/net,
            // before its legs exist, so that "default" is what they get.
            QString sysctl = u"echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter; "
                             "echo 0 > /proc/sys/net/ipv4/conf/default/rp_filter; "
                             "echo %1 > /proc/sys/net/ipv4/ip_forward; "
                             "echo 0 > /proc/sys/net/ipv6/conf/all/accept_ra; "
                             "echo 0 > /proc/sys/net/ipv6/conf/default/accept_ra; "
                             "echo %1 > /proc/sys/net/ipv6/conf/all/forwarding"_s.arg(ns.forwarding ? 1 : 0);
            mustRun(u"ip"_s, {u"netns"_s, u"exec"_s, name(ns.id), u"/bin/sh"_s, u"-c"_s, sysctl});
            mustRun(u"ip"_s, {u"-n"_s, name(ns.id), u"-batch"_s, u"-"_s}, batch);
            checkInterrupt();
        }
        for (const LabSegment &s : m_topology.segments)
            mustRun(u"ip"_s, {u"-n"_s, name(s.id), u"-batch"_s, u"-"_s}, bridgeBatch[s.id]);
        waitUntilUp();
    }

    // A veth's carrier comes up asynchronously; a first SYN sent before
    // would be lost and look like a filtered one.
    void waitUntilUp()
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            QStringList pending;
            for (const QString &n : m_created) {
                const auto out = LabShell::run(u"ip"_s, {u"-n"_s, n, u"-j"_s, u"-d"_s, u"link"_s, u"show"_s});
                for (const QJsonValue &v : QJsonDocument::fromJson(out.out).array()) {
                    const QJsonObject link = v.toObject();
                    if (link[u"ifname"_s].toString() == u"lo"_s)
                        continue;
                    const QString slave =
                        link[u"linkinfo"_s].toObject()[u"info_slave_data"_s].toObject()[u"state"_s].toString(
                            u"forwarding"_s);
                    if (link[u"operstate"_s].toString() != u"UP"_s || slave != u"forwarding"_s)
                        pending << n + u'/' + link[u"ifname"_s].toString();
                }
            }
            if (pending.isEmpty())
                return;
            checkInterrupt();
            if (timer.elapsed() > 20000)
                throw Failure{Tr::tr("links not up after 20 s: %1").arg(pending.mid(0, 5).join(u' '))};
            QThread::msleep(50); // polling the state the kernel reports, not guessing a delay
        }
    }

    void load()
    {
        for (const LabLoad &l : m_loads) {
            const bool ipset = l.tool == LabLoad::Tool::IpsetRestore;
            const QString program = l.tool == LabLoad::Tool::Nft                ? u"nft"_s
                                    : l.tool == LabLoad::Tool::Ip6tablesRestore ? u"ip6tables-restore"_s
                                    : ipset                                     ? u"ipset"_s
                                                                                : u"iptables-restore"_s;
            const QStringList args = l.tool == LabLoad::Tool::Nft ? QStringList{u"-f"_s, u"-"_s}
                                     : ipset                      ? QStringList{u"restore"_s, u"-exist"_s}
                                                                  : QStringList{};
            const auto out = LabShell::inNamespace(name(l.namespaceId), program, args, l.content);
            if (!out.ok())
                throw Failure{Tr::tr("%1 did not load into %2 (%3): %4")
                                  .arg(l.origin, l.element, program, QString::fromUtf8(out.err).trimmed())};
        }
    }

    void startAgents()
    {
        QFile script(u":/portolan/lab/labagent.py"_s);
        if (!script.open(QIODevice::ReadOnly) || !m_dir.isValid())
            throw Failure{Tr::tr("the lab agent could not be prepared")};
        const QString path = m_dir.filePath(u"labagent.py"_s);
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(script.readAll()) < 0)
            throw Failure{Tr::tr("the lab agent could not be written to %1").arg(path)};
        copy.close();
        QSet<QString> needed;
        for (auto it = m_probeList.listeners.cbegin(); it != m_probeList.listeners.cend(); ++it)
            needed.insert(it.key());
        for (const LabProbe &p : m_probeList.probes)
            needed.insert(p.sourceNamespace);
        for (const LabNamespace &ns : m_topology.namespaces) {
            if (!needed.contains(ns.id))
                continue;
            auto process = std::make_unique<QProcess>();
            QStringList args{u"netns"_s, u"exec"_s, name(ns.id), Python, path};
            const QList<int> tls = m_probeList.tlsListeners.value(ns.id);
            if (!tls.isEmpty()) {
                // The plan's TLS ports answer TLS, with a throw-away certificate.
                makeCertificate(ListenerCertificate);
                args << u"--cert"_s << m_dir.filePath(ListenerCertificate);
            }
            for (int port : m_probeList.listeners.value(ns.id))
                args << (tls.contains(port) ? u"tls:"_s : QString()) + QString::number(port);
            process->start(u"ip"_s, args);
            m_agents.insert(ns.id, process.release());
        }
        for (auto it = m_agents.begin(); it != m_agents.end(); ++it)
            if (readLine(it.value(), 30000) != "ready")
                throw Failure{
                    Tr::tr("the lab agent in %1 did not start: %2")
                        .arg(it.key(), QString::fromUtf8(it.value()->readAllStandardError()).trimmed())};
    }

    // A throw-away self-signed certificate and key, one PEM file, where the
    // balancer's crt line looks for it (crt-base is the temp dir).
    void makeCertificate(const QString &fileName)
    {
        const QString pem = m_dir.filePath(fileName);
        if (QFile::exists(pem))
            return;
        const QString key = pem + u".key"_s, cert = pem + u".crt"_s;
        mustRun(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                               u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                               u"/CN=portolan-lab"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QFile out(pem), k(key), c(cert);
        if (!out.open(QIODevice::WriteOnly) || !k.open(QIODevice::ReadOnly) || !c.open(QIODevice::ReadOnly) ||
            out.write(c.readAll() + k.readAll()) < 0)
            throw Failure{Tr::tr("the throw-away certificate %1 could not be written").arg(pem)};
    }

    // Each balancer's own HAProxy file, in the foreground (-db) so that
    // killing the process is the whole cleanup; ready once every front
    // port is bound.
    void startDaemons()
    {
        for (const LabDaemon &d : m_daemons) {
            for (const QString &certificate : d.certificates)
                makeCertificate(certificate);
            QString config = QString::fromUtf8(d.config);
            static const QRegularExpression crtBase(u"^(\\s*crt-base\\s+)\\S+"_s,
                                                    QRegularExpression::MultilineOption);
            config.replace(crtBase, u"\\1"_s + m_dir.path());
            const QString path = m_dir.filePath(d.namespaceId + u".cfg"_s);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
                throw Failure{Tr::tr("the HAProxy file %1 could not be written to %2").arg(d.origin, path)};
            file.close();
            auto process = std::make_unique<QProcess>();
            const QString log = m_dir.filePath(d.namespaceId + u".log"_s);
            process->setStandardOutputFile(log); // never a full pipe that blocks HAProxy's logging
            process->setStandardErrorFile(log, QIODevice::Append);
            process->start(
                u"ip"_s, {u"netns"_s, u"exec"_s, name(d.namespaceId), u"haproxy"_s, u"-f"_s, path, u"-db"_s});
            QProcess *started = process.get();
            m_daemonProcesses.append(process.release());
            QElapsedTimer timer;
            timer.start();
            while (true) {
                const auto out = LabShell::inNamespace(name(d.namespaceId), u"ss"_s, {u"-Htln"_s});
                bool all = true;
                for (int port : d.ports)
                    all = all && QString::fromUtf8(out.out).contains(u":%1 "_s.arg(port));
                if (all)
                    break;
                checkInterrupt();
                if (started->state() == QProcess::NotRunning || timer.elapsed() > 10000) {
                    QFile l(log);
                    l.open(QIODevice::ReadOnly);
                    throw Failure{Tr::tr("HAProxy did not start with %1 in %2: %3")
                                      .arg(d.origin, d.element, QString::fromUtf8(l.readAll()).trimmed())};
                }
                QThread::msleep(50); // polling what the kernel reports as bound, not guessing a delay
            }
        }
    }

    QByteArray readLine(QProcess *process, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!process->canReadLine()) {
            if (process->state() == QProcess::NotRunning || timer.elapsed() > timeoutMs)
                return {};
            if (LabShell::interrupted())
                throw Interrupted{};
            process->waitForReadyRead(100);
        }
        return process->readLine().trimmed();
    }

    // Each probe gets a source port of its own, clear of every listener, so
    // conntrack never takes it for an earlier probe and counters can tell
    // probes apart.
    void assignSourcePorts(int start)
    {
        QSet<int> listening;
        for (const QList<int> &ports : m_probeList.listeners)
            for (int p : ports)
                listening.insert(p);
        int next = start;
        for (const LabProbe &p : m_probeList.probes) {
            while (listening.contains(next))
                ++next;
            m_sourcePort[p.id] = next++;
        }
    }

    QList<int> allProbes() const
    {
        QList<int> ids;
        for (const LabProbe &p : m_probeList.probes)
            ids << p.id;
        return ids;
    }

    QMap<int, QString> probe(const QList<int> &ids)
    {
        QMap<QString, QJsonArray> bySource;
        for (int id : ids) {
            const LabProbe &p = m_probeList.probes[id];
            bySource[p.sourceNamespace].append(QJsonArray{p.id, protocolName(p.protocol), p.source.toString(),
                                                          m_sourcePort[p.id], p.target.toString(), p.port,
                                                          p.tls});
        }
        const double timeout = m_options.timeoutMs / 1000.0;
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            QProcess *agent = m_agents.value(it.key());
            const QJsonObject request{{u"timeout"_s, timeout}, {u"probes"_s, it.value()}};
            agent->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        }
        QMap<int, QString> results;
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            const QByteArray line = readLine(m_agents.value(it.key()), m_options.timeoutMs + 30000);
            if (line.isEmpty())
                throw Failure{Tr::tr("the lab agent in %1 gave no results").arg(it.key())};
            const QJsonObject answers = QJsonDocument::fromJson(line).object();
            for (auto a = answers.begin(); a != answers.end(); ++a)
                results.insert(a.key().toInt(), a.value().toString());
        }
        return results;
    }

    // Probes that should have arrived and did not are sent again, alone in
    // their round, with counters in every namespace; the last namespace on
    // the path that saw the packet is where it died.
    void trace()
    {
        QList<int> failed;
        for (const LabProbe &p : m_probeList.probes) {
            const QString result = m_result.results.value(p.id);
            if (LabRunner::isAsExpected(p, result))
                continue;
            if (p.expectOpen)
                failed << p.id;
            else
                m_result.hops.insert(p.id, {p.answerNamespace, LabTrace::label(m_topology, p.answerNamespace),
                                            Tr::tr("accepted by its host rules although no flow allows it")});
        }
        if (failed.isEmpty())
            return;
        assignSourcePorts(m_sourcePort.isEmpty() ? 33000 : 33000 + int(m_probeList.probes.size()) + 1000);
        QList<LabProbe> traced;
        for (int id : failed) {
            LabProbe p = m_probeList.probes[id];
            traced << p;
        }
        const QByteArray table = LabTrace::table(traced, m_sourcePort);
        for (const LabNamespace &ns : m_topology.namespaces)
            mustRun(u"ip"_s, {u"netns"_s, u"exec"_s, name(ns.id), u"nft"_s, u"-f"_s, u"-"_s}, table);
        probe(failed);
        QMap<QString, QMap<QString, qint64>> counters;
        for (const LabNamespace &ns : m_topology.namespaces) {
            const auto out = LabShell::inNamespace(
                name(ns.id), u"nft"_s, {u"-j"_s, u"list"_s, u"table"_s, u"inet"_s, LabTrace::TableName});
            counters.insert(ns.id, LabTrace::counters(out.out));
        }
        for (const LabProbe &p : traced)
            m_result.hops.insert(p.id, LabTrace::hop(m_topology, p, counters));
    }

    void teardown()
    {
        for (QProcess *daemon : std::as_const(m_daemonProcesses)) {
            daemon->terminate();
            if (!daemon->waitForFinished(3000)) {
                daemon->kill();
                daemon->waitForFinished(3000);
            }
            delete daemon;
        }
        m_daemonProcesses.clear();
        for (QProcess *agent : std::as_const(m_agents)) {
            agent->closeWriteChannel(); // the agent exits at the end of its input
            if (!agent->waitForFinished(3000)) {
                agent->kill();
                agent->waitForFinished(3000);
            }
            delete agent;
        }
        m_agents.clear();
        if (!m_keep)
            LabShell::deleteNamespaces(m_created);
        m_created.clear();
    }

    const LabTopology &m_topology;
    const LabProbeList &m_probeList;
    const QList<LabLoad> &m_loads;
    const QList<LabDaemon> &m_daemons;
    LabRunner::Options m_options;
    QString m_prefix;
    QStringList m_created;
    QMap<QString, QProcess *> m_agents;
    QList<QProcess *> m_daemonProcesses;
    QMap<int, int> m_sourcePort;
    QTemporaryDir m_dir;
    LabRunResult m_result;
    bool m_keep = false;
};

} // namespace

std::optional<QString> LabRunner::unavailable(LabFirewall firewall, const QList<LabDaemon> &daemons,
                                              const LabProbeList *probeList)
{
    const QString instead =
        Tr::tr("Run it as root (sudo portolan-cli lab ...), or in a container or VM with CAP_NET_ADMIN and "
               "CAP_SYS_ADMIN; `portolan-cli check` and `export` need no privileges.");
    if (geteuid() != 0)
        return Tr::tr("the lab needs root: it creates network namespaces. %1").arg(instead);
    QStringList missing;
    QStringList tools{u"ip"_s, u"nft"_s};
    if (firewall == LabFirewall::Iptables)
        tools << u"iptables-restore"_s << u"ip6tables-restore"_s;
    for (const QString &tool : tools)
        if (QStandardPaths::findExecutable(tool).isEmpty() &&
            QStandardPaths::findExecutable(tool, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty())
            missing << tool;
    if (!QFile::exists(Python))
        missing << Python;
    if (!missing.isEmpty())
        return Tr::tr("the lab needs %1 (Debian: apt-get install iproute2 nftables iptables python3)")
            .arg(missing.join(u", "_s));
    // makeCertificate() runs `openssl` by PATH, as here: a TLS-terminating
    // listener's HAProxy file names a certificate the lab must make.
    QStringList tls;
    for (const LabDaemon &d : daemons)
        if (!d.certificates.isEmpty())
            tls << d.origin;
    if (!tls.isEmpty() && QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return Tr::tr("the lab needs openssl: it makes throw-away certificates for the TLS-terminating "
                      "listeners of %1, which run in haproxy (Debian: apt-get install openssl)")
            .arg(tls.join(u", "_s));
    if (probeList && !probeList->tlsListeners.isEmpty() &&
        QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return Tr::tr("the lab needs openssl: it makes a throw-away certificate for the listeners on the "
                      "ports the plan serves with TLS (Debian: apt-get install openssl)");
    const QString probe = u"ptl%1-check"_s.arg(getpid());
    const auto out = LabShell::run(u"ip"_s, {u"netns"_s, u"add"_s, probe});
    if (!out.ok())
        return Tr::tr("network namespaces cannot be made here (%1). %2")
            .arg(QString::fromUtf8(out.err).trimmed(), instead);
    LabShell::deleteNamespaces({probe});
    return std::nullopt;
}

bool LabRunner::isAsExpected(const LabProbe &probe, const QString &result)
{
    const bool open = result == u"open:"_s + QString::number(probe.answerPort);
    if (probe.expectOpen)
        return open;
    return !result.startsWith(u"open:"_s);
}

LabRunResult LabRunner::run(const LabTopology &topology, const LabProbeList &probeList,
                            const QList<LabLoad> &loads, const QList<LabDaemon> &daemons,
                            const Options &options)
{
    LabShell::installSignalHandlers();
    LabRunResult result = Run(topology, probeList, loads, daemons, options).go();
    LabShell::restoreSignalHandlers();
    return result;
}

} // namespace portolan
