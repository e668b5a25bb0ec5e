#include "deploymentgenerator.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int NodesPerSubnet = 50;
constexpr int NodesPerRegion = 1000;

// The role of the i-th node of a subnet: a mix of products.
QByteArray components(int i, int region)
{
    const QByteArray cluster = "r" + QByteArray::number(region);
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        return "      - use: kong-0.x/node\n        cluster: " + cluster + "\n      - use: base/host\n";
    case 4:
    case 5:
        return "      - use: livekit-server/server\n        settings:\n          turn.enabled: \"true\"\n"
               "      - use: base/host\n";
    case 6:
        return "      - use: livekit-sip/sip\n      - use: base/host\n";
    case 7:
    case 8:
        return "      - use: cumulocity/core\n        cluster: " + cluster + "\n";
    default:
        return (i % 20 == 9 ? "      - use: cumulocity/apama\n" : "      - use: cumulocity/opcua\n") +
               QByteArray("        cluster: ") + cluster + "\n";
    }
}

} // namespace

QByteArray DeploymentGenerator::generate(int nodes)
{
    const int regions = std::max(1, (nodes + NodesPerRegion - 1) / NodesPerRegion);
    QByteArray zones, nodeList, lbs, nats, firewalls, links, clients;
    zones += "  - id: internet\n    name: Internet\n    kind: internet\n";
    int made = 0;
    for (int r = 0; r < regions; ++r) {
        const QByteArray R = QByteArray::number(r);
        const bool cloud = r % 2 == 0;
        zones += "  - id: region" + R + "\n    name: Region " + R +
                 "\n    kind: " + (cloud ? "cloud" : "datacenter") +
                 "\n    provider: " + (cloud ? "aws" : "on-premises") + "\n";
        zones += "  - id: vpc" + R + "\n    name: VPC " + R + "\n    kind: vpc\n    parent: region" + R +
                 "\n    cidrs: [10." + R + ".0.0/16]\n";
        zones += "  - id: admin" + R + "\n    name: Admin " + R + "\n    kind: trusted\n    parent: region" +
                 R + "\n    cidrs: [172.16." + R + ".0/24]\n";
        QByteArray mappings;
        const int inRegion = std::min(NodesPerRegion, nodes - made);
        const int subnets = (inRegion + NodesPerSubnet - 1) / NodesPerSubnet;
        for (int s = 0; s < subnets; ++s) {
            const QByteArray S = QByteArray::number(s);
            const QByteArray subnet = "s" + R + "-" + S;
            const QByteArray prefix = "10." + R + "." + S + ".";
            zones += "  - id: " + subnet + "\n    name: Subnet " + R + "/" + S +
                     "\n    kind: subnet\n    parent: vpc" + R + "\n    cidrs: [" + prefix + "0/24]\n";
            QByteArray kongTarget, livekitTarget;
            for (int i = 0; i < NodesPerSubnet && made < nodes; ++i, ++made) {
                const QByteArray id = "n" + QByteArray::number(made);
                const QByteArray address = prefix + QByteArray::number(10 + i);
                nodeList += "  - id: " + id + "\n    name: Node " + QByteArray::number(made) +
                            "\n    zone: " + subnet + "\n    addresses: [" + address +
                            "]\n    components:\n" + components(i, r);
                if (i % 10 == 0 && kongTarget.isEmpty())
                    kongTarget = id;
                if (i % 10 == 4 && livekitTarget.isEmpty())
                    livekitTarget = id;
                if (i % 10 == 0) // Kong cluster port published through the region's NAT
                    mappings += "      - protocol: tcp\n        outside: 198.18." + R + "." +
                                QByteArray::number(s % 250) + ":" + QByteArray::number(9000 + i) +
                                "\n        inside: " + address + ":7946\n";
            }
            if (!kongTarget.isEmpty()) {
                lbs += "  - id: lb" + R + "-" + S + "\n    name: LB " + R + "/" + S +
                       "\n    zone: " + subnet + "\n    addresses: [" + prefix +
                       "5]\n    listeners:\n"
                       "      - {protocol: tcp, port: 443, tls: terminate, target: " +
                       kongTarget + ", component: kong-0.x/node, target_port: proxy-ssl}\n";
                if (!livekitTarget.isEmpty())
                    lbs += "      - {protocol: tcp, port: 7443, tls: terminate, target: " + livekitTarget +
                           ", component: livekit-server/server, target_port: api}\n";
                clients += "      - {target: lb" + R + "-" + S + "}\n";
            }
        }
        nats += "  - id: nat" + R + "\n    name: NAT " + R + "\n    inside: vpc" + R +
                "\n    outside: internet\n"
                "    addresses: [198.18." +
                R + ".1]\n    source_nat: true\n";
        if (!mappings.isEmpty())
            nats += "    mappings:\n" + mappings;
        firewalls += "  - id: fw" + R + "\n    name: Firewall " + R + "\n    inside: [vpc" + R +
                     "]\n    outside: internet\n";
        if (r > 0)
            links += "  - id: vpn" + R + "\n    name: VPN " + R + "\n    kind: vpn\n    between: [region" +
                     QByteArray::number(r - 1) + ", region" + R + "]\n";
    }
    QByteArray y = "format: 1\nname: Generated deployment of " + QByteArray::number(nodes) +
                   " nodes\nzones:\n" + zones + "nodes:\n" + nodeList;
    if (!lbs.isEmpty())
        y += "load_balancers:\n" + lbs;
    y += "nats:\n" + nats + "firewalls:\n" + firewalls;
    if (!links.isEmpty())
        y += "links:\n" + links;
    y += "clients:\n  - id: users\n    name: Users\n    role: users\n    zone: internet\n    uses:\n" +
         clients;
    return y;
}

} // namespace portolan
