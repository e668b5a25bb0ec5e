#include "checkregistry.h"
#include "clientusechecks.h"
#include "exposurechecks.h"
#include "hostchecks.h"
#include "natchecks.h"
#include "pathchecks.h"
#include "planchecks.h"
#include "topologychecks.h"

using namespace Qt::StringLiterals;

namespace portolan {

const QList<CheckDef> &CheckRegistry::checks()
{
    static const QList<CheckDef> list{
        {u"nat.advertise-unreachable"_s, Severity::Error, false, &NatChecks::advertiseUnreachable},
        {u"nat.mapping-missing"_s, Severity::Error, false, &NatChecks::mappingMissing},
        {u"nat.mapping-port-mismatch"_s, Severity::Error, false, &NatChecks::mappingPortMismatch},
        {u"nat.mapping-protocol-missing"_s, Severity::Error, false, &NatChecks::mappingProtocolMissing},
        {u"nat.listen-address-missing"_s, Severity::Error, false, &NatChecks::listenAddressMissing},
        {u"nat.autodetect-wrong-address"_s, Severity::Warning, false, &NatChecks::autodetectWrongAddress},
        {u"nat.port-translated-ice"_s, Severity::Error, false, &NatChecks::portTranslatedIce},
        {u"exposure.admin-untrusted"_s, Severity::Error, true, &ExposureChecks::adminUntrusted},
        {u"exposure.local-port"_s, Severity::Error, false, &ExposureChecks::localPort},
        {u"exposure.cluster-outside"_s, Severity::Error, true, &ExposureChecks::clusterOutside},
        {u"ports.conflict"_s, Severity::Error, false, &HostChecks::portConflict},
        {u"host.privileged-port"_s, Severity::Warning, false, &HostChecks::privilegedPort},
        {u"host.transparent-capability"_s, Severity::Warning, false, &HostChecks::transparentCapability},
        {u"capacity.port-range-too-small"_s, Severity::Error, false, &HostChecks::portRangeTooSmall},
        {u"tls.port-without-load-balancer"_s, Severity::Warning, false,
         &HostChecks::tlsPortWithoutLoadBalancer},
        {u"path.private-unreachable"_s, Severity::Error, true, &PathChecks::privateUnreachable},
        {u"path.nat-no-mapping"_s, Severity::Error, true, &PathChecks::natNoMapping},
        {u"path.egress-no-source-nat"_s, Severity::Error, true, &PathChecks::egressNoSourceNat},
        {u"path.sites-not-linked"_s, Severity::Error, true, &PathChecks::sitesNotLinked},
        {u"cluster.no-vpn"_s, Severity::Warning, false, &TopologyChecks::clusterWithoutVpn},
        {u"zones.cidr-overlap"_s, Severity::Error, false, &TopologyChecks::cidrOverlap},
        {u"unused.node"_s, Severity::Warning, true, &TopologyChecks::unusedNode},
        {u"unused.client"_s, Severity::Warning, false, &TopologyChecks::unusedClient},
        {u"client.use-unreachable"_s, Severity::Error, false, &ClientUseChecks::useUnreachable},
        {u"unused.zone"_s, Severity::Info, true, &TopologyChecks::unusedZone},
        {u"timeout.shorter-than-session"_s, Severity::Warning, false, &PlanChecks::idleTimeout},
        {u"limits.rules-exceeded"_s, Severity::Error, true, &PlanChecks::ruleLimits, true},
    };
    return list;
}

const CheckDef *CheckRegistry::find(const QString &code)
{
    for (const CheckDef &c : checks())
        if (c.code == code)
            return &c;
    return nullptr;
}

} // namespace portolan
