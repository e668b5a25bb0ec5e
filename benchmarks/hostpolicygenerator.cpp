#include "hostpolicygenerator.h"

#include <QStringBuilder>

#include <algorithm>
#include <cstdint>

namespace portolan {

namespace {

constexpr int WellKnown[] = {22,  25,   53,   80,   110,  123,  143,  443,  465,  514,  587,  993,
                             995, 1194, 1433, 3306, 3389, 5432, 5900, 6379, 8080, 8443, 9090, 9200};

// A small deterministic hash, so that term t always gets the same port.
std::uint32_t mix(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

int portsPerComponent(int terms)
{
    return std::clamp((terms + HostPolicyGenerator::Components - 1) / HostPolicyGenerator::Components, 1,
                      1000);
}

QByteArray portId(int t)
{
    return "t" + QByteArray::number(t).rightJustified(5, '0');
}

QByteArray protocolOf(int t)
{
    switch (mix(std::uint32_t(t) * 3 + 1) % 7) {
    case 4:
    case 5:
        return "udp";
    case 6:
        return "both";
    default:
        return "tcp";
    }
}

QByteArray portOf(int t)
{
    const std::uint32_t r = mix(std::uint32_t(t) + 0x9e3779b9U);
    const std::uint32_t kind = r % 10;
    if (kind < 2) { // a range of 2-100 ports
        const int from = 10000 + int((r >> 8) % 50000);
        return QByteArray::number(from) + "-" + QByteArray::number(from + 1 + int((r >> 4) % 99));
    }
    if (kind < 6)
        return QByteArray::number(WellKnown[(r >> 8) % std::size(WellKnown)]);
    return QByteArray::number(1024 + int((r >> 8) % (65535 - 1024)));
}

// Source network g: one to three public /24s (11.0.0.0/8 stands for the
// internet's many networks).
QByteArray sourceCidrs(int g)
{
    QByteArray out;
    const int count = 1 + g % 3;
    for (int k = 0; k < count; ++k) {
        const int n = g * 3 + k;
        if (k)
            out += ", ";
        out += "11." + QByteArray::number((n >> 8) & 255) + "." + QByteArray::number(n & 255) + ".0/24";
    }
    return out;
}

} // namespace

QByteArray HostPolicyGenerator::catalog(int terms)
{
    const int perComponent = portsPerComponent(terms);
    QByteArray y = QByteArray("format: 1\nid: ") + CatalogId +
                   "\nproduct: hostpolicy\nproduct_name: Host policy\nversion: \"1\"\n"
                   "title: A firewall policy of " +
                   QByteArray::number(terms) +
                   " terms as a catalog\nsources:\n  - id: policy\n    title: Generated policy\n"
                   "    document: benchmarks/hostpolicygenerator.cpp\ncomponents:\n";
    for (int c = 0; c < Components; ++c) {
        const QByteArray C = QByteArray::number(c);
        y += "  - id: c" + C + "\n    title: Service group " + C + "\n    ports:\n";
        for (int p = 0; p < perComponent; ++p) {
            const int t = c * perComponent + p;
            if (t >= terms && p > 0)
                break;
            y += "      - id: " + portId(t) + "\n        title: Term " + QByteArray::number(t) +
                 "\n        protocol: " + protocolOf(t) + "\n        port: " + portOf(t) +
                 "\n        audience: clients\n        source: policy\n";
        }
    }
    return y;
}

QByteArray HostPolicyGenerator::project(int terms)
{
    QByteArray y =
        "format: 1\nname: Host policy of " + QByteArray::number(terms) +
        " terms\nzones:\n  - id: internet\n    name: Internet\n    kind: internet\n"
        "  - id: dmz\n    name: DMZ\n    kind: network\n    cidrs: [203.0.113.0/24]\n"
        "nodes:\n  - id: host\n    name: Policy host\n    zone: dmz\n    addresses: [203.0.113.10]\n"
        "    components:\n";
    for (int c = 0; c < Components; ++c)
        y += QByteArray("      - use: ") + CatalogId + "/c" + QByteArray::number(c) + "\n";
    y += "clients:\n";
    for (int t = 0; t < terms; ++t) {
        const QByteArray T = QByteArray::number(t);
        y += "  - id: term" + T + "\n    name: Term " + T + "\n    role: users\n    zone: internet\n";
        if (t % 50 != 49)
            y += "    cidrs: [" + sourceCidrs(t / 2) + "]\n";
        y += "    uses:\n      - target: host\n        port: " + portId(t) + "\n";
    }
    return y;
}

} // namespace portolan
