#include "fuzzchecks.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "derive/derivationjson.h"
#include "derive/deriver.h"
#include "export/bundle/bundlebuilder.h"
#include "export/exporterregistry.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "reconcile/awsreader.h"
#include "reconcile/iptablesreader.h"
#include "reconcile/k8spolicyreader.h"
#include "reconcile/nftjsonreader.h"
#include "reconcile/reconciler.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan::fuzz {

namespace {

// The fuzzers call these functions hundreds of thousands of times: load the
// bundled catalogs once. They are compiled in, so they cannot differ.
const CatalogSet &bundledCatalogs()
{
    static const CatalogSet catalogs = CatalogSet::bundled();
    return catalogs;
}

// The name inputs are read under. A project's file name only appears in
// diagnostics; a catalog's must match its id, which the fuzzer would rarely
// guess, so catalogs are read with none (CatalogReader then skips that check).
const QString kProjectFile = u"fuzz.yaml"_s;

QString refusalWithoutDiagnostic(const char *what)
{
    return u"%1 refused the input without a diagnostic"_s.arg(QLatin1StringView(what));
}

// What every rules reader promises (checkIptablesReader and the others).
QString checkRulesProgram(const char *reader, const std::optional<FilterProgram> &program,
                          const Diagnostics &errors)
{
    if (!program) {
        if (errors.isEmpty())
            return refusalWithoutDiagnostic(reader);
        for (const Diagnostic &d : errors)
            if (d.line <= 0)
                return u"%1 gave a diagnostic without a line: %2"_s.arg(QLatin1StringView(reader),
                                                                        d.toString());
        return {};
    }
    for (const FilterChain &chain : program->chains)
        for (const FilterRule &rule : chain.rules)
            if (rule.origin.line <= 0)
                return u"%1 read a rule without a line: %2"_s.arg(QLatin1StringView(reader), rule.text);
    for (const Diagnostic &d : program->notes)
        if (d.line <= 0)
            return u"%1 noted something without a line: %2"_s.arg(QLatin1StringView(reader), d.toString());
    // A small plan point: ssh from one network, dns out.
    static const RuleSet point = [] {
        RuleSet rs;
        rs.id = u"host:fuzz"_s;
        Rule in;
        in.protocol = Protocol::Tcp;
        in.ports = {PortRange::single(22)};
        in.peers = {*Cidr::parse(u"10.0.0.0/8"_s)};
        Rule out = in;
        out.direction = Direction::Egress;
        out.protocol = Protocol::Udp;
        out.ports = {PortRange::single(53)};
        out.peers = {};
        rs.rules = {in, out};
        return rs;
    }();
    const ReconcileReport report = Reconciler::reconcile(point, {*program});
    (void)Reconciler::text(report);
    (void)Reconciler::json(report);
    return {};
}

QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n'), y = b.split('\n');
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i)
        if (x.value(i) != y.value(i))
            return u"line %1: '%2' then '%3'"_s.arg(i + 1).arg(QString::fromUtf8(x.value(i)),
                                                               QString::fromUtf8(y.value(i)));
    return {};
}

// A generated path must stay inside the bundle folder the caller writes to.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == u"."_s || part == u".."_s;
    });
}

} // namespace

QString checkProjectReader(QByteArrayView data)
{
    Diagnostics errors;
    const auto project = ProjectReader::read(data.toByteArray(), kProjectFile, bundledCatalogs(), &errors);
    if (!project)
        return errors.isEmpty() ? refusalWithoutDiagnostic("ProjectReader") : QString();

    const QByteArray saved = ProjectWriter::write(*project);
    Diagnostics reloadErrors;
    const auto reloaded = ProjectReader::read(saved, kProjectFile, bundledCatalogs(), &reloadErrors);
    if (!reloaded)
        return u"a loaded project saved to bytes that do not load: %1\n--- saved ---\n%2"_s.arg(
            formatDiagnostics(reloadErrors), QString::fromUtf8(saved));
    if (!(*reloaded == *project))
        return u"a saved project reloads to a different project\n--- saved ---\n%1"_s.arg(
            QString::fromUtf8(saved));
    const QByteArray savedAgain = ProjectWriter::write(*reloaded);
    if (savedAgain != saved)
        return u"saving is not stable: %1"_s.arg(firstDifference(saved, savedAgain));
    return {};
}

QString checkCatalogReader(QByteArrayView data)
{
    Diagnostics errors;
    auto catalog = CatalogReader::read(data.toByteArray(), QString(), &errors);
    if (!catalog)
        return errors.isEmpty() ? refusalWithoutDiagnostic("CatalogReader") : QString();

    // A user catalog is used beside the bundled ones; joining the set must
    // either work or say why (a bundled id is taken).
    CatalogSet set = bundledCatalogs();
    Diagnostics addErrors;
    if (!set.add(std::move(*catalog), &addErrors) && addErrors.isEmpty())
        return refusalWithoutDiagnostic("CatalogSet::add");
    for (const QString &reference : set.componentReferences())
        if (!set.component(reference))
            return u"component reference '%1' is listed but does not resolve"_s.arg(reference);
    return {};
}

QString checkDeriveExport(QByteArrayView data)
{
    const CatalogSet &catalogs = bundledCatalogs();
    Diagnostics errors;
    const auto project = ProjectReader::read(data.toByteArray(), kProjectFile, catalogs, &errors);
    if (!project)
        return {}; // refusals are checkProjectReader's business

    const Derivation derivation = Deriver::derive(*project, catalogs);
    const Derivation again = Deriver::derive(*project, catalogs);
    if (DerivationJson::flowsDocument(derivation) != DerivationJson::flowsDocument(again) ||
        DerivationJson::ruleSetsDocument(derivation) != DerivationJson::ruleSetsDocument(again))
        return u"derivation is not deterministic"_s;

    const ExportInput input{*project, catalogs, derivation};
    const ExportResult bundle = BundleBuilder::build(input, ExporterRegistry::all());
    QSet<QString> paths;
    for (const ExportFile &file : bundle.files) {
        if (!isSafeRelativePath(file.path))
            return u"an exporter generated the path '%1', outside the bundle"_s.arg(file.path);
        if (paths.contains(file.path))
            return u"two generated files share the path '%1'"_s.arg(file.path);
        paths.insert(file.path);
    }
    return {};
}

QString checkIptablesReader(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    Diagnostics ipsetErrors;
    const auto sets = IptablesReader::readIpset(bytes, u"ipset.save"_s, &ipsetErrors);
    if (!sets && ipsetErrors.isEmpty())
        return refusalWithoutDiagnostic("IptablesReader::readIpset");
    Diagnostics errors;
    const auto program = IptablesReader::read(bytes, u"rules.v4"_s, sets ? *sets : IpsetSets(), &errors);
    return checkRulesProgram("IptablesReader", program, errors);
}

QString checkNftJsonReader(QByteArrayView data)
{
    Diagnostics errors;
    const auto program = NftJsonReader::read(data.toByteArray(), u"ruleset.json"_s, &errors);
    return checkRulesProgram("NftJsonReader", program, errors);
}

QString checkAwsReader(QByteArrayView data)
{
    // The names of the seeds (tests/reconcile/fixtures/readers/aws-*).
    static const AwsGroupNames names = [] {
        AwsGroupNames n;
        n.point = {u"web"_s, u"sg-0web000000000001"_s};
        n.addresses.insert(u"bastion"_s,
                           {*Cidr::parse(u"192.168.1.5/32"_s), *Cidr::parse(u"2001:db8::5/128"_s)});
        return n;
    }();
    Diagnostics errors;
    const auto program = AwsSecurityGroupReader::read(data.toByteArray(), u"groups.json"_s, names, &errors);
    return checkRulesProgram("AwsSecurityGroupReader", program, errors);
}

QString checkK8sPolicyReader(QByteArrayView data)
{
    // The names of the seeds (tests/reconcile/fixtures/readers/k8s-*).
    static const K8sPodNames names{
        u"portolan.io/node"_s, u"web"_s, {{u"bastion"_s, {*Cidr::parse(u"192.168.1.5/32"_s)}}}};
    Diagnostics errors;
    const auto program = K8sPolicyReader::read(data.toByteArray(), u"policies.yaml"_s, names, &errors);
    return checkRulesProgram("K8sPolicyReader", program, errors);
}

} // namespace portolan::fuzz
