#include "labadvertise.h"

#include "review/natanalysis.h"
#include "review/reviewcontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

QList<LabAdvertise> LabAdvertiseProbes::targets(const Project &project, const CatalogSet &catalogs,
                                                const Derivation &derived)
{
    const ReviewContext context(project, catalogs, derived);
    QList<LabAdvertise> result;
    for (const NatAnalysis &a : NatAnalyzer::analyze(context)) {
        // Groups get no single pasted value (SettingsProposal); a product
        // that advertises only an address (LiveKit rtc.node_ip) is reached
        // by clients on its listen ports, which the flow probes cover.
        if (a.node->isGroup() || !a.nat->portInAdvertise || a.port->audience != Audience::Peers ||
            a.proposedAdvertiseAddress.protocol() != QAbstractSocket::IPv4Protocol ||
            !a.proposedListenPorts.isValid() || !a.hasRemotes())
            continue;
        LabAdvertise entry;
        entry.node = a.node->id;
        entry.component = a.instance->reference();
        entry.setting = a.nat->advertiseSetting;
        entry.listenSetting = a.nat->listenSetting;
        entry.address = a.proposedAdvertiseAddress;
        entry.port = a.proposedAdvertisePort;
        entry.listenAddress = a.proposedListenAddress;
        entry.listenPort = a.proposedListenPorts.from;
        for (Protocol p : a.port->protocols)
            for (Protocol one : p == Protocol::Any ? QList<Protocol>{Protocol::Tcp, Protocol::Udp} : QList{p})
                if (!entry.protocols.contains(one))
                    entry.protocols.append(one);
        entry.peers = a.remoteElements(); // each once: cluster members are unique
        result.append(entry);
    }
    return result;
}

QString LabAdvertiseProbes::title(const LabAdvertise &a)
{
    return u"%1 %2 %3:%4 -> %5 %6 (%7)"_s.arg(a.node, a.setting, a.address.toString())
        .arg(a.port)
        .arg(a.listenSetting)
        .arg(a.listenPort)
        .arg(a.component);
}

void LabAdvertiseProbes::add(const LabTopology &topology, const QList<LabAdvertise> &advertises,
                             LabProbeList *probeList)
{
    for (LabAdvertise entry : advertises) {
        const LabNamespace *node = topology.forElement(entry.node);
        if (!node || node->role != LabRole::Host)
            continue;
        QList<int> &ports = probeList->listeners[node->id];
        if (!ports.contains(entry.listenPort)) {
            ports.append(entry.listenPort);
            std::sort(ports.begin(), ports.end());
        }
        const int index = int(probeList->advertises.size());
        for (const ElementId &peer : entry.peers)
            for (const LabSource &source : topology.sources.value(peer)) {
                if (source.namespaceId == node->id || source.address.protocol() != entry.address.protocol())
                    continue;
                for (Protocol protocol : entry.protocols) {
                    LabProbe probe;
                    probe.id = int(probeList->probes.size());
                    probe.kind = LabProbe::Kind::Advertise;
                    probe.advertise = index;
                    probe.sourceNamespace = source.namespaceId;
                    probe.source = source.address;
                    probe.protocol = protocol;
                    probe.target = entry.address;
                    probe.port = entry.port;
                    probe.answerNamespace = node->id;
                    probe.answerPort = entry.listenPort;
                    probe.path = LabProbeLister::walk(topology, probeList->translations, source.namespaceId,
                                                      protocol, entry.address, entry.port);
                    entry.probes.append(probe.id);
                    probeList->probes.append(probe);
                }
            }
        probeList->advertises.append(entry);
    }
}

} // namespace portolan
