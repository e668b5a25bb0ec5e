#include "admission.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace portolan {

QString RuleOrigin::toString() const
{
    QString s = file.isEmpty() ? u"-"_s : file;
    if (line > 0)
        s += u':' + QString::number(line);
    if (line > 0 && column > 0)
        s += u':' + QString::number(column);
    return s;
}

const FilterChain *FilterProgram::chain(const QString &table, const QString &name) const
{
    for (const FilterChain &c : chains)
        if (c.table == table && c.name == name)
            return &c;
    return nullptr;
}

QString flowDirectionName(FlowDirection direction)
{
    switch (direction) {
    case FlowDirection::Ingress:
        return u"ingress"_s;
    case FlowDirection::Egress:
        return u"egress"_s;
    case FlowDirection::Forward:
        return u"forward"_s;
    }
    return {};
}

PacketSpace Admission::accepted(FlowDirection direction, IpFamily family) const
{
    PacketSpace s;
    for (const AdmittedSpace &a : spaces)
        if (a.accepted && a.direction == direction && a.family == family)
            s.addDisjoint(a.space); // spaces of one direction and family are disjoint
    return s;
}

namespace {

class Evaluation
{
public:
    Evaluation(const FilterProgram &program, Admission &out) : m_program(program), m_out(out) {}

    void run(FlowDirection direction, IpFamily family)
    {
        m_direction = direction;
        m_family = family;
        const ChainHook hook = direction == FlowDirection::Ingress  ? ChainHook::Input
                               : direction == FlowDirection::Egress ? ChainHook::Output
                                                                    : ChainHook::Forward;
        QList<const FilterChain *> bases;
        for (const FilterChain &c : m_program.chains)
            if (c.hook == hook && (!c.family || *c.family == family))
                bases.append(&c);
        std::stable_sort(bases.begin(), bases.end(), [](const FilterChain *a, const FilterChain *b) {
            return a->priority < b->priority;
        });
        // Nothing on the hook: the kernel accepts everything.
        PacketSpace flowing(PacketBox::all(family));
        for (const FilterChain *base : bases) {
            m_decided = {};
            m_acceptedHere = {};
            const PacketSpace end = chain(*base, flowing, 0);
            if (!end.isEmpty()) {
                if (base->policy == Verdict::Drop)
                    decide(end, false, base->origin, nullptr);
                else
                    m_acceptedHere.append({end, base->origin, nullptr});
            }
            // What this base chain accepted goes on to the next one.
            flowing = {};
            for (const Pending &p : m_acceptedHere)
                flowing.addDisjoint(p.space); // each a part of what was left
            if (base == bases.last())
                for (const Pending &p : m_acceptedHere)
                    decide(p.space, true, p.origin, p.rule);
        }
        if (bases.isEmpty())
            decide(flowing, true, RuleOrigin{m_program.file, 0, 0, QString()}, nullptr);
    }

    // Called after every direction and family ran.
    void finish()
    {
        for (auto it = m_reached.cbegin(); it != m_reached.cend(); ++it) {
            if (m_hit.contains(it.key()))
                continue;
            m_out.shadowed.append(m_shadowDetail.value(it.key(), ShadowedRule{it.key(), false, {}}));
        }
        std::sort(m_out.shadowed.begin(), m_out.shadowed.end(),
                  [](const ShadowedRule &a, const ShadowedRule &b) {
                      const RuleOrigin &x = a.rule->origin;
                      const RuleOrigin &y = b.rule->origin;
                      return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
                  });
    }

private:
    struct Pending
    {
        PacketSpace space;
        RuleOrigin origin;
        const FilterRule *rule = nullptr;
    };
    struct Decided
    {
        PacketSpace space;
        bool accepted = false;
        RuleOrigin origin;
    };

    void decide(const PacketSpace &space, bool accepted, const RuleOrigin &origin, const FilterRule *rule)
    {
        if (space.isEmpty())
            return;
        m_out.spaces.append({m_direction, m_family, accepted, space, origin, rule == nullptr, rule});
    }

    PacketBox boxOf(const FilterMatch &m) const
    {
        PacketBox box = PacketBox::all(m_family);
        if (m.protocols)
            box.protocols = *m.protocols;
        if (m.dports)
            box.dports = *m.dports;
        if (m.sports)
            box.sports = *m.sports;
        const bool peerIsSource = m_direction != FlowDirection::Egress;
        const auto &peer = peerIsSource ? m.sources : m.destinations;
        const auto &local = peerIsSource ? m.destinations : m.sources;
        if (peer)
            box.peers = box.peers.intersected(*peer);
        if (local)
            box.locals = box.locals.intersected(*local);
        return box;
    }

    PacketSpace chain(const FilterChain &c, PacketSpace remaining, int depth)
    {
        if (depth > 64) {
            m_out.errors.append(
                {c.origin.file,
                 c.origin.line,
                 0,
                 QCoreApplication::translate("reconcile", "chain %1: jumps nest deeper than 64 (a loop?)")
                     .arg(c.name),
                 {}});
            return {};
        }
        PacketSpace returned;
        for (const FilterRule &r : c.rules) {
            if (remaining.isEmpty())
                break;
            if (r.match.family && *r.match.family != m_family)
                continue;
            if (r.match.loopbackOnly || !r.match.matchesNew) {
                if (!m_infrastructure.contains(&r)) {
                    m_infrastructure.insert(&r);
                    m_out.infrastructure.append(&r);
                }
                continue;
            }
            if (!r.match.unknown.isEmpty() && m_direction != FlowDirection::Forward &&
                !m_uncertain.contains(&r)) {
                m_uncertain.insert(&r);
                m_out.uncertain.append({&r, m_direction});
            }
            const bool stops = r.verdict == Verdict::Drop;
            if (r.match.neverMatches || (stops && !r.match.unknown.isEmpty()))
                continue; // a drop we cannot read is assumed not to drop anything
            const PacketBox box = boxOf(r.match);
            const PacketSpace hit = remaining.intersected(box);
            m_reached.insert(&r, true);
            if (hit.isEmpty()) {
                noteShadow(r, box);
                continue;
            }
            m_hit.insert(&r);
            switch (r.verdict) {
            case Verdict::Continue:
                break; // the packet goes on to the next rule
            case Verdict::Accept:
                remaining = remaining.subtracted(box);
                m_acceptedHere.append({hit, r.origin, &r});
                m_decided.append({hit, true, r.origin});
                break;
            case Verdict::Drop:
                remaining = remaining.subtracted(box);
                decide(hit, false, r.origin, &r);
                m_decided.append({hit, false, r.origin});
                break;
            case Verdict::Return:
                remaining = remaining.subtracted(box);
                returned.addDisjoint(hit);
                break;
            case Verdict::Jump:
            case Verdict::Goto: {
                remaining = remaining.subtracted(box);
                const FilterChain *target = m_program.chain(c.table, r.target);
                if (!target) {
                    m_out.errors.append(
                        {r.origin.file,
                         r.origin.line,
                         r.origin.column,
                         QCoreApplication::translate("reconcile", "jump to a chain that does not exist: %1")
                             .arg(r.target),
                         {}});
                    remaining.addDisjoint(hit); // hit was taken out of remaining just above
                    break;
                }
                const PacketSpace back = chain(*target, hit, depth + 1);
                if (r.verdict == Verdict::Jump)
                    remaining.addDisjoint(back); // back lies in hit, taken out above
                else
                    returned.addDisjoint(back);
                break;
            }
            }
        }
        // Every piece below was cut from the space this chain was given, once.
        returned.addDisjoint(remaining);
        return returned;
    }

    void noteShadow(const FilterRule &r, const PacketBox &box)
    {
        if (m_shadowDetail.contains(&r))
            return;
        ShadowedRule s{&r, true, {}};
        const bool accepts = r.verdict == Verdict::Accept;
        bool any = false;
        for (const Decided &d : m_decided) {
            if (d.space.intersected(box).isEmpty())
                continue;
            any = true;
            if (d.accepted != accepts || (r.verdict != Verdict::Accept && r.verdict != Verdict::Drop))
                s.redundant = false;
            if (s.by.size() < 3 && !s.by.contains(d.origin))
                s.by.append(d.origin);
        }
        if (!any)
            s.redundant = false;
        m_shadowDetail.insert(&r, s);
    }

    const FilterProgram &m_program;
    Admission &m_out;
    FlowDirection m_direction = FlowDirection::Ingress;
    IpFamily m_family = IpFamily::IPv4;
    QList<Pending> m_acceptedHere;
    QList<Decided> m_decided;
    QHash<const FilterRule *, bool> m_reached;
    QSet<const FilterRule *> m_hit;
    QSet<const FilterRule *> m_infrastructure;
    QSet<const FilterRule *> m_uncertain;
    QHash<const FilterRule *, ShadowedRule> m_shadowDetail;
};

} // namespace

Admission AdmissionEvaluator::evaluate(const FilterProgram &program)
{
    Admission out;
    Evaluation e(program, out);
    for (FlowDirection d : {FlowDirection::Ingress, FlowDirection::Egress, FlowDirection::Forward})
        for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
            e.run(d, f);
    e.finish();
    return out;
}

} // namespace portolan
