#pragma once

#include "flow.h"

#include <QList>
#include <QString>

namespace portolan {

// Where rules are enforced.
enum class PointKind
{
    HostFirewall,     // one per node (group): ingress and egress of its hosts
    SecurityGroup,    // one per node group in a cloud zone (aws, gcp, azure, digitalocean)
    BoundaryFirewall, // one per Firewall element
    LoadBalancerGroup // one per load balancer (its security group)
};
QString pointKindName(PointKind kind); // "host", "security-group", "boundary", "load-balancer"

enum class Direction
{
    Ingress,
    Egress
};
QString directionName(Direction direction); // "ingress", "egress"

enum class IpFamily
{
    IPv4,
    IPv6
};

// One allow rule after compaction. Sources (ingress) or destinations
// (egress) are either CIDRs or a reference to another enforcement point's
// group (cloud security-group references); never both in one rule.
struct Rule
{
    Direction direction = Direction::Ingress;
    IpFamily family = IpFamily::IPv4;
    Protocol protocol = Protocol::Tcp; // Any = all protocols, ports empty
    QList<PortRange> ports;            // sorted, merged; empty for Any
    CidrList peers;                    // sources for ingress, destinations for egress
    QString peerGroup;                 // enforcement point id instead of peers
    CidrList localAddresses;           // this point's own addresses the rule applies to (may be empty = any)
    QStringList flowKeys;              // the flows this rule allows (Flow::key)
    QString comment;                   // short, ASCII-safe, why the rule exists (exporters still escape)
    friend bool operator==(const Rule &, const Rule &) = default;
};

// A packet-filter redirect (Kong `transparent`): original port -> local port.
struct RedirectRule
{
    Protocol protocol = Protocol::Tcp;
    PortRange match;
    int toPort = 0;
    QString comment;
    friend bool operator==(const RedirectRule &, const RedirectRule &) = default;
};

struct RuleSet
{
    QString id; // stable, e.g. "host:kong-a", "sg:livekit-nodes", "fw:edge", "lb:public-lb"
    PointKind kind = PointKind::HostFirewall;
    ElementId element;                  // the node, firewall or load balancer it belongs to
    Provider provider = Provider::None; // for SecurityGroup / LoadBalancerGroup
    QString name;                       // display name (user text: exporters escape it)
    CidrList addresses;                 // the protected addresses (node / LB addresses, zone CIDRs)
    QList<Rule> rules;                  // sorted deterministically
    QList<RedirectRule> redirects;

    // Rules as a one-source, one-port-range target (an AWS security group)
    // counts them: each rule counts peers (or 1 for a group reference or no
    // peers) times port ranges (1 for Any).
    int count(Direction direction, IpFamily family) const;
};

// A port that must never be in a rule (audience `local`), as resolved on a
// node; the review checks its bind address is loopback.
struct LocalPort
{
    ElementId node;
    QString component; // "<catalog>/<component>"
    QString port;      // catalog port id
    QList<Protocol> protocols;
    PortRange ports;
    QHostAddress bindAddress; // null when the product does not say
    friend bool operator==(const LocalPort &, const LocalPort &) = default;
};

// A client use that derivation refused to turn into a flow (a users client
// naming an admin, peer, local or internal port, a port that is off).
struct RefusedUse
{
    ElementId client;
    ElementId target;
    QString component;
    QString port;
    Audience audience = Audience::Clients;
    QString reason; // translated
    friend bool operator==(const RefusedUse &, const RefusedUse &) = default;
};

// Everything derivation produces for a project.
struct Derivation
{
    FlowList flows;              // sorted by Flow::key
    QList<RuleSet> ruleSets;     // sorted by id
    QList<LocalPort> localPorts; // sorted by node, component, port
    QList<RefusedUse> refused;   // sorted by client, target, port
    const RuleSet *ruleSet(const QString &id) const;
};

} // namespace portolan
