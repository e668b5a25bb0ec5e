#pragma once

#include "catalog/catalog.h"
#include "model/elements.h"

#include <QList>
#include <QString>

namespace portolan {

// One end of a flow: a client, zone, node (group) or load balancer, with the
// networks it stands for (hosts as /32 or /128), IPv4 and IPv6 together.
// A member set (the peers of a large cluster in one zone, see
// docs/derivation.md) has kind Node, a synthetic id ("peers:...",
// "internal:...") and lists its node ids in `members`; every other endpoint
// has no members.
struct FlowEndpoint
{
    ElementKind kind = ElementKind::Node;
    ElementId id;
    CidrList cidrs;
    ElementId zone;      // the zone the endpoint sits in (hop computation, drawing)
    QStringList members; // node ids of a member set; empty otherwise
    bool isMemberSet() const { return !members.isEmpty(); }
    friend bool operator==(const FlowEndpoint &, const FlowEndpoint &) = default;
};

enum class HopKind
{
    LoadBalancer,
    Nat,
    Firewall,
    Link
};
QString hopKindName(HopKind kind); // "load-balancer", "nat", "firewall", "link"

// What one element on the path does to the packet.
// LoadBalancer: front address:port -> target address:port, TLS terminated or passed.
// Nat: outside address:port -> inside address:port (destination NAT), or the
//      source leaving with an outside address (source NAT: ports unchanged).
// Firewall / Link: crossed, no translation (from == to).
struct FlowHop
{
    HopKind kind = HopKind::Firewall;
    ElementId id;
    QHostAddress fromAddress;
    PortRange fromPorts;
    QHostAddress toAddress;
    PortRange toPorts;
    TlsMode tls = TlsMode::Passthrough;
    bool sourceNat = false;
    friend bool operator==(const FlowHop &, const FlowHop &) = default;
};

// Whether a packet can travel a flow's path (docs/derivation.md, "Paths"),
// set by the FlowPaths pass. Unknown where the project cannot say (no
// address stated); never Works by default.
enum class PathStatus
{
    Unknown,
    Works,
    CannotWork
};
QString pathStatusName(PathStatus status); // "unknown", "works", "cannot-work"

// Why a path cannot work (or is unknown).
enum class PathProblem
{
    None,
    PrivateUnreachable, // the internet sends to a private address, with no NAT mapping or balancer in front
    NatNoMapping,       // a NAT layer stands in front and maps nothing for the port and protocol
    EgressNoSourceNat,  // a private source connects to the internet with no source NAT on the way
    SitesNotLinked,     // a private address in another site, and no link joins the two sites
    NoAddress           // nothing says which addresses an end has (Unknown)
};
QString pathProblemName(PathProblem problem); // "private-unreachable", ...

// A flow whose ends both have IPv4 and IPv6 addresses (or stand for any
// address) is judged per family: one family may be routed, mapped or
// balanced and the other not.
enum class PathFamily
{
    Both, // one judgement holds for every family the flow uses
    IPv4,
    IPv6
};
QString pathFamilyName(PathFamily family); // "both", "ipv4", "ipv6"

struct FlowPath
{
    PathStatus status = PathStatus::Unknown;
    PathProblem problem = PathProblem::None;
    ElementId stop; // the element where the packet stops (a NAT layer, the destination, the source)
    // Where the families differ: status, problem and stop are the worse
    // family's, and otherStatus is the other family's status.
    PathFamily family = PathFamily::Both;
    PathStatus otherStatus = PathStatus::Unknown;
    friend bool operator==(const FlowPath &, const FlowPath &) = default;
};

// One L4 connection a product needs, as the destination receives it.
// A proxying load balancer splits a client's path in two flows: client ->
// load balancer (front port) and load balancer -> node (target port); both
// name the load balancer in `via`. A NAT keeps one flow whose `ports` are
// what the destination sees, with the translation in the hop.
struct Flow
{
    FlowEndpoint source;
    FlowEndpoint destination;
    Protocol protocol = Protocol::Tcp; // Tcp, Udp, or Any (all protocols, ports ignored)
    PortRange ports;                   // at the destination
    QString catalog;                   // catalog id, e.g. "kong-0.x"
    QString product;                   // product name, e.g. "Kong"
    QString component;                 // "<catalog>/<component>"
    QString port;                      // catalog port id
    Audience audience = Audience::Clients;
    QList<FlowHop> via;
    QString sourceDocument; // the vendor document the catalog port rests on
    FlowPath path;          // FlowPaths: whether it can work, and where it stops

    // Stable identity and sort key: same flows, same order, same bytes.
    QString key() const;
    friend bool operator==(const Flow &, const Flow &) = default;
};

using FlowList = QList<Flow>;

} // namespace portolan

// Every member is an implicitly shared Qt value, an enum or an integer, so
// a flow may be moved in memory as bytes: QList then grows a 54,000-flow
// list (10,000 nodes) with realloc instead of moving each flow one by one
// (9 % of deriving that plan went to those moves).
Q_DECLARE_TYPEINFO(portolan::FlowEndpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(portolan::FlowHop, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(portolan::FlowPath, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(portolan::Flow, Q_RELOCATABLE_TYPE);
