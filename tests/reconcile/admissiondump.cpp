#include "admissiondump.h"

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

QString at(const RuleOrigin &o)
{
    return QString::number(o.line) + (o.column > 0 ? u':' + QString::number(o.column) : QString());
}

} // namespace

QString dumpAdmission(const FilterProgram &program)
{
    const Admission a = AdmissionEvaluator::evaluate(program);
    QStringList lines;
    QStringList fams;
    for (IpFamily f : program.families)
        fams.append(f == IpFamily::IPv4 ? u"IPv4"_s : u"IPv6"_s);
    lines.append(u"families "_s + fams.join(u' '));
    for (const AdmittedSpace &s : a.spaces) {
        if (!program.families.contains(s.family))
            continue;
        const QString where = s.policy ? u"@policy "_s + s.origin.chain : u"@"_s + at(s.origin);
        for (const PacketBox &b : s.space.boxes())
            lines.append(flowDirectionName(s.direction) +
                         (s.family == IpFamily::IPv4 ? u" IPv4 "_s : u" IPv6 "_s) +
                         (s.accepted ? u"accept "_s : u"drop "_s) +
                         describeBox(b, s.family, s.direction != FlowDirection::Egress) + u' ' + where);
    }
    for (const ShadowedRule &s : a.shadowed)
        lines.append((s.redundant ? u"redundant @"_s : u"shadowed @"_s) + at(s.rule->origin));
    for (const UncertainRule &u : a.uncertain)
        lines.append(u"unknown @"_s + at(u.rule->origin) + u' ' + flowDirectionName(u.direction));
    for (const FilterRule *r : a.infrastructure)
        lines.append(u"infrastructure @"_s + at(r->origin));
    for (const Diagnostic &d : a.errors)
        lines.append(u"error "_s + d.toString());
    return lines.join(u'\n') + u'\n';
}

} // namespace portolan::test
