#include "rulesfolder.h"

#include "awsreader.h"
#include "export/exporter.h"
#include "k8spolicyreader.h"
#include "model/displayline.h"
#include "nftjsonreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isAwsKind(RulesKind kind)
{
    return kind == RulesKind::Aws;
}

bool looksLikeIpset(const QByteArray &content)
{
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return line.startsWith("create ");
    }
    return false;
}

// "Kong A", "host:kong-a", "kong_a" all become "kong-a": a file name says a
// point the way people write it.
QString normalized(const QString &text)
{
    QString out;
    bool gap = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u'-';
            out += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

// "kong-a.rules.v4", "kong-a.rules", "kong-a": the name without one more
// extension each time, so a node id with a dot still matches.
QStringList stems(const QString &fileName)
{
    QStringList out;
    QString s = fileName;
    while (!s.isEmpty()) {
        out.append(normalized(s));
        const qsizetype dot = s.lastIndexOf(u'.');
        if (dot <= 0)
            break;
        s = s.left(dot);
    }
    return out;
}

QString pointLabel(const Derivation &derivation, const QString &point)
{
    const RuleSet *set = derivation.ruleSet(point);
    return set && !set->name.isEmpty() ? point + u" ("_s + set->name + u')' : point;
}

QStringList byName(const QString &fileName, const QStringList &points, const Derivation &derivation)
{
    const QStringList names = stems(fileName);
    QStringList hits;
    for (const QString &point : points) {
        const RuleSet *set = derivation.ruleSet(point);
        const QStringList keys = {normalized(point), normalized(point.mid(point.indexOf(u':') + 1)),
                                  normalized(set->name)};
        for (const QString &key : keys)
            if (!key.isEmpty() && names.contains(key)) {
                hits.append(point);
                break;
            }
    }
    return hits;
}

// The addresses a program's rules name as the host's own: destinations of
// what reaches the input hook, sources of what reaches the output hook,
// through the chains they jump to. Forwarded traffic (Docker's containers)
// names other hosts' addresses and is left out.
QMap<IpFamily, AddressSet> localAddresses(const FilterProgram &program)
{
    QHash<QString, ChainHook> reached;
    QList<const FilterChain *> queue;
    for (const FilterChain &c : program.chains)
        if (c.hook == ChainHook::Input || c.hook == ChainHook::Output) {
            reached.insert(c.key(), c.hook);
            queue.append(&c);
        }
    while (!queue.isEmpty()) {
        const FilterChain *c = queue.takeFirst();
        const ChainHook hook = reached.value(c->key());
        for (const FilterRule &r : c->rules) {
            if (r.verdict != Verdict::Jump && r.verdict != Verdict::Goto)
                continue;
            const FilterChain *target = program.chain(c->table, r.target);
            if (!target)
                continue;
            const auto at = reached.constFind(target->key());
            if (at == reached.cend()) {
                reached.insert(target->key(), hook);
                queue.append(target);
            } else if (*at != hook && *at != ChainHook::Other) {
                reached.insert(target->key(), ChainHook::Other); // both ways: says nothing
            }
        }
    }
    QMap<IpFamily, AddressSet> out;
    for (const FilterChain &c : program.chains) {
        const ChainHook hook = reached.value(c.key(), ChainHook::None);
        if (hook != ChainHook::Input && hook != ChainHook::Output)
            continue;
        for (const FilterRule &r : c.rules) {
            const auto &local = hook == ChainHook::Input ? r.match.destinations : r.match.sources;
            std::optional<IpFamily> family = r.match.family ? r.match.family : c.family;
            if (!family && program.families.size() == 1)
                family = program.families.first();
            if (local && family)
                out[*family] = out.value(*family).united(*local);
        }
    }
    return out;
}

struct Hits
{
    QStringList points;
    QStringList evidence; // per point: what in the file is its own
};

Hits byAddress(const FilterProgram &program, const QStringList &points, const Derivation &derivation)
{
    const QMap<IpFamily, AddressSet> locals = localAddresses(program);
    Hits hits;
    for (const QString &point : points) {
        QStringList own;
        for (const Cidr &cidr : derivation.ruleSet(point)->addresses) {
            const IpFamily family = cidr.isIPv4() ? IpFamily::IPv4 : IpFamily::IPv6;
            if (!locals.value(family).intersected(Addresses::of(cidr)).isEmpty())
                own.append(cidr.toString());
        }
        if (!own.isEmpty()) {
            hits.points.append(point);
            hits.evidence.append(own.join(u", "_s));
        }
    }
    return hits;
}

Hits byGroupNames(const QByteArray &content, const QStringList &points, const ExportInput &input)
{
    QSet<QString> inFile;
    for (const QJsonValue &g : QJsonDocument::fromJson(content).object()[u"SecurityGroups"_s].toArray()) {
        inFile.insert(g[u"GroupName"_s].toString());
        inFile.insert(g[u"GroupId"_s].toString());
    }
    Hits hits;
    for (const QString &point : points) {
        QStringList own;
        for (const QString &name : AwsSecurityGroupReader::namesFor(input, point).point)
            if (inFile.contains(name))
                own.append(name);
        if (!own.isEmpty()) {
            hits.points.append(point);
            hits.evidence.append(own.join(u", "_s));
        }
    }
    return hits;
}

std::optional<Hits> byPods(const FolderFile &file, const QStringList &points, const ExportInput &input,
                           Diagnostics *errors)
{
    Hits hits;
    for (const QString &point : points) {
        const K8sPodNames names = K8sPolicyReader::namesFor(input, point);
        const auto program = K8sPolicyReader::read(file.content, file.path, names, errors);
        if (!program)
            return std::nullopt;
        for (const FilterChain &c : program->chains)
            if (c.policy == Verdict::Drop) { // a policy selects and isolates its pods
                hits.points.append(point);
                hits.evidence.append(names.labelKey + u'=' + names.point);
                break;
            }
    }
    return hits;
}

// Maps one file by its name, else by its content; nullopt for a malformed file.
std::optional<bool> mapFile(FolderFile *file, const ExportInput &input, RulesFolder::HowToMap how,
                            Diagnostics *errors)
{
    const QStringList points = RulesFolder::pointsFor(file->kind, input.derivation);
    const QStringList named = byName(file->fileName, points, input.derivation);
    if (named.size() == 1) {
        file->point = named.first();
        file->mappedBy = FolderFile::MappedBy::Name;
        file->reason = RulesFolder::tr("its name names %1").arg(pointLabel(input.derivation, file->point));
        return true;
    }
    std::optional<Hits> hits = Hits{};
    switch (file->kind) {
    case RulesKind::Iptables:
    case RulesKind::NftJson: {
        const auto program = file->kind == RulesKind::NftJson
                                 ? NftJsonReader::read(file->content, file->path, errors)
                                 : IptablesReader::read(file->content, file->path, {}, errors);
        if (!program)
            return std::nullopt;
        hits = byAddress(*program, points, input.derivation);
        break;
    }
    case RulesKind::Aws:
        hits = byGroupNames(file->content, points, input);
        break;
    case RulesKind::Kubernetes:
        hits = byPods(*file, points, input, errors);
        break;
    case RulesKind::Ipset:
    case RulesKind::Unknown:
        break;
    }
    if (!hits)
        return std::nullopt;
    const QString todo = how == RulesFolder::HowToMap::PointColumn
                             ? RulesFolder::tr("choose its point in the Point column")
                             : RulesFolder::tr("map it with --map %1=POINT").arg(file->fileName);
    if (hits->points.size() == 1) {
        file->point = hits->points.first();
        file->mappedBy = FolderFile::MappedBy::Content;
        file->reason = (file->kind == RulesKind::Aws ? RulesFolder::tr("its groups %1 are those of %2 alone")
                        : file->kind == RulesKind::Kubernetes
                            ? RulesFolder::tr("its policies isolate the pods %1 of %2 alone")
                            : RulesFolder::tr("its rules name %1 as the host's own address, which %2 "
                                              "alone has"))
                           .arg(hits->evidence.first(), pointLabel(input.derivation, file->point));
    } else if (named.size() > 1) {
        file->reason =
            RulesFolder::tr("its name fits several points (%1): %2").arg(named.join(u", "_s), todo);
    } else if (hits->points.size() > 1) {
        file->reason = RulesFolder::tr("what it names is several points' own (%1): %2")
                           .arg(hits->points.join(u", "_s), todo);
    } else if (file->kind == RulesKind::Ipset) {
        file->reason = RulesFolder::tr("its name names no point: name it after the point its iptables "
                                       "files are for, or %1")
                           .arg(todo);
    } else {
        file->reason = RulesFolder::tr("neither its name nor its content names a point: %1").arg(todo);
    }
    return true;
}

QString unknownReason(const QByteArray &content)
{
    const QString reason = RulesFolder::tr("not a file of today's rules (iptables-save, nft -j, "
                                           "describe-security-groups, NetworkPolicy YAML, ipset save): "
                                           "skipped");
    return content.trimmed().startsWith("table ")
               ? reason + u"; "_s +
                     RulesFolder::tr("a plain `nft list ruleset` is not read: run `nft -j list ruleset`")
               : reason;
}

} // namespace

RulesKind rulesKindOf(const QByteArray &content)
{
    if (NftJsonReader::looksLike(content))
        return RulesKind::NftJson;
    if (AwsSecurityGroupReader::looksLike(content))
        return RulesKind::Aws;
    if (IptablesReader::looksLike(content))
        return RulesKind::Iptables;
    if (K8sPolicyReader::looksLike(content))
        return RulesKind::Kubernetes;
    if (looksLikeIpset(content))
        return RulesKind::Ipset;
    return RulesKind::Unknown;
}

QString rulesKindName(RulesKind kind)
{
    switch (kind) {
    case RulesKind::Iptables:
        return u"iptables-save"_s;
    case RulesKind::NftJson:
        return u"nft -j"_s;
    case RulesKind::Aws:
        return u"describe-security-groups"_s;
    case RulesKind::Kubernetes:
        return u"NetworkPolicy"_s;
    case RulesKind::Ipset:
        return u"ipset save"_s;
    case RulesKind::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString mappedByName(FolderFile::MappedBy by)
{
    switch (by) {
    case FolderFile::MappedBy::None:
        return u"unmapped"_s;
    case FolderFile::MappedBy::Name:
        return u"name"_s;
    case FolderFile::MappedBy::Content:
        return u"content"_s;
    case FolderFile::MappedBy::Override:
        return u"override"_s;
    }
    return {};
}

int FolderReport::unmappedRulesFiles() const
{
    int n = 0;
    for (const FolderFile &f : files)
        n += f.point.isEmpty() && f.kind != RulesKind::Unknown && f.kind != RulesKind::Ipset ? 1 : 0;
    return n;
}

bool FolderReport::exact() const
{
    if (unmappedRulesFiles() > 0 || reports.isEmpty())
        return false;
    for (const ReconcileReport &r : reports)
        if (!r.exact())
            return false;
    return true;
}

QStringList RulesFolder::pointsFor(RulesKind kind, const Derivation &derivation)
{
    if (kind == RulesKind::Unknown)
        return {};
    QStringList out;
    for (const RuleSet &rs : derivation.ruleSets)
        if (isReconcilable(rs) && isAwsKind(kind) == (rs.kind != PointKind::HostFirewall))
            out.append(rs.id);
    return out;
}

std::optional<QList<FolderFile>> RulesFolder::scan(const QString &folder, const ExportInput &input,
                                                   Diagnostics *errors, HowToMap how)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        errors->append({folder, 0, 0, tr("not a folder"), {}});
        return std::nullopt;
    }
    QList<FolderFile> files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        FolderFile file;
        file.fileName = name;
        file.path = dir.filePath(name);
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors->append({file.path, 0, 0, tr("cannot read: %1").arg(f.errorString()), {}});
            return std::nullopt;
        }
        file.content = f.readAll();
        file.kind = rulesKindOf(file.content);
        if (file.kind == RulesKind::Unknown)
            file.reason = unknownReason(file.content);
        else if (!mapFile(&file, input, how, errors))
            return std::nullopt;
        files.append(file);
    }
    return files;
}

bool RulesFolder::setPoint(QList<FolderFile> *files, const QString &fileName, const QString &point,
                           const Derivation &derivation, Diagnostics *errors)
{
    for (FolderFile &f : *files) {
        if (f.fileName != fileName)
            continue;
        const QStringList points = pointsFor(f.kind, derivation);
        if (!points.contains(point)) {
            errors->append(
                {f.path, 0, 0, tr("a %1 file cannot stand for '%2'").arg(rulesKindName(f.kind), point),
                 points.isEmpty() ? QString() : tr("the points are: %1").arg(points.join(u", "_s))});
            return false;
        }
        f.point = point;
        f.mappedBy = FolderFile::MappedBy::Override;
        f.reason = tr("mapped by hand to %1").arg(pointLabel(derivation, point));
        return true;
    }
    errors->append({fileName, 0, 0, tr("no such file in the folder"), {}});
    return false;
}

std::optional<FolderReport> RulesFolder::reconcile(const QString &folder, const QList<FolderFile> &files,
                                                   const ExportInput &input, Diagnostics *errors)
{
    FolderReport report;
    report.folder = folder;
    report.files = files;
    QStringList points;
    for (const FolderFile &f : files)
        if (!f.point.isEmpty() && !points.contains(f.point))
            points.append(f.point);
    points.sort();
    for (const QString &point : std::as_const(points)) {
        QList<RulesFileInput> inputs;
        IpsetSets ipsets;
        for (const FolderFile &f : files) {
            if (f.point != point)
                continue;
            if (f.kind != RulesKind::Ipset) {
                inputs.append({f.path, f.content});
                continue;
            }
            const auto sets = IptablesReader::readIpset(f.content, f.path, errors);
            if (!sets)
                return std::nullopt;
            for (auto it = sets->sets.cbegin(); it != sets->sets.cend(); ++it)
                ipsets.sets.insert(it.key(), it.value());
        }
        auto one = PointReconciler::run(input, point, inputs, ipsets, errors);
        if (!one)
            return std::nullopt;
        report.reports.append(std::move(*one));
    }
    return report;
}

QString RulesFolder::text(const FolderReport &report)
{
    QString out = tr("today's rules in %1").arg(displayLine(report.folder)) + u'\n';
    qsizetype width = 0;
    for (const FolderFile &f : report.files)
        width = std::max(width, displayLine(f.fileName).size());
    for (const FolderFile &f : report.files) {
        out += u"  "_s + displayLine(f.fileName).leftJustified(width) + u"  "_s +
               rulesKindName(f.kind).leftJustified(24) + u"  "_s;
        if (!f.point.isEmpty())
            out += u"-> "_s + displayLine(f.point) + u" ("_s + mappedByName(f.mappedBy) + u"): "_s;
        else if (f.kind != RulesKind::Unknown)
            out += tr("unmapped") + u": "_s;
        out += displayLine(f.reason) + u'\n';
    }
    for (const ReconcileReport &r : report.reports)
        out += u'\n' + Reconciler::text(r);
    int differ = 0;
    for (const ReconcileReport &r : report.reports)
        differ += r.exact() ? 0 : 1;
    out += u'\n' + tr("result: %n point(s) compared", nullptr, int(report.reports.size())) + u", "_s +
           tr("%n differ", nullptr, differ) + u", "_s +
           tr("%n file(s) of today's rules not mapped to a point", nullptr, report.unmappedRulesFiles()) +
           u'\n';
    return out;
}

QByteArray RulesFolder::json(const FolderReport &report)
{
    QJsonObject root;
    root[u"folder"_s] = report.folder;
    QJsonArray files;
    for (const FolderFile &f : report.files) {
        QJsonObject o{{u"file"_s, f.fileName},
                      {u"kind"_s, rulesKindName(f.kind)},
                      {u"mappedBy"_s, mappedByName(f.mappedBy)},
                      {u"reason"_s, f.reason}};
        if (!f.point.isEmpty())
            o[u"point"_s] = f.point;
        files.append(o);
    }
    root[u"files"_s] = files;
    QJsonArray points;
    for (const ReconcileReport &r : report.reports)
        points.append(Reconciler::jsonObject(r));
    root[u"points"_s] = points;
    root[u"unmapped"_s] = report.unmappedRulesFiles();
    root[u"exact"_s] = report.exact();
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace portolan
