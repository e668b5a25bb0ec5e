#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// One forward rule of a boundary firewall, as a router sees the packet:
// source and destination CIDRs (empty = any) already cut to the rule's
// family. Ingress rules go from the rule's peers to the protected
// addresses, egress rules the other way.
struct GatewayRule
{
    const Rule *rule = nullptr;
    CidrList sources;
    CidrList destinations;
    QString comment(int cap) const;
};

// A static mapping of a NAT layer: traffic to outside:ports is sent on to
// inside:ports (destination NAT), per protocol.
struct GatewayDnat
{
    IpFamily family = IpFamily::IPv4;
    Protocol protocol = Protocol::Tcp;
    QHostAddress outside;
    PortRange outsidePorts;
    QHostAddress inside;
    PortRange insidePorts;
    // Ports keep their numbers: translate the address only.
    bool samePorts() const { return outsidePorts == insidePorts; }
    // The mapping as steps a packet filter can state: itself when the ports
    // stay or all go to one inside port, else one step per port (nftables
    // and iptables have no port offset; pf has).
    QList<GatewayDnat> steps() const;
};

// Source NAT of a NAT layer for one family: traffic from `sources` to
// `destinations` (empty = any, but never to `exceptTo`) leaves with address
// `to` (null = the outgoing interface's address: masquerade).
struct GatewaySnat
{
    IpFamily family = IpFamily::IPv4;
    CidrList sources;
    CidrList destinations;
    CidrList exceptTo;
    QHostAddress to;
};

// One network device between zones: a boundary firewall (forward rules)
// or a NAT layer (translations). Each gets its own file per target; a
// router that is both loads both files (their tables and chains do not
// clash, see docs/guide/export.md).
struct GatewayDevice
{
    enum class Kind
    {
        Firewall,
        Nat
    };
    Kind kind = Kind::Firewall;
    ElementId id;
    QString slug;           // file name part, unique in the export
    QString title;          // sanitised "name (id)" for comments
    QString between;        // sanitised "inside zones / outside zone"
    QString ruleSetId;      // "fw:<id>" for a firewall
    int sessionTimeout = 0; // TCP established timeout, seconds; 0 = not stated
    QList<GatewayRule> rules;
    QList<GatewayDnat> dnats;
    QList<GatewaySnat> snats;

    bool isFirewall() const { return kind == Kind::Firewall; }
    QList<GatewayRule> select(IpFamily family) const;
    QList<GatewayDnat> dnatsOf(IpFamily family) const;
    QList<GatewaySnat> snatsOf(IpFamily family) const;
};

// What the gateway exporters share: the devices of the plan (boundary
// firewalls from their `fw:` rule sets, NAT layers from the project), the
// header every file starts with, and the policy all targets follow:
// - forwarded traffic only: default drop, established/related accepted,
//   then the firewall's ingress and egress rules; the device's own traffic
//   (management, routing protocols) is left alone;
// - destination NAT before filtering, so forward rules name the inside
//   address (the plan's rule sets do); source NAT after filtering;
// - NAT files translate only: a NAT layer that is also a firewall loads the
//   firewall's file too.
class GatewayTarget
{
    Q_DECLARE_TR_FUNCTIONS(GatewayTarget)
public:
    // More than this many ports remapped one by one is refused (each port is
    // a rule in nftables and iptables).
    static constexpr int MaxRemappedPorts = 1024;

    static QList<GatewayDevice> devices(const ExportInput &input, QList<ExportProblem> *problems);

    // Plain text lines (no comment marker), each safe for any comment syntax.
    static QStringList header(const ExportInput &input, const GatewayDevice &device, const QString &target,
                              const QStringList &howToApply);

    static QString familyName(IpFamily family)
    {
        return family == IpFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    }
    static IpFamily familyOf(const QHostAddress &address)
    {
        return address.protocol() == QAbstractSocket::IPv6Protocol ? IpFamily::IPv6 : IpFamily::IPv4;
    }
    static QString addressText(const QHostAddress &address);
};

} // namespace portolan
