#pragma once

#include "cidr.h"
#include "portrange.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan {

// Every element of a project has a stable, user-chosen id unique across the
// whole project (zones, nodes, load balancers, ...). Ids are what crosses the
// GUI boundary and what findings, flows and rules refer to.
using ElementId = QString;

enum class ElementKind
{
    Zone,
    Node,
    LoadBalancer,
    NatLayer,
    Firewall,
    Link,
    Client
};
QString elementKindName(ElementKind kind); // "zone", "node", ...

// Canvas placement; absent for projects written by hand (auto layout then).
struct Placement
{
    std::optional<QPointF> position;
    std::optional<QSizeF> size; // zones only
    friend bool operator==(const Placement &, const Placement &) = default;
};

enum class ZoneKind
{
    Internet,   // the public internet: 0.0.0.0/0 and ::/0 unless narrowed
    Cloud,      // a provider account/region; has a provider
    Datacenter, // an on-premises site
    Vpc,        // AWS VPC, GCP network, Azure VNet, DigitalOcean VPC
    Subnet,
    Trusted, // a trusted admin network
    Network  // any other named network
};
QString zoneKindName(ZoneKind kind);
bool parseZoneKind(const QString &text, ZoneKind *out);

enum class Provider
{
    None,
    Aws,
    Gcp,
    Azure,
    DigitalOcean,
    OnPremises
};
QString providerName(Provider provider);
bool parseProvider(const QString &text, Provider *out);

struct Zone
{
    ElementId id;
    QString name;
    QString description;
    ZoneKind kind = ZoneKind::Network;
    Provider provider = Provider::None; // inherited from the nearest ancestor when None
    ElementId parent;                   // empty at top level
    CidrList cidrs;
    Placement placement;
    friend bool operator==(const Zone &, const Zone &) = default;
};

// One catalog component running on a node, e.g. "kong-0.x/node", with the
// node's overrides of that component's settings and features.
struct ComponentUse
{
    QString component;               // "<catalog id>/<component id>"
    QMap<QString, QString> settings; // overrides only; defaults come from the catalog
    QMap<QString, bool> features;    // overrides only
    QString cluster;                 // nodes sharing component + cluster are peers; empty = one cluster
    friend bool operator==(const ComponentUse &, const ComponentUse &) = default;
};

// Kong's `transparent` listen option needs the packet filter to redirect the
// original destination port to the port Kong listens on.
struct Redirect
{
    Protocol protocol = Protocol::Tcp;
    PortRange match; // original destination port(s)
    int toPort = 0;  // local port the product listens on
    friend bool operator==(const Redirect &, const Redirect &) = default;
};

// The packet filter a host loads its rules into. Any = not stated: a
// bundle then gives the host every host target's file.
enum class HostFirewall
{
    Any,
    Nftables,
    Iptables,
    Firewalld,
    Ufw,
    Pf,
    Windows
};
QString hostFirewallName(HostFirewall firewall); // "" for Any
bool parseHostFirewall(const QString &text, HostFirewall *out);
QStringList hostFirewallNames(); // "" (Any) first, then the table's order

struct Node
{
    ElementId id;
    QString name;
    QString description;
    ElementId zone;
    int count = 1;                 // > 1: a group of identical hosts
    QList<QHostAddress> addresses; // see hostAddresses(); may be fewer than the hosts
    QList<ComponentUse> components;
    QList<Redirect> redirects;
    int expectedParticipants = 0; // planned load per host (LiveKit); 0 = not stated
    HostFirewall hostFirewall = HostFirewall::Any;
    Placement placement;
    bool isGroup() const { return count > 1; }
    // The addresses of host `host` (0-based). A group lists its hosts' IPv4
    // addresses in host order and their IPv6 addresses in host order, so a
    // dual-stack group of N hosts lists N + N (docs/project-format.md); a
    // single host owns every address it lists (multi-homed).
    QList<QHostAddress> hostAddresses(int host) const;
    // Whether `addresses` can belong to `count` hosts: any number for one
    // host, at most one IPv4 and one IPv6 address per host of a group.
    static bool addressesFit(int count, const QList<QHostAddress> &addresses);
    friend bool operator==(const Node &, const Node &) = default;
};

enum class TlsMode
{
    Passthrough,
    Terminate
};
QString tlsModeName(TlsMode mode);
bool parseTlsMode(const QString &text, TlsMode *out);

struct Listener
{
    Protocol protocol = Protocol::Tcp;
    int port = 0; // front port on the load balancer
    TlsMode tls = TlsMode::Passthrough;
    ElementId targetNode;    // node or node group behind the load balancer
    QString targetComponent; // "<catalog id>/<component id>"
    QString targetPort;      // catalog port id of that component
    friend bool operator==(const Listener &, const Listener &) = default;
};

struct LoadBalancer
{
    ElementId id;
    QString name;
    QString description;
    ElementId zone;
    QList<QHostAddress> addresses;
    int idleTimeout = 0; // seconds; 0 = not stated
    QList<Listener> listeners;
    Placement placement;
    friend bool operator==(const LoadBalancer &, const LoadBalancer &) = default;
};

struct NatMapping
{
    Protocol protocol = Protocol::Tcp; // Any is not allowed: mappings are per protocol
    QHostAddress outsideAddress;
    PortRange outsidePorts;
    QHostAddress insideAddress;
    PortRange insidePorts;
    friend bool operator==(const NatMapping &, const NatMapping &) = default;
};

struct NatLayer
{
    ElementId id;
    QString name;
    QString description;
    ElementId inside;  // zone behind the NAT
    ElementId outside; // zone in front of it
    QList<QHostAddress> outsideAddresses;
    QList<NatMapping> mappings;
    bool sourceNat = false; // egress from inside leaves with an outside address
    int idleTimeout = 0;
    Placement placement;
    friend bool operator==(const NatLayer &, const NatLayer &) = default;
};

struct Firewall
{
    ElementId id;
    QString name;
    QString description;
    QList<ElementId> inside; // zones it protects
    ElementId outside;       // zone it separates them from
    int idleTimeout = 0;     // TCP session timeout, seconds; 0 = not stated
    Placement placement;
    friend bool operator==(const Firewall &, const Firewall &) = default;
};

enum class LinkKind
{
    Vpn,
    Peering
};
QString linkKindName(LinkKind kind);
bool parseLinkKind(const QString &text, LinkKind *out);

struct Link
{
    ElementId id;
    QString name;
    QString description;
    LinkKind kind = LinkKind::Vpn;
    ElementId a;
    ElementId b;
    friend bool operator==(const Link &, const Link &) = default;
};

// "This client uses that service": the target is a node, node group or load
// balancer; port is a catalog port id of a component running there (for a
// load balancer: the listener's target port). Empty port = every port of the
// target whose audience fits the client's role.
struct ClientUse
{
    ElementId target;
    QString port;
    friend bool operator==(const ClientUse &, const ClientUse &) = default;
};

enum class ClientRole
{
    Users,
    Admins,
    Devices
};
QString clientRoleName(ClientRole role);
bool parseClientRole(const QString &text, ClientRole *out);

struct Client
{
    ElementId id;
    QString name;
    QString description;
    ClientRole role = ClientRole::Users;
    ElementId zone; // where they come from
    CidrList cidrs; // narrows the zone; empty = the zone's CIDRs
    QList<ClientUse> uses;
    Placement placement;
    friend bool operator==(const Client &, const Client &) = default;
};

} // namespace portolan
