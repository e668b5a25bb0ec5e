#include "rulelimits.h"

using namespace Qt::StringLiterals;

namespace portolan {

// TARGETS.md: AWS 60 per direction per family; DigitalOcean 50 in all;
// Azure 1,000 per NSG.
RuleLimit RuleLimit::of(const RuleSet &set)
{
    if (set.kind != PointKind::SecurityGroup && set.kind != PointKind::LoadBalancerGroup)
        return {};
    switch (set.provider) {
    case Provider::Aws:
        return {60, true, u"AWS security group"_s};
    case Provider::DigitalOcean:
        return {50, false, u"DigitalOcean firewall"_s};
    case Provider::Azure:
        return {1000, false, u"Azure network security group"_s};
    default:
        return {};
    }
}

int RuleLimit::countOf(const RuleSet &set) const
{
    int worst = 0;
    int total = 0;
    for (Direction d : {Direction::Ingress, Direction::Egress}) {
        for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6}) {
            const int count = set.count(d, f);
            worst = std::max(worst, count);
            total += count;
        }
    }
    return perDirectionAndFamily ? worst : total;
}

} // namespace portolan
