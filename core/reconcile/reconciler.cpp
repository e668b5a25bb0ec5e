#include "reconciler.h"

#include "derive/familytext.h"
#include "model/displayline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int MaxBoxesShown = 4;

PacketBox planBox(const Rule &r)
{
    PacketBox box = PacketBox::all(r.family);
    if (r.protocol == Protocol::Tcp)
        box.protocols = ProtocolSet(IpProto::Tcp, IpProto::Tcp);
    else if (r.protocol == Protocol::Udp)
        box.protocols = ProtocolSet(IpProto::Udp, IpProto::Udp);
    if (r.protocol != Protocol::Any && !r.ports.isEmpty()) {
        PortSet ports;
        for (const PortRange &p : r.ports)
            ports = ports.united(PortSet(p.from, p.to));
        box.dports = ports;
    }
    if (!r.peers.isEmpty())
        box.peers = Addresses::of(r.peers, r.family);
    if (!r.localAddresses.isEmpty())
        box.locals = Addresses::of(r.localAddresses, r.family);
    return box;
}

// Expected infrastructure that is not in the plan: IPv6 neighbour
// discovery (ICMPv6 types 133-136), without which IPv6 stops working.
PacketSpace infrastructure(IpFamily family)
{
    if (family == IpFamily::IPv4)
        return {};
    PacketBox nd = PacketBox::all(family);
    nd.protocols = ProtocolSet(IpProto::Icmpv6, IpProto::Icmpv6);
    nd.dports = PortSet(133, 136);
    return PacketSpace(nd);
}

QString describe(const PacketSpace &space, IpFamily family, FlowDirection direction)
{
    QStringList parts;
    for (const PacketBox &b : space.boxes()) {
        if (parts.size() == MaxBoxesShown) {
            parts.append(Reconciler::tr("and %n more", nullptr, int(space.boxes().size()) - MaxBoxesShown));
            break;
        }
        parts.append(describeBox(b, family, direction != FlowDirection::Egress));
    }
    return parts.join(u"; "_s);
}

QString ruleText(const AdmittedSpace &s)
{
    if (s.rule)
        return s.rule->text;
    if (s.origin.chain.isEmpty())
        return Reconciler::tr("no chain on this hook (the kernel accepts)");
    return Reconciler::tr("policy %1 of %2").arg(s.accepted ? u"ACCEPT"_s : u"DROP"_s, s.origin.chain);
}

} // namespace

QString reconcileStatusName(ReconcileItem::Status status)
{
    switch (status) {
    case ReconcileItem::Status::Covered:
        return u"covered"_s;
    case ReconcileItem::Status::Blocked:
        return u"blocked"_s;
    case ReconcileItem::Status::Extra:
        return u"extra"_s;
    case ReconcileItem::Status::Shadowed:
        return u"shadowed"_s;
    case ReconcileItem::Status::Redundant:
        return u"redundant"_s;
    case ReconcileItem::Status::Unknown:
        return u"unknown"_s;
    case ReconcileItem::Status::Info:
        return u"info"_s;
    }
    return {};
}

int ReconcileReport::count(ReconcileItem::Status status) const
{
    int n = 0;
    for (const ReconcileItem &i : items)
        n += i.status == status ? 1 : 0;
    return n;
}

bool ReconcileReport::exact() const
{
    using S = ReconcileItem::Status;
    return count(S::Blocked) == 0 && count(S::Extra) == 0 && count(S::Shadowed) == 0 &&
           count(S::Redundant) == 0 && count(S::Unknown) == 0;
}

ReconcileReport Reconciler::reconcile(const RuleSet &point, const QList<FilterProgram> &programs)
{
    using S = ReconcileItem::Status;
    ReconcileReport report;
    report.point = point.id;
    report.pointName = point.name;
    QList<ReconcileItem> covered;
    QList<ReconcileItem> blocked;
    QList<ReconcileItem> extra;
    QList<ReconcileItem> other;
    for (const FilterProgram &program : programs) {
        report.files.append(program.file);
        report.notes.append(program.notes);
        const Admission admission = AdmissionEvaluator::evaluate(program);
        report.notes.append(admission.errors);
        for (IpFamily family : program.families) {
            if (report.families.contains(family))
                continue; // the first file that speaks for a family is compared
            report.families.append(family);
            for (FlowDirection direction : {FlowDirection::Ingress, FlowDirection::Egress}) {
                const Direction planDirection =
                    direction == FlowDirection::Ingress ? Direction::Ingress : Direction::Egress;
                QList<AdmittedSpace> spaces;
                for (const AdmittedSpace &s : admission.spaces)
                    if (s.direction == direction && s.family == family)
                        spaces.append(s);
                // Indexes by port keep this n log n: each planned rule meets
                // the few admitted boxes near its ports, not all of them.
                // Skipping a box that cannot meet is exact, so the results
                // (boxes and their order) are those of testing every one.
                QList<PacketBox> admitted; // accepted boxes, disjoint
                BoxIndex admittedIndex;
                BoxIndex spaceIndex; // payload: position in spaces
                for (qsizetype k = 0; k < spaces.size(); ++k) {
                    for (const PacketBox &b : spaces[k].space.boxes()) {
                        spaceIndex.insert(b, k);
                        if (spaces[k].accepted) {
                            admittedIndex.insert(b, admitted.size());
                            admitted.append(b);
                        }
                    }
                }
                PacketSpace plan;
                BoxIndex planIndex; // payload: position in plan.boxes()
                for (const Rule &r : point.rules) {
                    if (r.direction != planDirection || r.family != family || !r.peerGroup.isEmpty())
                        continue;
                    const PacketBox box = planBox(r);
                    PacketSpace fresh(box); // plan.add(fresh), asking only the boxes it may meet
                    for (qsizetype i : planIndex.candidates(box))
                        fresh = fresh.subtracted(plan.boxes()[i]);
                    for (const PacketBox &b : fresh.boxes()) {
                        planIndex.insert(b, plan.boxes().size());
                        plan.addDisjoint(PacketSpace(b));
                    }
                    ReconcileItem item;
                    item.direction = direction;
                    item.family = family;
                    item.space = describeBox(box, family, direction == FlowDirection::Ingress);
                    item.planned = r.comment;
                    item.flows = r.flowKeys;
                    PacketSpace missing(box);
                    for (qsizetype i : admittedIndex.candidates(box))
                        missing = missing.subtracted(admitted[i]);
                    const PacketSpace wanted = missing.isEmpty() ? PacketSpace(box) : missing;
                    for (qsizetype k : spaceIndex.candidates(box)) {
                        const AdmittedSpace &s = spaces[k];
                        if (s.accepted != missing.isEmpty() || s.space.intersected(wanted).isEmpty())
                            continue;
                        item.rules.append(s.origin);
                        item.ruleTexts.append(ruleText(s));
                    }
                    if (missing.isEmpty()) {
                        item.status = S::Covered;
                    } else {
                        item.status = S::Blocked;
                        item.detail = tr("not admitted: %1").arg(describe(missing, family, direction));
                    }
                    (missing.isEmpty() ? covered : blocked).append(item);
                }
                const PacketSpace expected = infrastructure(family);
                for (const AdmittedSpace &s : spaces) {
                    if (!s.accepted)
                        continue;
                    PacketSpace beyond = s.space;
                    for (qsizetype i : planIndex.candidates(s.space))
                        beyond = beyond.subtracted(plan.boxes()[i]);
                    beyond = beyond.subtracted(expected);
                    if (beyond.isEmpty())
                        continue;
                    ReconcileItem item;
                    item.direction = direction;
                    item.family = family;
                    item.space = describe(beyond, family, direction);
                    item.rules = {s.origin};
                    item.ruleTexts = {ruleText(s)};
                    if (direction == FlowDirection::Egress && s.policy) {
                        // Portolan's own host policy leaves egress open.
                        item.status = S::Info;
                        item.detail = tr("egress open by policy, as Portolan's host exports leave it");
                        other.append(item);
                    } else {
                        item.status = S::Extra;
                        extra.append(item);
                    }
                }
            }
            // Forward: listed, not compared.
            for (const AdmittedSpace &s : admission.spaces) {
                if (s.direction != FlowDirection::Forward || s.family != family || !s.accepted || s.policy)
                    continue;
                ReconcileItem item;
                item.status = S::Info;
                item.direction = FlowDirection::Forward;
                item.family = family;
                item.space = describe(s.space, family, FlowDirection::Forward);
                item.rules = {s.origin};
                item.ruleTexts = {ruleText(s)};
                item.detail =
                    tr("forwarded traffic (chain %1): not compared, a host point plans no routed traffic")
                        .arg(s.origin.chain);
                other.append(item);
            }
        }
        for (const ShadowedRule &sh : admission.shadowed) {
            ReconcileItem item;
            item.status = sh.redundant ? S::Redundant : S::Shadowed;
            item.rules = {sh.rule->origin};
            item.ruleTexts = {sh.rule->text};
            QStringList by;
            for (const RuleOrigin &o : sh.by)
                by.append(o.toString());
            item.detail = by.isEmpty() ? tr("can never match a new connection")
                                       : tr("earlier rules decide all it matches: %1").arg(by.join(u", "_s));
            other.append(item);
        }
        for (const UncertainRule &u : admission.uncertain) {
            ReconcileItem item;
            item.status = S::Unknown;
            item.direction = u.direction;
            item.rules = {u.rule->origin};
            item.ruleTexts = {u.rule->text};
            item.detail = u.rule->match.unknown.join(u"; "_s);
            other.append(item);
        }
    }
    // A planned family no file speaks for was not compared: never "equal".
    for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
        int planned = 0;
        for (const Rule &r : point.rules)
            planned += r.family == family && r.peerGroup.isEmpty() ? 1 : 0;
        if (planned == 0 || report.families.contains(family))
            continue;
        ReconcileItem item;
        item.status = S::Unknown;
        item.family = family;
        item.detail =
            tr("the plan has %n %1 rule(s) for this point, but no file of today's rules speaks for %1: "
               "not compared",
               nullptr, planned)
                .arg(familyText(family));
        other.append(item);
    }
    report.items << blocked << extra << covered << other;
    return report;
}

QString Reconciler::text(const ReconcileReport &report)
{
    QString out;
    out += displayLine(report.point) + u"  "_s + displayLine(report.pointName) + u'\n';
    QStringList fams;
    for (IpFamily f : report.families)
        fams.append(familyText(f));
    QStringList files;
    for (const QString &f : report.files)
        files.append(displayLine(f));
    out += tr("  today's rules: %1 (compared: %2)").arg(files.join(u", "_s), fams.join(u", "_s)) + u'\n';
    for (const ReconcileItem &i : report.items) {
        out += u"  "_s + reconcileStatusName(i.status).leftJustified(9) + u' ';
        if (i.status != ReconcileItem::Status::Shadowed && i.status != ReconcileItem::Status::Redundant &&
            i.status != ReconcileItem::Status::Unknown)
            out +=
                flowDirectionName(i.direction) + u' ' + familyText(i.family) + u"  "_s + displayLine(i.space);
        if (!i.planned.isEmpty())
            out += u"  ("_s + displayLine(i.planned) + u')';
        out += u'\n';
        for (qsizetype k = 0; k < i.rules.size(); ++k)
            out += u"      "_s + displayLine(i.rules[k].toString()) + u"  "_s +
                   displayLine(i.ruleTexts.value(k)) + u'\n';
        if (!i.detail.isEmpty())
            out += u"      "_s + displayLine(i.detail) + u'\n';
    }
    for (const Diagnostic &d : report.notes)
        out += u"  note: "_s + displayLine(d.toString()) + u'\n';
    using S = ReconcileItem::Status;
    out += (report.exact()
                ? tr("  result: today's rules equal the plan (%1 planned rules covered)")
                      .arg(report.count(S::Covered))
                : tr("  result: differs: %1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood")
                      .arg(report.count(S::Blocked))
                      .arg(report.count(S::Extra))
                      .arg(report.count(S::Shadowed))
                      .arg(report.count(S::Redundant))
                      .arg(report.count(S::Unknown))) +
           u'\n';
    return out;
}

QByteArray Reconciler::json(const ReconcileReport &report)
{
    return QJsonDocument(jsonObject(report)).toJson(QJsonDocument::Indented);
}

QJsonObject Reconciler::jsonObject(const ReconcileReport &report)
{
    QJsonObject root;
    root[u"point"_s] = report.point;
    root[u"name"_s] = report.pointName;
    root[u"files"_s] = QJsonArray::fromStringList(report.files);
    QJsonArray fams;
    for (IpFamily f : report.families)
        fams.append(familyText(f));
    root[u"families"_s] = fams;
    root[u"exact"_s] = report.exact();
    QJsonArray items;
    for (const ReconcileItem &i : report.items) {
        QJsonObject o;
        o[u"status"_s] = reconcileStatusName(i.status);
        o[u"direction"_s] = flowDirectionName(i.direction);
        o[u"family"_s] = familyText(i.family);
        if (!i.space.isEmpty())
            o[u"space"_s] = i.space;
        if (!i.planned.isEmpty())
            o[u"planned"_s] = i.planned;
        if (!i.flows.isEmpty())
            o[u"flows"_s] = QJsonArray::fromStringList(i.flows);
        QJsonArray rules;
        for (qsizetype k = 0; k < i.rules.size(); ++k)
            rules.append(QJsonObject{{u"file"_s, i.rules[k].file},
                                     {u"line"_s, i.rules[k].line},
                                     {u"chain"_s, i.rules[k].chain},
                                     {u"text"_s, i.ruleTexts.value(k)}});
        o[u"rules"_s] = rules;
        if (!i.detail.isEmpty())
            o[u"detail"_s] = i.detail;
        items.append(o);
    }
    root[u"items"_s] = items;
    QJsonArray notes;
    for (const Diagnostic &d : report.notes)
        notes.append(d.toString());
    root[u"notes"_s] = notes;
    QJsonObject counts;
    using S = ReconcileItem::Status;
    for (S s : {S::Covered, S::Blocked, S::Extra, S::Shadowed, S::Redundant, S::Unknown})
        counts[reconcileStatusName(s)] = report.count(s);
    root[u"counts"_s] = counts;
    return root;
}

} // namespace portolan
