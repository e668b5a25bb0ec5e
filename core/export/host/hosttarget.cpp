#include "hosttarget.h"

#include "export/escape.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

CidrList familyCidrs(const CidrList &cidrs, IpFamily family)
{
    CidrList out;
    for (const Cidr &c : cidrs)
        if (HostTarget::inFamily(c, family))
            out.append(c);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const RuleSet *findRuleSet(const Derivation &derivation, const QString &id)
{
    for (const RuleSet &rs : derivation.ruleSets)
        if (rs.id == id)
            return &rs;
    return nullptr;
}

} // namespace

QString HostRule::comment(int cap) const
{
    return Escape::comment(rule->comment, cap);
}

QList<HostRule> HostPoint::select(Direction direction, IpFamily family) const
{
    QList<HostRule> out;
    for (const HostRule &r : rules)
        if (r.rule->direction == direction && r.rule->family == family)
            out.append(r);
    return out;
}

namespace {

QPair<quintptr, qsizetype> listKey(const CidrList &cidrs, IpFamily family)
{
    return {quintptr(cidrs.constData()), cidrs.size() * 2 + (family == IpFamily::IPv4 ? 0 : 1)};
}

} // namespace

SharedSets::SharedSets(const QList<HostPoint> &points)
{
    // Derivation interns peer lists and HostTarget::points cuts each stored
    // list to a family once, so one list is one storage: key it by that.
    QHash<QPair<quintptr, qsizetype>, QSet<const HostPoint *>> users;
    for (const HostPoint &point : points)
        for (const HostRule &hr : point.rules)
            if (!hr.anyPeer && hr.peers.size() >= Minimum)
                users[listKey(hr.peers, hr.rule->family)].insert(&point);
    for (const HostPoint &point : points)
        for (const HostRule &hr : point.rules) {
            if (hr.anyPeer || hr.peers.size() < Minimum)
                continue;
            const auto key = listKey(hr.peers, hr.rule->family);
            const auto it = users.constFind(key);
            if (it == users.cend() || it->size() < 2 || m_index.contains(key))
                continue;
            const bool v4 = hr.rule->family == IpFamily::IPv4;
            // Named after the content, so an unrelated edit keeps the name.
            const QByteArray hash = QCryptographicHash::hash(HostTarget::joined(hr.peers, u", "_s).toUtf8(),
                                                             QCryptographicHash::Sha256);
            m_index.insert(key, m_sets.size());
            m_sets.append({(v4 ? u"shared4_"_s : u"shared6_"_s) + QString::fromLatin1(hash.toHex().left(12)),
                           hr.rule->family, hr.peers, *it});
        }
}

const SharedSet *SharedSets::find(const HostRule &rule) const
{
    if (rule.anyPeer)
        return nullptr;
    const auto it = m_index.constFind(listKey(rule.peers, rule.rule->family));
    return it == m_index.cend() ? nullptr : &m_sets[*it];
}

bool SharedSets::usedBy(const HostPoint &point) const
{
    return std::any_of(m_sets.cbegin(), m_sets.cend(),
                       [&](const SharedSet &set) { return set.users.contains(&point); });
}

QString HostTarget::joined(const CidrList &cidrs, const QString &separator)
{
    QStringList parts;
    parts.reserve(cidrs.size());
    for (const Cidr &c : cidrs)
        parts.append(c.toString());
    return parts.join(separator);
}

bool HostTarget::loads(HostFirewall firewall, const QString &target)
{
    if (firewall == HostFirewall::Any)
        return true;
    const QString name = hostFirewallName(firewall);
    return target == name || (firewall == HostFirewall::Iptables && target == u"ip6tables"_s);
}

QList<HostPoint> HostTarget::points(const ExportInput &input, QList<ExportProblem> *problems)
{
    QList<const RuleSet *> sets;
    for (const RuleSet &rs : input.derivation.ruleSets)
        if (rs.kind == PointKind::HostFirewall)
            sets.append(&rs);
    std::stable_sort(sets.begin(), sets.end(),
                     [](const RuleSet *a, const RuleSet *b) { return a->id < b->id; });

    QStringList names;
    for (const RuleSet *rs : std::as_const(sets))
        names.append(rs->element.isEmpty() ? rs->id : rs->element);
    const QStringList slugs = Escape::uniqueSlugs(names, Escape::SlugOptions{40});

    auto warn = [&](const RuleSet *rs, const QString &message) {
        problems->append({ExportProblem::Severity::Warning, rs->id, message});
    };
    // Derivation interns peer lists, so every member of a large cluster has
    // rules whose peers are the same stored list (docs/derivation.md, member
    // sets). Cut each stored list to a family once, not once per host: per
    // host it was n sorts of n addresses. The result is shared too, which
    // lets the exporters recognise a list used by many hosts.
    struct Cut
    {
        CidrList cidrs;
        bool any = false; // holds 0.0.0.0/0 or ::/0
    };
    QHash<QPair<quintptr, qsizetype>, Cut> cut; // (storage, size * 2 + family)
    auto familyOf = [&](const CidrList &list, IpFamily family) -> const Cut & {
        const QPair<quintptr, qsizetype> key{quintptr(list.constData()), list.size() * 2 + int(family)};
        if (const auto known = cut.constFind(key); known != cut.cend())
            return *known;
        Cut c{familyCidrs(list, family), false};
        c.any = std::any_of(c.cidrs.cbegin(), c.cidrs.cend(), [](const Cidr &x) { return x.isAny(); });
        return *cut.insert(key, c);
    };
    // Nodes by id, the first of an id as Project::node finds it: asking
    // Project (a scan) per host was quadratic in a large cluster.
    QHash<ElementId, const Node *> nodes;
    if (!input.target.isEmpty())
        for (const Node &node : input.project.nodes)
            if (!nodes.contains(node.id))
                nodes.insert(node.id, &node);
    QList<HostPoint> points;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const RuleSet *rs = sets[i];
        // Left out after the slugs are made, so every host keeps its file name.
        if (const Node *node = nodes.value(rs->element);
            node && !input.target.isEmpty() && !loads(node->hostFirewall, input.target))
            continue;
        HostPoint point;
        point.ruleSet = rs;
        point.slug = slugs[i];
        const QString name = rs->name.isEmpty() ? names[i] : rs->name;
        point.title = Escape::comment(name == names[i] ? name : name + u" ("_s + names[i] + u')', 120);
        for (const Rule &r : rs->rules) {
            HostRule hr;
            hr.rule = &r;
            if (r.protocol != Protocol::Any &&
                (r.ports.isEmpty() || std::any_of(r.ports.cbegin(), r.ports.cend(),
                                                  [](const PortRange &p) { return !p.isValid(); }))) {
                warn(rs, tr("A %1 rule without valid ports was left out.").arg(protocolName(r.protocol)));
                continue;
            }
            const CidrList *peers = &r.peers;
            if (!r.peerGroup.isEmpty()) {
                // Host filters have no group references: use the group's addresses.
                const RuleSet *group = findRuleSet(input.derivation, r.peerGroup);
                if (!group) {
                    warn(rs, tr("A rule names the group '%1', which the plan does not have; the rule was "
                                "left out.")
                                 .arg(Escape::comment(r.peerGroup, 80)));
                    continue;
                }
                peers = &group->addresses;
            }
            if (peers->isEmpty() && r.peerGroup.isEmpty()) {
                hr.anyPeer = true;
            } else {
                const Cut &c = familyOf(*peers, r.family);
                hr.peers = c.cidrs;
                if (hr.peers.isEmpty()) {
                    warn(rs,
                         tr("A rule has no %1 peer addresses; it was left out.").arg(familyName(r.family)));
                    continue;
                }
                if (c.any) {
                    hr.anyPeer = true;
                    hr.peers.clear();
                }
            }
            const Cut &locals = familyOf(r.localAddresses, r.family);
            hr.locals = locals.cidrs;
            if (hr.locals.isEmpty() != r.localAddresses.isEmpty()) {
                warn(rs, tr("A rule has no %1 local addresses; it was left out.").arg(familyName(r.family)));
                continue;
            }
            if (locals.any)
                hr.locals.clear();
            if (r.direction == Direction::Egress)
                point.hasEgress = true;
            point.rules.append(hr);
        }
        points.append(point);
    }
    return points;
}

QStringList HostTarget::header(const ExportInput &input, const HostPoint &point, const QString &target,
                               const QStringList &howToApply)
{
    QStringList lines{
        u"Portolan host firewall rules, "_s + target,
        u"Project: "_s + Escape::comment(input.project.name, 120),
        u"Node: "_s + point.title,
        u"Rule set: "_s + Escape::comment(point.ruleSet->id, 120),
        u"Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand."_s,
        u"Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour"_s,
        u"discovery, and the rules below."_s,
    };
    lines << u"Egress: default accept. The plan lists the node's own outbound services (the egress"_s
          << u"rules below, kept as documentation) but not its connections to peers and back ends."_s;
    lines << howToApply;
    return lines;
}

QList<bool> HostTarget::covered(const QList<HostRule> &chain)
{
    auto localsKey = [](const HostRule &r) { return joined(r.locals, u","_s); };
    // The ports any peer may reach, per protocol and local addresses ("" =
    // any local address); a rule for every protocol covers all ports.
    QHash<std::pair<int, QString>, QList<PortRange>> open;
    bool openAll = false;
    QSet<QString> openAllLocals;
    for (const HostRule &r : chain) {
        if (!r.anyPeer)
            continue;
        const QString key = localsKey(r);
        if (r.rule->protocol == Protocol::Any) {
            if (key.isEmpty())
                openAll = true;
            else
                openAllLocals.insert(key);
            continue;
        }
        open[{int(r.rule->protocol), key}] += r.rule->ports;
    }
    QList<bool> out(chain.size(), false);
    if (open.isEmpty() && !openAll && openAllLocals.isEmpty())
        return out;
    for (auto it = open.begin(); it != open.end(); ++it) {
        std::sort(it->begin(), it->end());
        QList<PortRange> merged;
        for (const PortRange &p : std::as_const(*it)) {
            if (!merged.isEmpty() && p.from <= merged.last().to + 1)
                merged.last().to = qMax(merged.last().to, p.to);
            else
                merged.append(p);
        }
        *it = merged;
    }
    // Ports open to any peer for `protocol` on these locals: any-local
    // ranges and the same-locals ranges, each a sorted disjoint list.
    auto inside = [](const QList<PortRange> &ranges, const PortRange &p) {
        auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), p.from,
                                   [](int port, const PortRange &r) { return port < r.from; });
        return it != ranges.cbegin() && std::prev(it)->to >= p.to;
    };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const HostRule &r = chain[i];
        if (r.anyPeer)
            continue; // the broad rules themselves stay
        const QString key = localsKey(r);
        if (openAll || (!key.isEmpty() && openAllLocals.contains(key))) {
            out[i] = true;
            continue;
        }
        if (r.rule->protocol == Protocol::Any)
            continue;
        const QList<PortRange> anyLocal = open.value({int(r.rule->protocol), QString()});
        const QList<PortRange> sameLocal =
            key.isEmpty() ? QList<PortRange>{} : open.value({int(r.rule->protocol), key});
        out[i] = !r.rule->ports.isEmpty() &&
                 std::all_of(r.rule->ports.cbegin(), r.rule->ports.cend(),
                             [&](const PortRange &p) { return inside(anyLocal, p) || inside(sameLocal, p); });
    }
    return out;
}

void HostTarget::dropRepeated(QList<ExportProblem> *problems)
{
    QSet<QString> seen;
    problems->removeIf([&](const ExportProblem &p) {
        const QString key = QString::number(int(p.severity)) + u'\n' + p.ruleSet + u'\n' + p.message;
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
}

QList<QList<PortRange>> HostTarget::chunkPorts(const QList<PortRange> &ports, int slots)
{
    QList<QList<PortRange>> chunks;
    int used = slots;
    for (const PortRange &p : ports) {
        const int cost = p.isSingle() ? 1 : 2;
        if (used + cost > slots) {
            chunks.append(QList<PortRange>{});
            used = 0;
        }
        chunks.back().append(p);
        used += cost;
    }
    return chunks;
}

} // namespace portolan
