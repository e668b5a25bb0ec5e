#pragma once

#include "model/addressscope.h"
#include "model/project.h"
#include "model/zonetree.h"

#include <QHash>
#include <QList>

namespace portolan {

// Which zone reaches which address, without help on the way
// (docs/derivation.md, "Paths"):
// - a public address is reached from every zone;
// - a private address only from its own site (its top-level zone) or from a
//   site joined to it by links (VPN, peering), directly or through others;
//   never from the internet;
// - with no address to judge (a cloud zone with no CIDRs), the answer is
//   Unknown, never Reaches.
// Help on the way (a NAT layer's static mapping, a load balancer) is the
// caller's business: it asks again for the NAT's outside address or the
// balancer's address. Built once per derivation in O(zones + links + NATs).
class ZoneRouting
{
public:
    enum class Reach
    {
        Reaches,
        InternetToPrivate, // the internet sends to a private address
        SitesNotLinked,    // a private address in a site the sender's site has no link to
        Unknown            // no address, or a zone the project does not have
    };

    explicit ZoneRouting(const Project &project);

    int zoneIndex(const ElementId &id) const { return m_tree.index(id); }
    // Within a zone of kind internet.
    bool isInternet(int zone) const { return zone >= 0 && m_internet[zone]; }
    // The top-level zone (index) holding `zone`.
    int site(int zone) const { return zone >= 0 ? m_site[zone] : -1; }
    // Same site, or sites joined by links.
    bool linked(int a, int b) const { return a >= 0 && b >= 0 && m_group[m_site[a]] == m_group[m_site[b]]; }
    bool within(int zone, int ancestor) const { return m_tree.within(zone, ancestor); }

    // Public when any of `addresses` is public (a multi-homed host takes the
    // route that works); Private when all are private; nullopt when empty.
    static std::optional<AddressScope::Scope> scopeOf(const CidrList &addresses);

    // A party in zone `from` sends to an address of `scope` that lives in
    // zone `to`.
    Reach reach(int from, std::optional<AddressScope::Scope> scope, int to) const;
    // A party in zone `from` sends to NAT layer `nat`'s outside `address`
    // (null: the layer's outside addresses). A private outside address is
    // reached from the outside zone's linked sites and from the sites linked
    // to the inside zone's site (a link into a site arrives at the NAT on
    // its edge).
    Reach reachNat(int from, int nat, const QHostAddress &address = {}) const;

    // NAT layers (indices into Project::natLayers) whose inside zone holds
    // `zone`, innermost first.
    const QList<int> &natsOver(int zone) const;
    // The innermost NAT layer that holds `zone` and not `from`: what a
    // party in `from` crosses towards `zone`; -1 when there is none.
    int natInFront(int zone, int from) const;
    // Of those, the one facing `from`: its outside zone holds `from` or is
    // in a site linked to it (the internet edge for an internet sender,
    // not the VPN side's NAT); natInFront() when none faces it.
    int natFacing(int zone, int from) const;

private:
    const Project &m_project;
    ZoneTree m_tree;
    QList<bool> m_internet;
    QList<int> m_site;
    QList<int> m_group; // per zone (only top-level entries used): linked-site representative
    QList<QList<int>> m_natsOver;
};

} // namespace portolan
