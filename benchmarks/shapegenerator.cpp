#include "shapegenerator.h"

#include <QStringBuilder>

namespace portolan {

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// A catalog `id` of `components` components ("c0", "c1", ...) with `ports`
// client ports each ("p0", ...): single ports from `firstPort` on, one per
// port, numbered across components.
QByteArray catalog(const QByteArray &id, int components, int ports, int firstPort = 10000,
                   const QByteArray &audience = "clients", bool clustered = false)
{
    QByteArray y =
        "format: 1\nid: " + id + "\nproduct: " + id + "\nproduct_name: Shape\nversion: \"1\"\ntitle: Shape " +
        id +
        "\nsources:\n  - id: gen\n    title: Generated\n    document: benchmarks/shapegenerator.cpp\n"
        "components:\n";
    for (int c = 0; c < components; ++c) {
        y += "  - id: c" + num(c) + "\n    title: Component " + num(c) + "\n";
        if (clustered)
            y += "    clustered: true\n";
        y += "    ports:\n";
        for (int p = 0; p < ports; ++p)
            y +=
                "      - id: p" + num(p) + "\n        title: Port " + num(p) +
                "\n        protocol: tcp\n        port: " + num(firstPort + (qint64(c) * ports + p) % 50000) +
                "\n        audience: " + audience + "\n        source: gen\n";
    }
    return y;
}

// A public address per index (11.0.0.0/8 stands for the internet's networks).
QByteArray network(int i)
{
    return "11." + num((i >> 16) & 255) + "." + num((i >> 8) & 255) + "." + num(i & 255) + "/32";
}

// 10.x.y.z for node i.
QByteArray address(int i)
{
    return "10." + num((i >> 16) & 255) + "." + num((i >> 8) & 255) + "." + num(i & 255);
}

const QByteArray Zones =
    "zones:\n  - id: internet\n    name: Internet\n    kind: internet\n"
    "  - id: dc\n    name: Datacenter\n    kind: datacenter\n    cidrs: [10.0.0.0/8]\n"
    "  - id: ops\n    name: Operations\n    kind: trusted\n    parent: dc\n    cidrs: [10.255.255.0/24]\n";

QByteArray node(const QByteArray &id, const QByteArray &zone, const QByteArray &addr,
                const QList<QByteArray> &uses, const QByteArray &extra = {})
{
    QByteArray y =
        "  - id: " + id + "\n    zone: " + zone + "\n    addresses: [" + addr + "]\n    components:\n";
    for (const QByteArray &u : uses)
        y += "      - use: " + u + "\n" + extra;
    return y;
}

QByteArray client(const QByteArray &id, const QByteArray &cidr,
                  const QList<std::pair<QByteArray, QByteArray>> &uses)
{
    QByteArray y = "  - id: " + id + "\n    role: users\n    zone: internet\n";
    if (!cidr.isEmpty())
        y += "    cidrs: [" + cidr + "]\n";
    y += "    uses:\n";
    for (const auto &[target, port] : uses) {
        y += "      - target: " + target + "\n";
        if (!port.isEmpty())
            y += "        port: " + port + "\n";
    }
    return y;
}

const QByteArray Head = "format: 1\nname: Shape\n";

} // namespace

const char *ShapeGenerator::name(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Nodes:
        return "nodes";
    case Dimension::Clients:
        return "clients";
    case Dimension::UsesPerClient:
        return "uses_per_client";
    case Dimension::PortsPerComponent:
        return "ports_per_component";
    case Dimension::ComponentsPerNode:
        return "components_per_node";
    case Dimension::NatMappings:
        return "nat_mappings";
    case Dimension::NestingDepth:
        return "nesting_depth";
    case Dimension::MemberSetSize:
        return "member_set_size";
    case Dimension::FlowsPerPoint:
        return "flows_per_point";
    case Dimension::ClusterSites:
        return "cluster_sites";
    case Dimension::NatZones:
        return "nat_zones";
    }
    return "";
}

ShapeGenerator::Plan ShapeGenerator::generate(Dimension dimension, int n)
{
    Plan plan;
    QByteArray nodes = "nodes:\n", clients = "clients:\n", zones = Zones, extra;
    switch (dimension) {
    case Dimension::Nodes:
        plan.catalogs.append(catalog("shape", 1, 10));
        for (int i = 0; i < n; ++i)
            nodes += node("n" + num(i), "dc", address(i + 1), {"shape/c0", "base/host"});
        clients += client("users", {}, {{"n0", {}}});
        break;
    case Dimension::Clients:
        plan.catalogs.append(catalog("shape", 1, 100));
        nodes += node("host", "dc", "10.0.0.1", {"shape/c0"});
        for (int i = 0; i < n; ++i)
            clients += client("u" + num(i), network(i), {{"host", "p" + num(i % 100)}});
        break;
    case Dimension::UsesPerClient: {
        plan.catalogs.append(catalog("shape", 10, 100));
        QList<QByteArray> components;
        for (int c = 0; c < 10; ++c)
            components.append("shape/c" + num(c));
        for (int i = 0; i < 10; ++i)
            nodes += node("n" + num(i), "dc", address(i + 1), components);
        // Every (node, port) once: uses to ports, not repeats.
        QList<std::pair<QByteArray, QByteArray>> uses;
        for (int i = 0; i < n; ++i)
            uses.append({"n" + num(i % 10), "p" + num((i / 10) % 100)});
        clients += client("users", {}, uses);
        break;
    }
    case Dimension::PortsPerComponent:
        plan.catalogs.append(catalog("shape", 1, n));
        nodes += node("host", "dc", "10.0.0.1", {"shape/c0"});
        clients += client("users", {}, {{"host", {}}});
        break;
    case Dimension::ComponentsPerNode: {
        QList<QByteArray> components;
        for (int k = 0; k * 1000 < n; ++k) {
            const int count = std::min(1000, n - k * 1000);
            plan.catalogs.append(catalog("shape" + num(k), count, 1, 10000 + k * 1000));
            for (int c = 0; c < count; ++c)
                components.append("shape" + num(k) + "/c" + num(c));
        }
        nodes += node("host", "dc", "10.0.0.1", components);
        clients += client("users", {}, {{"host", {}}});
        break;
    }
    case Dimension::NatMappings: {
        // A node with one range 10000-19999 behind a NAT; each mapping
        // publishes one port of it.
        plan.catalogs.append(
            "format: 1\nid: shape\nproduct: shape\nproduct_name: Shape\nversion: \"1\"\ntitle: Range\n"
            "sources:\n  - id: gen\n    title: Generated\n    document: benchmarks/shapegenerator.cpp\n"
            "components:\n  - id: c0\n    title: Range\n    ports:\n      - id: media\n"
            "        title: Media\n        protocol: udp\n        port: 10000-19999\n"
            "        audience: clients\n        source: gen\n");
        nodes += node("host", "dc", "10.0.0.1", {"shape/c0"});
        clients += client("users", {}, {{"host", "media"}});
        extra = "nats:\n  - id: nat\n    inside: dc\n    outside: internet\n    addresses: [198.51.100.1]\n"
                "    mappings:\n";
        for (int i = 0; i < n; ++i)
            extra += "      - protocol: udp\n        outside: 198.51.100.1:" + num(40000 + i % 10000) +
                     "\n        inside: 10.0.0.1:" + num(10000 + i % 10000) + "\n";
        break;
    }
    case Dimension::NestingDepth: {
        plan.catalogs.append(catalog("shape", 1, 10));
        QByteArray parent = "dc";
        for (int i = 0; i < n; ++i) {
            const QByteArray id = "z" + num(i);
            zones += "  - id: " + id + "\n    kind: network\n    parent: " + parent + "\n";
            parent = id;
        }
        nodes += node("host", parent, "10.0.0.1", {"shape/c0", "base/host"});
        clients += client("users", {}, {{"host", {}}});
        break;
    }
    case Dimension::MemberSetSize:
        for (int i = 0; i < n; ++i)
            nodes += node("n" + num(i), "dc", address(i + 1), {"kong-0.x/node"}, "        cluster: main\n");
        clients += client("users", {}, {{"n0", "proxy"}});
        break;
    case Dimension::FlowsPerPoint:
        plan.catalogs.append(catalog("shape", 1, 1, 443));
        nodes += node("host", "dc", "10.0.0.1", {"shape/c0"});
        for (int i = 0; i < n; ++i)
            clients += client("u" + num(i), network(i), {{"host", "p0"}});
        break;
    case Dimension::ClusterSites:
        // n datacenters under one network, no link between any two: every
        // pair of the cluster's sites is unlinked (cluster.no-vpn). One
        // top-level zone keeps the peer flows to one member set.
        zones += "  - id: world\n    kind: network\n    cidrs: [172.16.0.0/12]\n";
        for (int i = 0; i < n; ++i) {
            const QByteArray host =
                "172." + num(16 + (i >> 16)) + "." + num((i >> 8) & 255) + "." + num(i & 255);
            zones += "  - id: s" + num(i) + "\n    kind: datacenter\n    parent: world\n    cidrs: [" + host +
                     "/32]\n";
            nodes += node("n" + num(i), "s" + num(i), host, {"kong-0.x/node"});
        }
        clients += client("users", {}, {{"n0", "proxy"}});
        break;
    case Dimension::NatZones: {
        // Seed 001 (resources/examples/kong-0x-two-datacenters-nat.yaml) at
        // scale: a Kong node in site, behind NAT nat-site towards wan (its
        // TCP and UDP mapping, advertised), and n more, each in its own zone
        // of dc, linked to site by VPN. Every member has every other
        // member's zone as a remote zone: the node behind the NAT reaches
        // all n through it. Kong advertises one address, so only one member
        // sits behind the NAT (members on both sides of one NAT would each be
        // reported, rightly); the plan reviews clean of NAT findings, and the
        // cost is the analysis itself.
        zones += "  - id: wan\n    kind: network\n    cidrs: [192.168.0.0/16]\n"
                 "  - id: site\n    kind: datacenter\n    cidrs: [172.16.0.0/16]\n";
        for (int i = 0; i < n; ++i) {
            zones += "  - id: z" + num(i) + "\n    kind: network\n    parent: dc\n    cidrs: [" +
                     address(i + 1) + "/32]\n";
            nodes += node("n" + num(i), "z" + num(i), address(i + 1), {"kong-0.x/node"});
        }
        nodes += node("behind", "site", "172.16.0.10", {"kong-0.x/node"},
                      "        settings:\n          cluster_advertise: 192.168.10.5:9000\n"
                      "          cluster_listen: 172.16.0.10:7946\n");
        extra = "nats:\n  - id: nat-site\n    inside: site\n    outside: wan\n    addresses: [192.168.10.5]\n"
                "    mappings:\n";
        for (const char *protocol : {"tcp", "udp"})
            extra += "      - protocol: " + QByteArray(protocol) +
                     "\n        outside: 192.168.10.5:9000\n        inside: 172.16.0.10:7946\n";
        extra += "links:\n  - id: vpn\n    kind: vpn\n    between: [dc, site]\n";
        clients += client("users", {}, {{"n0", "proxy"}});
        break;
    }
    }
    plan.project = Head + zones + nodes + extra + clients;
    return plan;
}

} // namespace portolan
