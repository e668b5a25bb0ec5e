#include "labtopologybuilder.h"

#include "labaddresses.h"
#include "labrouting.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabTopologyBuilder)
};

QList<QHostAddress> ipv4Of(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> result;
    for (const QHostAddress &a : addresses)
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            result.append(a);
    return result;
}

CidrList ipv4Of(const CidrList &cidrs)
{
    CidrList result;
    for (const Cidr &c : cidrs)
        if (c.isIPv4() && !c.isAny() && !result.contains(c))
            result.append(c);
    return result;
}

CidrList planNetworks(const Project &project)
{
    CidrList all;
    for (const Zone &z : project.zones)
        all += z.cidrs;
    for (const Client &c : project.clients)
        all += c.cidrs;
    return all;
}

// One pass each; they share the topology being built and the address picker.
class Build
{
public:
    Build(const Project &project, const DerivedPlan &plan)
        : m_project(project), m_plan(plan), m_addresses(planNetworks(project))
    {
    }

    LabTopology run()
    {
        reservePlanAddresses();
        makeSites();
        makeHosts();
        makeBalancers();
        makeInternet();
        makeClients();
        makeGatewayChains();
        makeLinks();
        LabRouting::route(m_topology, m_internetSegment);
        return std::move(m_topology);
    }

private:
    ElementId siteOf(const ElementId &zone) const
    {
        const QList<ElementId> chain = m_project.zoneChain(zone);
        return chain.isEmpty() ? zone : chain.last();
    }
    QString segmentOf(const ElementId &zone) const { return m_siteSegment.value(siteOf(zone)); }

    QString nextId(QChar prefix) { return prefix + QString::number(m_counters[prefix]++); }

    void note(const QString &text)
    {
        if (!m_topology.notes.contains(text))
            m_topology.notes.append(text);
    }

    LabNamespace &addNamespace(QChar prefix, LabRole role, const ElementId &element, const QString &label,
                               int member = 0)
    {
        LabNamespace ns;
        ns.id = nextId(prefix);
        ns.role = role;
        ns.element = element;
        ns.member = member;
        ns.label = label;
        m_topology.namespaces.append(ns);
        return m_topology.namespaces.last();
    }

    static void addLeg(LabNamespace &ns, const QString &segment, const QList<QHostAddress> &addresses)
    {
        ns.interfaces.append({u"e"_s + QString::number(ns.interfaces.size()), segment, addresses});
    }

    void reservePlanAddresses()
    {
        for (const Node &n : m_project.nodes)
            for (const QHostAddress &a : n.addresses)
                m_addresses.reserve(a);
        for (const LoadBalancer &lb : m_project.loadBalancers)
            for (const QHostAddress &a : lb.addresses)
                m_addresses.reserve(a);
        for (const NatLayer &nat : m_project.natLayers) {
            for (const QHostAddress &a : nat.outsideAddresses)
                m_addresses.reserve(a);
            for (const NatMapping &m : nat.mappings) {
                m_addresses.reserve(m.outsideAddress);
                m_addresses.reserve(m.insideAddress);
            }
        }
    }

    // A site is a top-level zone with every zone nested in it: one segment.
    void makeSites()
    {
        for (const Zone &zone : m_project.zones) {
            if (!zone.parent.isEmpty())
                continue;
            LabSegment segment;
            segment.id = nextId(u's');
            segment.zone = zone.id;
            segment.label = zone.id;
            for (const Zone &inner : m_project.zones)
                if (siteOf(inner.id) == zone.id)
                    segment.cidrs += ipv4Of(m_project.effectiveCidrs(inner.id));
            segment.cidrs = ipv4Of(segment.cidrs);
            m_siteSegment.insert(zone.id, segment.id);
            if (zone.kind == ZoneKind::Internet && m_internetSegment.isEmpty())
                m_internetSegment = segment.id;
            m_topology.segments.append(segment);
        }
        if (m_internetSegment.isEmpty()) {
            // Every plan faces the internet: the must-not probes come from it.
            m_internetSegment = nextId(u's');
            m_topology.segments.append({m_internetSegment, ElementId(), CidrList(), u"internet"_s});
        }
    }

    void makeHosts()
    {
        for (const Node &node : m_project.nodes) {
            const QList<QHostAddress> v4 = ipv4Of(node.addresses);
            for (int i = 0; i < node.count; ++i) {
                QList<QHostAddress> mine;
                if (!node.isGroup())
                    mine = v4;
                else if (i < v4.size())
                    mine = {v4[i]};
                if (mine.isEmpty()) {
                    const QHostAddress picked = m_addresses.pickInside(m_project.effectiveCidrs(node.zone));
                    if (picked.isNull()) {
                        note(
                            Tr::tr(
                                "not in the lab: %1 has no IPv4 address and its zone no IPv4 network to pick "
                                "one from")
                                .arg(node.id));
                        continue;
                    }
                    note(Tr::tr("address picked: %1 has no IPv4 address in the plan; the lab gives it %2")
                             .arg(node.id, picked.toString()));
                    mine = {picked};
                }
                const QString label = node.isGroup() ? u"%1[%2]"_s.arg(node.id).arg(i + 1) : node.id;
                LabNamespace &ns = addNamespace(u'h', LabRole::Host, node.id, label, i);
                addLeg(ns, segmentOf(node.zone), mine);
                m_topology.sources[node.id].append({ns.id, mine.first()});
            }
        }
    }

    void makeBalancers()
    {
        for (const LoadBalancer &lb : m_project.loadBalancers) {
            QList<QHostAddress> mine = ipv4Of(lb.addresses);
            if (mine.isEmpty()) {
                const QHostAddress picked = m_addresses.pickInside(m_project.effectiveCidrs(lb.zone));
                if (picked.isNull()) {
                    note(Tr::tr("not in the lab: load balancer %1 has no IPv4 address").arg(lb.id));
                    continue;
                }
                mine = {picked};
            }
            LabNamespace &ns = addNamespace(u'b', LabRole::Balancer, lb.id, lb.id);
            ns.forwarding = true;
            addLeg(ns, segmentOf(lb.zone), mine);
            m_topology.sources[lb.id].append({ns.id, mine.first()});
        }
    }

    void makeInternet()
    {
        LabNamespace &ns = addNamespace(u'i', LabRole::Internet, u"internet"_s, u"internet"_s);
        // The far end of egress flows (SMTP, DNS, NTP servers) is one public address.
        addLeg(ns, m_internetSegment, {m_addresses.pickPublic()});
        m_internetNamespace = ns.id;
        for (const Zone &zone : m_project.zones)
            if (zone.kind == ZoneKind::Internet)
                m_topology.sources[zone.id].append({ns.id, ns.interfaces[0].addresses[0]});
    }

    // Every client, and every zone that is a flow's source, sends from an
    // address inside its networks: the internet's from public addresses of
    // the internet namespace, the others from a namespace on their site.
    void makeClients()
    {
        QList<std::pair<ElementId, CidrList>> sources;
        QList<ElementId> zones;
        for (const Client &c : m_project.clients)
            sources.append({c.id, c.cidrs.isEmpty() ? m_project.effectiveCidrs(c.zone) : c.cidrs});
        for (const Flow &flow : m_plan.flows)
            if (flow.source.kind == ElementKind::Zone && !m_topology.sources.contains(flow.source.id) &&
                !zones.contains(flow.source.id)) {
                zones.append(flow.source.id);
                sources.append({flow.source.id, flow.source.cidrs});
            }
        for (const auto &[id, cidrs] : sources) {
            if (m_topology.sources.contains(id))
                continue;
            const Client *client = m_project.client(id);
            const ElementId zone = client ? client->zone : id;
            const QString segment = segmentOf(zone);
            const CidrList v4 = ipv4Of(cidrs);
            if (segment == m_internetSegment) {
                QHostAddress address = v4.isEmpty() ? m_addresses.pickPublic() : m_addresses.pickInside(v4);
                if (address.isNull())
                    continue;
                LabNamespace &internet = m_topology.namespaces[indexOf(m_internetNamespace)];
                internet.interfaces[0].addresses.append(address);
                m_topology.sources[id].append({internet.id, address});
                continue;
            }
            const QHostAddress address = m_addresses.pickInside(v4);
            if (address.isNull() || segment.isEmpty()) {
                note(Tr::tr("not in the lab: source %1 has no IPv4 network to send from").arg(id));
                continue;
            }
            LabNamespace &ns = addNamespace(u'c', LabRole::Client, id, id);
            addLeg(ns, segment, {address});
            m_topology.sources[id].append({ns.id, address});
        }
    }

    int indexOf(const QString &namespaceId) const
    {
        for (int i = 0; i < m_topology.namespaces.size(); ++i)
            if (m_topology.namespaces[i].id == namespaceId)
                return i;
        return -1;
    }

    struct Gateway
    {
        ElementId id;
        bool nat = false;
        QList<QHostAddress> outside;
        QList<ElementId> firewalls; // boundary firewalls on this device (the bundle's files it runs)
    };

    // NAT layers and boundary firewalls between a site and another one sit
    // in series at the site's edge, NAT inside, firewalls outside (the order
    // derivation lists them on egress): everything entering or leaving the
    // site through them crosses each one, so NAT replies find their way back.
    // Boundary firewalls that share the edge with a NAT layer are the same
    // router as the outermost NAT: their files filter the hosts' own
    // addresses, as on a device that is both (destination NAT before the
    // forward filter, source NAT after it), which two routers in a row
    // would break (the firewall would see the NAT's outside address).
    void makeGatewayChains()
    {
        const QList<LabSegment> sites = m_topology.segments; // chains add transit segments
        for (const LabSegment &site : sites) {
            if (site.id == m_internetSegment || site.zone.isEmpty())
                continue;
            QList<QString> outsides;
            QMap<QString, QList<Gateway>> chains;
            for (const NatLayer &nat : m_project.natLayers) {
                if (segmentOf(nat.inside) != site.id)
                    continue;
                const QString outside = segmentOf(nat.outside);
                if (outside == site.id || outside.isEmpty()) {
                    note(Tr::tr("not in the lab: NAT layer %1 joins zones of one site").arg(nat.id));
                    continue;
                }
                if (!outsides.contains(outside))
                    outsides.append(outside);
                chains[outside].append({nat.id, true, ipv4Of(nat.outsideAddresses), {}});
            }
            for (const Firewall &fw : m_project.firewalls) {
                bool inside = false;
                for (const ElementId &z : fw.inside)
                    inside = inside || segmentOf(z) == site.id;
                const QString outside = segmentOf(fw.outside);
                if (!inside || outside == site.id || outside.isEmpty())
                    continue;
                if (!outsides.contains(outside))
                    outsides.append(outside);
                chains[outside].append({fw.id, false, {}, {fw.id}});
            }
            for (const QString &outside : outsides) {
                QString previous = site.id;
                QList<Gateway> &chain = chains[outside];
                // NATs come first: the last NAT takes every firewall after it.
                qsizetype lastNat = -1;
                for (qsizetype i = 0; i < chain.size(); ++i)
                    if (chain[i].nat)
                        lastNat = i;
                if (lastNat >= 0)
                    while (chain.size() > lastNat + 1)
                        chain[lastNat].firewalls.append(chain.takeAt(lastNat + 1).id);
                for (int i = 0; i < chain.size(); ++i) {
                    QString next = outside;
                    if (i + 1 < chain.size()) {
                        next = nextId(u't');
                        m_topology.segments.append({next, ElementId(), CidrList(),
                                                    u"transit %1/%2"_s.arg(chain[i].id, chain[i + 1].id)});
                    }
                    int member = 0;
                    auto taken = [&](int m) {
                        bool any = m_topology.forElement(chain[i].id, m) != nullptr;
                        for (const ElementId &fw : chain[i].firewalls)
                            any = any || m_topology.forElement(fw, m) != nullptr;
                        return any;
                    };
                    while (taken(member))
                        ++member;
                    QString label = chain[i].id;
                    for (const ElementId &fw : chain[i].firewalls)
                        if (fw != chain[i].id)
                            label += u" + "_s + fw;
                    LabNamespace &router = addNamespace(u'r', LabRole::Router, chain[i].id, label, member);
                    router.firewalls = chain[i].firewalls;
                    router.forwarding = true;
                    addLeg(router, previous, {m_addresses.pickTransit()});
                    addLeg(router, next, QList<QHostAddress>{m_addresses.pickTransit()} + chain[i].outside);
                    previous = next;
                }
                if (outside != m_internetSegment && !m_edge.contains(site.id))
                    m_edge.insert(site.id, outside);
            }
        }
    }

    // A VPN or peering link is a plain router between two sites' edges: the
    // outside of a site's NAT when it faces another site (the VPN lands
    // there), the site itself otherwise.
    void makeLinks()
    {
        for (const Link &link : m_project.links) {
            const QString a = segmentOf(link.a);
            const QString b = segmentOf(link.b);
            if (a.isEmpty() || b.isEmpty() || a == b) {
                note(Tr::tr("not in the lab: link %1 joins zones of one site (they share a segment)")
                         .arg(link.id));
                continue;
            }
            LabNamespace &router = addNamespace(u'r', LabRole::Router, link.id, link.id);
            router.forwarding = true;
            addLeg(router, m_edge.value(a, a), {m_addresses.pickTransit()});
            addLeg(router, m_edge.value(b, b), {m_addresses.pickTransit()});
        }
    }

    const Project &m_project;
    const DerivedPlan &m_plan;
    LabAddresses m_addresses;
    LabTopology m_topology;
    QMap<ElementId, QString> m_siteSegment;
    QMap<QString, QString> m_edge;
    QMap<QChar, int> m_counters;
    QString m_internetSegment;
    QString m_internetNamespace;
};

} // namespace

LabTopology LabTopologyBuilder::build(const Project &project, const DerivedPlan &plan)
{
    return Build(project, plan).run();
}

} // namespace portolan
