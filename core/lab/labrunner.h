#pragma once

#include "labbalancers.h"
#include "labloads.h"
#include "labprobelist.h"
#include "labtopology.h"

#include <QMap>

#include <functional>
#include <optional>

namespace portolan {

// Where a packet that should have arrived died, from the namespaces'
// counters (see LabRunner).
struct LabHop
{
    QString namespaceId;
    QString label;  // "nat-dc2 (router)"
    QString reason; // translated
};

struct LabRunResult
{
    QString error;              // set when the lab could not run (translated)
    bool interrupted = false;   // SIGINT / SIGTERM arrived; everything was removed
    QMap<int, QString> results; // probe id -> "open:PORT", "refused", "dropped", "error:..."
    QMap<int, LabHop> hops;     // failed flow probes: where they died
    int namespaces = 0;         // created, bridges included
    qint64 elapsedMs = 0;
    QString prefix; // namespace name prefix of the run
};

// Creates a topology in Linux network namespaces, loads the files, probes,
// reads counters where a flow failed and removes everything again (also on
// SIGINT / SIGTERM). Needs root (CAP_NET_ADMIN, CAP_SYS_ADMIN), iproute2,
// nft, iptables-restore, ip6tables-restore and /usr/bin/python3 (haproxy
// and openssl for balancers running their own files, openssl for the TLS
// listeners). Touches nothing outside the
// namespaces it made; they have no link to the root namespace, so no
// packet reaches a real network.
class LabRunner
{
public:
    struct Options
    {
        int timeoutMs = 1500; // per probe round
        bool keep = false;    // leave the namespaces for inspection
        // Called after the probes, while listeners and balancers still run,
        // with the namespace name prefix: the audit-from-inside-the-lab tests.
        std::function<void(const QString &prefix)> whileUp;
    };

    // Why the lab cannot run on this machine (plain words and what to run
    // instead), or nothing. `daemons` are the balancers that will run their
    // own HAProxy files: a TLS-terminating one needs openssl, as do the
    // lab's own TLS listeners (`probeList`'s tlsListeners).
    static std::optional<QString> unavailable(LabFirewall firewall, const QList<LabDaemon> &daemons = {},
                                              const LabProbeList *probeList = nullptr);
    static bool isAsExpected(const LabProbe &probe, const QString &result);

    // `daemons` (balancers' HAProxy files) are started after the loads and
    // killed at teardown, on every path out.
    static LabRunResult run(const LabTopology &topology, const LabProbeList &probeList,
                            const QList<LabLoad> &loads, const QList<LabDaemon> &daemons,
                            const Options &options);
};

} // namespace portolan
