#include "topologychecks.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

void TopologyChecks::cidrOverlap(const ReviewContext &ctx, CheckOutput *out)
{
    // Sibling zones only, found by one sort of each sibling group's CIDRs:
    // two CIDRs overlap only when one contains the other, so in (family,
    // address, prefix) order the CIDRs that contain the next one are a
    // stack. Comparing every pair of zones was quadratic in the zones
    // (issue 20: 10,000 nested zones spent most of their time here).
    const QList<Zone> &zones = ctx.project().zones;
    QHash<ElementId, QList<int>> siblings;
    for (int i = 0; i < zones.size(); ++i)
        siblings[zones[i].parent].append(i);
    struct Entry
    {
        Cidr cidr;
        int zone;
        int index; // within the zone's cidrs
    };
    struct Pair
    {
        int a, b, ia, ib; // zone a before zone b in the project
        auto operator<=>(const Pair &) const = default;
    };
    QList<Pair> pairs;
    for (const QList<int> &group : std::as_const(siblings)) {
        if (group.size() < 2)
            continue;
        QList<Entry> entries;
        for (int z : group)
            for (int k = 0; k < zones[z].cidrs.size(); ++k)
                entries.append({zones[z].cidrs[k], z, k});
        std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
            return x.cidr < y.cidr || (!(y.cidr < x.cidr) && x.zone < y.zone);
        });
        QList<Entry> open;
        for (const Entry &e : std::as_const(entries)) {
            while (!open.isEmpty() && !open.last().cidr.contains(e.cidr))
                open.removeLast();
            for (const Entry &o : std::as_const(open))
                if (o.zone != e.zone)
                    pairs.append(o.zone < e.zone ? Pair{o.zone, e.zone, o.index, e.index}
                                                 : Pair{e.zone, o.zone, e.index, o.index});
            open.append(e);
        }
    }
    std::sort(pairs.begin(), pairs.end()); // the order of the pairwise loop it replaces
    for (const Pair &pair : std::as_const(pairs)) {
        const Zone &a = zones[pair.a], &b = zones[pair.b];
        const Cidr &ca = a.cidrs[pair.ia], &cb = b.cidrs[pair.ib];
        out->raise(b.id,
                   tr("%1 (%2) overlaps %3 (%4); both are in %5, so an address in the overlap has two "
                      "zones and rules for either zone would also admit the other.")
                       .arg(ctx.label(b.id), cb.toString(), ctx.label(a.id), ca.toString(),
                            a.parent.isEmpty() ? tr("the top level") : ctx.label(a.parent)),
                   tr("Give sibling zones disjoint CIDRs; nest one zone inside the other if it is part "
                      "of it."));
    }
}

void TopologyChecks::clusterWithoutVpn(const ReviewContext &ctx, CheckOutput *out)
{
    // Whether two members are flat depends only on their sites, and whether
    // two sites are linked only on their groups of linked sites (Topology's
    // union-find over the links). Each cluster's sites are listed once, in
    // order of their first member; each site is reported once, naming the
    // later sites outside its group: every unlinked pair once, grouped by
    // its earlier site. Asking every site about every other was k^2 for a
    // cluster over k unlinked sites, and so was the output (issue 20).
    constexpr int Named = 5; // sites named in one finding; the rest are counted
    struct Site
    {
        ElementId id;
        ElementId group;
        const Node *first = nullptr;
    };
    QHash<ElementId, ElementId> siteOfZone;
    auto siteOf = [&](const ElementId &zone) {
        auto it = siteOfZone.constFind(zone);
        if (it == siteOfZone.cend())
            it = siteOfZone.insert(zone, ctx.topology().site(zone));
        return *it;
    };
    QSet<QString> done; // "component\ncluster"
    for (const ReviewedComponent &nc : ctx.components()) {
        if (!nc.instance.def().clustered)
            continue;
        const ComponentUse &use = nc.instance.use();
        const QString key = use.component + u'\n' + use.cluster;
        if (done.contains(key))
            continue;
        done.insert(key);
        QList<Site> sites;
        QSet<ElementId> seen;
        for (const Node *member : ctx.clusterOf(use)) {
            const ElementId site = siteOf(member->zone);
            if (seen.contains(site))
                continue;
            seen.insert(site);
            sites.append({site, ctx.topology().siteGroup(site), member});
        }
        const qsizetype k = sites.size();
        // After each site: how many later sites share its group, and the
        // next site of another group than its own (to skip a run of linked
        // sites in one step while naming).
        QList<qsizetype> laterInGroup(k), nextOther(k + 1, k);
        QHash<ElementId, qsizetype> countAfter;
        for (qsizetype i = k - 1; i >= 0; --i) {
            qsizetype &count = countAfter[sites[i].group];
            laterInGroup[i] = count;
            ++count;
            nextOther[i] = i + 1 < k && sites[i + 1].group == sites[i].group ? nextOther[i + 1] : i + 1;
        }
        for (qsizetype i = 0; i < k; ++i) {
            const qsizetype unlinked = k - 1 - i - laterInGroup[i];
            if (unlinked == 0)
                continue;
            const Site &site = sites[i];
            QStringList named, ids;
            for (qsizetype j = i + 1; j < k && named.size() < Named;) {
                if (sites[j].group == site.group) {
                    j = nextOther[j];
                    continue;
                }
                named.append(tr("%1 (%2)").arg(ctx.label(sites[j].id), ctx.label(sites[j].first->id)));
                ids.append(sites[j].id);
                ++j;
            }
            // "a, b, c, d, e and 3 more"
            auto capped = [&](const QStringList &shown) {
                const QString text = shown.join(u", "_s);
                const qsizetype more = unlinked - shown.size();
                return more > 0 ? tr("%1 and %n more", nullptr, int(more)).arg(text) : text;
            };
            out->raise(site.first->id,
                       tr("The %1 cluster spans %2 (%3), which has no VPN or peering link to %4; %5 assumes "
                          "a flat network between cluster members.")
                           .arg(nc.instance.def().title, ctx.label(site.id), ctx.label(site.first->id),
                                capped(named), nc.instance.catalog().productName),
                       tr("Add a VPN or peering link from %1 to %2.").arg(site.id, capped(ids)));
        }
    }
}

void TopologyChecks::unusedNode(const ReviewContext &ctx, CheckOutput *out)
{
    const FlowList &flows = ctx.derivation().flows;
    if (flows.isEmpty())
        return; // nothing derived (or derivation not run): no basis to call anything unused
    QSet<ElementId> used;
    // A cluster's member set is one shared list in many flows: insert its
    // members once (same data, same members).
    QSet<const ElementId *> memberLists;
    for (const Flow &f : flows) {
        for (const FlowEndpoint *e : {&f.source, &f.destination}) {
            used.insert(e->id);
            if (e->members.isEmpty() || memberLists.contains(e->members.constData()))
                continue;
            memberLists.insert(e->members.constData());
            for (const ElementId &m : e->members)
                used.insert(m);
        }
    }
    for (const Node &node : ctx.project().nodes) {
        if (used.contains(node.id))
            continue;
        out->raise(node.id,
                   node.components.isEmpty()
                       ? tr("%1 runs no component, so no flow reaches or leaves it.").arg(ctx.label(node.id))
                       : tr("No flow reaches or leaves %1.").arg(ctx.label(node.id)),
                   tr("Give it a component and a client that uses it, or remove it."));
    }
}

void TopologyChecks::unusedClient(const ReviewContext &ctx, CheckOutput *out)
{
    for (const Client &client : ctx.project().clients) {
        if (!client.uses.isEmpty())
            continue;
        out->raise(client.id, tr("%1 uses nothing, so it gets no flow.").arg(ctx.label(client.id)),
                   tr("Add what it uses (a node or load balancer and port), or remove it."));
    }
}

void TopologyChecks::unusedZone(const ReviewContext &ctx, CheckOutput *out)
{
    const Project &p = ctx.project();
    QSet<ElementId> used;
    for (const Zone &z : p.zones)
        used.insert(z.parent);
    for (const Node &n : p.nodes)
        used.insert(n.zone);
    for (const LoadBalancer &lb : p.loadBalancers)
        used.insert(lb.zone);
    for (const Client &c : p.clients)
        used.insert(c.zone);
    for (const NatLayer &nat : p.natLayers) {
        used.insert(nat.inside);
        used.insert(nat.outside);
    }
    for (const Firewall &fw : p.firewalls) {
        used.insert(fw.outside);
        for (const ElementId &z : fw.inside)
            used.insert(z);
    }
    for (const Link &l : p.links) {
        used.insert(l.a);
        used.insert(l.b);
    }
    // Zones flows come from or go to (the internet that nodes egress to).
    // Flows of one endpoint share their zone string: insert each once.
    const ElementId *lastZone = nullptr;
    for (const Flow &f : ctx.derivation().flows) {
        for (const FlowEndpoint *e : {&f.source, &f.destination}) {
            if (lastZone && lastZone->constData() == e->zone.constData())
                continue;
            lastZone = &e->zone;
            used.insert(e->zone);
        }
    }
    for (const Zone &z : p.zones) {
        if (used.contains(z.id))
            continue;
        out->raise(z.id,
                   tr("Nothing is in %1: no node, load balancer, client or nested zone, no NAT, firewall "
                      "or link uses "
                      "it, and no flow comes from or goes to it.")
                       .arg(ctx.label(z.id)),
                   tr("Place something in it, or remove it."));
    }
}

QList<CheckDef> TopologyChecks::checks()
{
    return {
        {.code = u"cluster.no-vpn"_s, .severity = Severity::Warning, .run = &clusterWithoutVpn},
        {.code = u"zones.cidr-overlap"_s, .severity = Severity::Error, .run = &cidrOverlap},
        {.code = u"unused.node"_s,
         .severity = Severity::Warning,
         .reads = CheckReads::Flows,
         .run = &unusedNode},
        {.code = u"unused.client"_s, .severity = Severity::Warning, .run = &unusedClient},
        {.code = u"unused.zone"_s,
         .severity = Severity::Info,
         .reads = CheckReads::Flows,
         .run = &unusedZone},
    };
}

} // namespace portolan
