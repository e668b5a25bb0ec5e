#include "elements.h"
#include "enumnames.h"
#include "fielddescription.h"

#include <algorithm>

namespace portolan {

using detail::nameOf;
using detail::parseName;

namespace {

// Every name of a table, in its order: a Choice field's choices.
template <typename E, std::size_t N>
QStringList namesOf(const std::array<std::pair<E, const char16_t *>, N> &table)
{
    QStringList names;
    for (const auto &[e, name] : table)
        names.append(QString::fromUtf16(name));
    return names;
}

constexpr std::array<std::pair<ElementKind, const char16_t *>, 7> kElementKinds{{
    {ElementKind::Zone, u"zone"},
    {ElementKind::Node, u"node"},
    {ElementKind::LoadBalancer, u"load-balancer"},
    {ElementKind::NatLayer, u"nat"},
    {ElementKind::Firewall, u"firewall"},
    {ElementKind::Link, u"link"},
    {ElementKind::Client, u"client"},
}};

constexpr std::array<std::pair<ZoneKind, const char16_t *>, 7> kZoneKinds{{
    {ZoneKind::Internet, u"internet"},
    {ZoneKind::Cloud, u"cloud"},
    {ZoneKind::Datacenter, u"datacenter"},
    {ZoneKind::Vpc, u"vpc"},
    {ZoneKind::Subnet, u"subnet"},
    {ZoneKind::Trusted, u"trusted"},
    {ZoneKind::Network, u"network"},
}};

constexpr std::array<std::pair<Provider, const char16_t *>, 6> kProviders{{
    {Provider::None, u""},
    {Provider::Aws, u"aws"},
    {Provider::Gcp, u"gcp"},
    {Provider::Azure, u"azure"},
    {Provider::DigitalOcean, u"digitalocean"},
    {Provider::OnPremises, u"on-premises"},
}};

constexpr std::array<std::pair<TlsMode, const char16_t *>, 2> kTlsModes{{
    {TlsMode::Passthrough, u"passthrough"},
    {TlsMode::Terminate, u"terminate"},
}};

constexpr std::array<std::pair<LinkKind, const char16_t *>, 2> kLinkKinds{{
    {LinkKind::Vpn, u"vpn"},
    {LinkKind::Peering, u"peering"},
}};

constexpr std::array<std::pair<ClientRole, const char16_t *>, 3> kClientRoles{{
    {ClientRole::Users, u"users"},
    {ClientRole::Admins, u"admins"},
    {ClientRole::Devices, u"devices"},
}};

constexpr std::array<std::pair<HostFirewall, const char16_t *>, 7> kHostFirewalls{{
    {HostFirewall::Any, u""},
    {HostFirewall::Nftables, u"nftables"},
    {HostFirewall::Iptables, u"iptables"},
    {HostFirewall::Firewalld, u"firewalld"},
    {HostFirewall::Ufw, u"ufw"},
    {HostFirewall::Pf, u"pf"},
    {HostFirewall::Windows, u"windows"},
}};

} // namespace

QString hostFirewallName(HostFirewall firewall)
{
    return nameOf(kHostFirewalls, firewall);
}
bool parseHostFirewall(const QString &text, HostFirewall *out)
{
    return parseName(kHostFirewalls, text, out);
}
QStringList hostFirewallNames()
{
    return namesOf(kHostFirewalls);
}

QString elementKindName(ElementKind kind)
{
    return nameOf(kElementKinds, kind);
}
QString zoneKindName(ZoneKind kind)
{
    return nameOf(kZoneKinds, kind);
}
bool parseZoneKind(const QString &text, ZoneKind *out)
{
    return parseName(kZoneKinds, text, out);
}
QStringList zoneKindNames()
{
    return namesOf(kZoneKinds);
}
QString providerName(Provider provider)
{
    return nameOf(kProviders, provider);
}
bool parseProvider(const QString &text, Provider *out)
{
    return !text.isEmpty() && parseName(kProviders, text, out);
}
QStringList providerNames()
{
    return namesOf(kProviders);
}
QString tlsModeName(TlsMode mode)
{
    return nameOf(kTlsModes, mode);
}
bool parseTlsMode(const QString &text, TlsMode *out)
{
    return parseName(kTlsModes, text, out);
}
QString linkKindName(LinkKind kind)
{
    return nameOf(kLinkKinds, kind);
}
bool parseLinkKind(const QString &text, LinkKind *out)
{
    return parseName(kLinkKinds, text, out);
}
QStringList linkKindNames()
{
    return namesOf(kLinkKinds);
}
QString clientRoleName(ClientRole role)
{
    return nameOf(kClientRoles, role);
}
bool parseClientRole(const QString &text, ClientRole *out)
{
    return parseName(kClientRoles, text, out);
}
QStringList clientRoleNames()
{
    return namesOf(kClientRoles);
}

QList<QHostAddress> Node::hostAddresses(int host) const
{
    if (count <= 1)
        return host == 0 ? addresses : QList<QHostAddress>();
    QList<QHostAddress> out;
    int v4 = 0, v6 = 0;
    for (const QHostAddress &a : addresses) {
        int &index = a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
        if (index++ == host)
            out.append(a);
    }
    return out;
}

bool Node::addressesFit(int count, const QList<QHostAddress> &addresses)
{
    if (count <= 1)
        return true;
    const auto v6 = std::count_if(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv6Protocol;
    });
    return v6 <= count && addresses.size() - v6 <= count;
}

} // namespace portolan
