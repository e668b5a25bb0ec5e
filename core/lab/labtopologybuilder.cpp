#include "labtopologybuilder.h"

#include "labaddresses.h"
#include "labrouting.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabTopologyBuilder)
};

constexpr auto V4 = QAbstractSocket::IPv4Protocol;
constexpr auto V6 = QAbstractSocket::IPv6Protocol;

QList<QHostAddress> ofFamily(const QList<QHostAddress> &addresses, LabAddresses::Family family)
{
    QList<QHostAddress> result;
    for (const QHostAddress &a : addresses)
        if (a.protocol() == family)
            result.append(a);
    return result;
}

// The networks the lab can put on a segment: both families, without the
// internet's 0.0.0.0/0 and ::/0.
CidrList usable(const CidrList &cidrs)
{
    CidrList result;
    for (const Cidr &c : cidrs)
        if (!c.isAny() && !result.contains(c))
            result.append(c);
    return result;
}

bool hasFamily(const CidrList &cidrs, LabAddresses::Family family)
{
    return std::any_of(cidrs.cbegin(), cidrs.cend(),
                       [&](const Cidr &c) { return c.network().protocol() == family; });
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
    Build(const Project &project, const Derivation &derivation)
        : m_project(project), m_derivation(derivation), m_addresses(planNetworks(project))
    {
        m_dualStack = hasFamily(usable(planNetworks(project)), V6);
        for (const Node &n : project.nodes)
            m_dualStack = m_dualStack || !ofFamily(n.addresses, V6).isEmpty();
        for (const LoadBalancer &lb : project.loadBalancers)
            m_dualStack = m_dualStack || !ofFamily(lb.addresses, V6).isEmpty();
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
        makeUpstreams();
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
                    segment.cidrs += usable(m_project.effectiveCidrs(inner.id));
            segment.cidrs = usable(segment.cidrs);
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

    // A host's addresses of one family: the plan's (a group's i-th), else
    // one picked inside its zone's networks of that family, else none.
    QList<QHostAddress> hostAddresses(const Node &node, int i, LabAddresses::Family family)
    {
        const QList<QHostAddress> planned = ofFamily(node.addresses, family);
        if (!node.isGroup() && !planned.isEmpty())
            return planned;
        if (node.isGroup() && i < planned.size())
            return {planned[i]};
        const QHostAddress picked = m_addresses.pickInside(m_project.effectiveCidrs(node.zone), family);
        if (picked.isNull())
            return {};
        note(family == V4
                 ? Tr::tr("address picked: %1 has no IPv4 address in the plan; the lab gives it %2")
                       .arg(node.id, picked.toString())
                 : Tr::tr("address picked: %1 has no IPv6 address in the plan; the lab gives it %2 from its "
                          "zone's IPv6 network")
                       .arg(node.id, picked.toString()));
        return {picked};
    }

    // Every host is dual-stack where the plan or its zone gives it both
    // families; each family's first address is a source of its flows.
    void makeHosts()
    {
        for (const Node &node : m_project.nodes) {
            for (int i = 0; i < node.count; ++i) {
                const QList<QHostAddress> mine = hostAddresses(node, i, V4) + hostAddresses(node, i, V6);
                if (mine.isEmpty()) {
                    note(Tr::tr("not in the lab: %1 has no address and its zone no network to pick one from")
                             .arg(node.id));
                    continue;
                }
                const QString label = node.isGroup() ? u"%1[%2]"_s.arg(node.id).arg(i + 1) : node.id;
                LabNamespace &ns = addNamespace(u'h', LabRole::Host, node.id, label, i);
                addLeg(ns, segmentOf(node.zone), mine);
                addSources(node.id, ns.id, mine);
            }
        }
    }

    // One source per family: the first address of each.
    void addSources(const ElementId &id, const QString &namespaceId, const QList<QHostAddress> &addresses)
    {
        for (const auto family : {V4, V6}) {
            const QList<QHostAddress> of = ofFamily(addresses, family);
            if (!of.isEmpty())
                m_topology.sources[id].append({namespaceId, of.first()});
        }
    }

    void makeBalancers()
    {
        for (const LoadBalancer &lb : m_project.loadBalancers) {
            QList<QHostAddress> mine = usableAddresses(lb.addresses);
            if (ofFamily(mine, V4).isEmpty()) {
                const QHostAddress picked = m_addresses.pickInside(m_project.effectiveCidrs(lb.zone));
                if (!picked.isNull())
                    mine.prepend(picked);
            }
            if (mine.isEmpty()) {
                note(Tr::tr("not in the lab: load balancer %1 has no address").arg(lb.id));
                continue;
            }
            LabNamespace &ns = addNamespace(u'b', LabRole::Balancer, lb.id, lb.id);
            ns.forwarding = true;
            addLeg(ns, segmentOf(lb.zone), mine);
            addSources(lb.id, ns.id, mine);
        }
    }

    // IPv4 first (the leg's own address, the next hop for others), then IPv6.
    static QList<QHostAddress> usableAddresses(const QList<QHostAddress> &addresses)
    {
        return ofFamily(addresses, V4) + ofFamily(addresses, V6);
    }

    void makeInternet()
    {
        LabNamespace &ns = addNamespace(u'i', LabRole::Internet, u"internet"_s, u"internet"_s);
        // The far end of egress flows (SMTP, DNS, NTP servers) is one public address.
        QList<QHostAddress> mine{m_addresses.pickPublic(V4)};
        if (m_dualStack)
            mine.append(m_addresses.pickPublic(V6));
        addLeg(ns, m_internetSegment, mine);
        m_internetNamespace = ns.id;
        for (const Zone &zone : m_project.zones)
            if (zone.kind == ZoneKind::Internet)
                addSources(zone.id, ns.id, mine);
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
        for (const Flow &flow : m_derivation.flows)
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
            const CidrList networks = usable(cidrs);
            if (segment == m_internetSegment) {
                // Inside the source's own public networks, else public
                // addresses standing for "anywhere" (0.0.0.0/0, ::/0).
                QList<QHostAddress> mine;
                if (hasFamily(networks, V4))
                    mine.append(m_addresses.pickInside(networks, V4));
                else if (!hasFamily(networks, V6) || hasFamily(cidrs, V4))
                    mine.append(m_addresses.pickPublic(V4));
                if (hasFamily(networks, V6))
                    mine.append(m_addresses.pickInside(networks, V6));
                else if (m_dualStack && (cidrs.isEmpty() || hasFamily(cidrs, V6)))
                    mine.append(m_addresses.pickPublic(V6));
                mine.removeAll(QHostAddress());
                if (mine.isEmpty())
                    continue;
                LabNamespace &internet = m_topology.namespaces[indexOf(m_internetNamespace)];
                internet.interfaces[0].addresses.append(mine);
                addSources(id, internet.id, mine);
                continue;
            }
            QList<QHostAddress> mine{m_addresses.pickInside(networks, V4),
                                     m_addresses.pickInside(networks, V6)};
            mine.removeAll(QHostAddress());
            if (mine.isEmpty() || segment.isEmpty()) {
                note(Tr::tr("not in the lab: source %1 has no network to send from").arg(id));
                continue;
            }
            LabNamespace &ns = addNamespace(u'c', LabRole::Client, id, id);
            addLeg(ns, segment, mine);
            addSources(id, ns.id, mine);
        }
    }

    // A router leg's own addresses: IPv4 transit, and IPv6 transit in a
    // dual-stack plan (the next hop for each family's routes).
    QList<QHostAddress> transit()
    {
        QList<QHostAddress> mine{m_addresses.pickTransit(V4)};
        if (m_dualStack)
            mine.append(m_addresses.pickTransit(V6));
        return mine;
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
                chains[outside].append({nat.id, true, usableAddresses(nat.outsideAddresses), {}});
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
                    addLeg(router, previous, transit());
                    // The outside addresses after the leg's own transit ones:
                    // a NAT's IPv4 and IPv6 outside addresses, as the plan gives them.
                    const QList<QHostAddress> own = transit();
                    addLeg(router, next,
                           ofFamily(own, V4) + ofFamily(chain[i].outside, V4) + ofFamily(own, V6) +
                               ofFamily(chain[i].outside, V6));
                    previous = next;
                }
                if (outside != m_internetSegment && !m_edge.contains(site.id))
                    m_edge.insert(site.id, outside);
                if (outside == m_internetSegment)
                    m_facesInternet.insert(site.id);
            }
        }
    }

    // A site with public networks and no NAT layer or boundary firewall
    // towards the internet (an IPv6 datacenter, addressed publicly) is
    // reached as derivation assumes public addresses are: through a plain
    // router between it and the internet. Private sites get none: the
    // internet has no route to them anyway.
    void makeUpstreams()
    {
        const QList<LabSegment> sites = m_topology.segments;
        for (const LabSegment &site : sites) {
            if (site.id == m_internetSegment || site.zone.isEmpty() || m_facesInternet.contains(site.id))
                continue;
            const bool isPublic = std::any_of(site.cidrs.cbegin(), site.cidrs.cend(), [](const Cidr &c) {
                return !LabAddresses::isPrivate(c.network());
            });
            if (!isPublic)
                continue;
            note(Tr::tr("upstream router: site %1 has public networks and no NAT layer or boundary firewall "
                        "towards the internet; a plain router joins the two")
                     .arg(site.zone));
            LabNamespace &router =
                addNamespace(u'r', LabRole::Router, ElementId(), Tr::tr("upstream %1").arg(site.zone));
            router.forwarding = true;
            addLeg(router, site.id, transit());
            addLeg(router, m_internetSegment, transit());
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
            addLeg(router, m_edge.value(a, a), transit());
            addLeg(router, m_edge.value(b, b), transit());
        }
    }

    const Project &m_project;
    const Derivation &m_derivation;
    LabAddresses m_addresses;
    LabTopology m_topology;
    QMap<ElementId, QString> m_siteSegment;
    QMap<QString, QString> m_edge;
    QSet<QString> m_facesInternet; // sites with a gateway chain of their own to the internet
    QMap<QChar, int> m_counters;
    QString m_internetSegment;
    QString m_internetNamespace;
    bool m_dualStack = false; // the plan names an IPv6 network or address: routers carry both families
};

} // namespace

LabTopology LabTopologyBuilder::build(const Project &project, const Derivation &derivation)
{
    return Build(project, derivation).run();
}

} // namespace portolan
