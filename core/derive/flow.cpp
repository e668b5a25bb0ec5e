#include "flow.h"

#include "model/enumnames.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr std::array<std::pair<HopKind, const char16_t *>, 4> HopKindNames{{
    {HopKind::LoadBalancer, u"load-balancer"},
    {HopKind::Nat, u"nat"},
    {HopKind::Firewall, u"firewall"},
    {HopKind::Link, u"link"},
}};

constexpr std::array<std::pair<PathStatus, const char16_t *>, 3> PathStatusNames{{
    {PathStatus::Unknown, u"unknown"},
    {PathStatus::Works, u"works"},
    {PathStatus::CannotWork, u"cannot-work"},
}};

constexpr std::array<std::pair<PathProblem, const char16_t *>, 6> PathProblemNames{{
    {PathProblem::None, u""},
    {PathProblem::PrivateUnreachable, u"private-unreachable"},
    {PathProblem::NatNoMapping, u"nat-no-mapping"},
    {PathProblem::EgressNoSourceNat, u"egress-no-source-nat"},
    {PathProblem::SitesNotLinked, u"sites-not-linked"},
    {PathProblem::NoAddress, u"no-address"},
}};

constexpr std::array<std::pair<PathFamily, const char16_t *>, 3> PathFamilyNames{{
    {PathFamily::Both, u"both"},
    {PathFamily::IPv4, u"ipv4"},
    {PathFamily::IPv6, u"ipv6"},
}};

QString paddedPort(int port)
{
    return QString::number(port).rightJustified(5, u'0');
}

} // namespace

QString hopKindName(HopKind kind)
{
    return detail::nameOf(HopKindNames, kind);
}

QString pathStatusName(PathStatus status)
{
    return detail::nameOf(PathStatusNames, status);
}

QString pathFamilyName(PathFamily family)
{
    return detail::nameOf(PathFamilyNames, family);
}

QString pathProblemName(PathProblem problem)
{
    return detail::nameOf(PathProblemNames, problem);
}

QString Flow::key() const
{
    // Zero-padded ports so that the string order is the numeric order; the
    // hop ids are part of the identity (one port reached two ways is two flows).
    QString via;
    for (const FlowHop &hop : this->via) {
        if (!via.isEmpty())
            via += u',';
        via += hop.id;
    }
    return source.id % u'>' % destination.id % u'|' % protocolName(protocol) % u'|' % paddedPort(ports.from) %
           u'-' % paddedPort(ports.to) % u'|' % component % u'|' % port % u'|' % audienceName(audience) %
           u'|' % via;
}

} // namespace portolan
