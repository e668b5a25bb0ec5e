#pragma once

#include "model/cidr.h"
#include "model/elements.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// What a lab namespace stands for.
enum class LabRole
{
    Host,
    Balancer,
    Router,
    Client,
    Internet
};
QString labRoleName(LabRole role); // "host", "balancer", "router", "client", "internet"

// A layer-2 segment: one bridge. A site (a top-level zone and the zones
// nested in it) is one segment carrying the site's networks; a transit
// segment joins two routers of one site's gateway chain.
struct LabSegment
{
    QString id;     // "s0", "s1", ... (short: it ends up in interface names)
    ElementId zone; // the site's top-level zone; empty for a transit segment
    CidrList cidrs; // IPv4 and IPv6 networks the site holds (empty for a transit segment)
    QString label;  // "dc1" or "transit nat-dc2/ext-fw"
    friend bool operator==(const LabSegment &, const LabSegment &) = default;
};

// One leg of a namespace on a segment. Addresses are host addresses (/32, /128):
// routing between them is explicit (LabRoute), so the plan's networks never
// need to be cut into subnets that the plan did not draw.
struct LabInterface
{
    QString name;    // "e0", "e1", ... inside the namespace
    QString segment; // LabSegment::id
    // IPv4 first: the first of each family is the leg's own address (next hop for others).
    QList<QHostAddress> addresses;
    friend bool operator==(const LabInterface &, const LabInterface &) = default;
};

// `destination` through `via` out of `interfaceName`; a null `via` means the
// destination is on the segment itself (reached by ARP).
struct LabRoute
{
    Cidr destination;
    QString interfaceName;
    QHostAddress via;
    friend bool operator==(const LabRoute &, const LabRoute &) = default;
};

struct LabNamespace
{
    QString id; // "h0", "b0", "r0", "c0", "i0": unique, short, stable
    LabRole role = LabRole::Host;
    ElementId element; // node, load balancer, NAT layer, firewall, link, client or zone id
    // For a router: the boundary firewalls whose own gateway files it runs.
    // A firewall alone is its own router (element and the one entry here);
    // a firewall between the same zones as a NAT layer is on the NAT's
    // router, as on a device that is both (element is the NAT layer).
    QList<ElementId> firewalls;
    int member = 0; // host index inside a node group (0 for everything else)
    QString label;  // "kong-gw[2]", "nat-dc2", "internet"
    QList<LabInterface> interfaces;
    QList<LabRoute> routes;
    bool forwarding = false; // routers and balancers forward

    QList<QHostAddress> addresses() const;
    // The first address of `family` (IPv4Protocol, IPv6Protocol), or null.
    QHostAddress address(QAbstractSocket::NetworkLayerProtocol family) const;
    bool owns(const QHostAddress &address) const;
    friend bool operator==(const LabNamespace &, const LabNamespace &) = default;
};

// A source of flows the lab sends from: which namespace, with which address.
struct LabSource
{
    QString namespaceId;
    QHostAddress address;
    friend bool operator==(const LabSource &, const LabSource &) = default;
};

// The plan as a small network of Linux namespaces (see docs/guide/lab.md).
// Pure data: LabTopologyBuilder makes it, LabRunner creates it.
struct LabTopology
{
    QList<LabSegment> segments;
    QList<LabNamespace> namespaces;
    // Where each flow endpoint id (client, zone, node, load balancer) sends
    // from; node groups list one entry per host, a dual-stack namespace one
    // per family (IPv4 first).
    QMap<ElementId, QList<LabSource>> sources;
    QStringList notes; // what the lab leaves out or approximates, said once each

    const LabNamespace *find(const QString &namespaceId) const;
    // The namespace standing for `element`: as its element, or for a
    // boundary firewall, as the router that runs the firewall's file.
    const LabNamespace *forElement(const ElementId &element, int member = 0) const;
    // The namespace holding `address` as one of its own, if any.
    const LabNamespace *owner(const QHostAddress &address) const;
    const LabSegment *segment(const QString &id) const;
    friend bool operator==(const LabTopology &, const LabTopology &) = default;
};

} // namespace portolan
