// Cloud and document exporters: golden files, each generated file checked by
// its target's own offline validator (TARGETS.md), limits, and a hostile
// project through every target. PORTOLAN_UPDATE_GOLDEN=1 rewrites goldens.
#include "cloudvalidators.h"
#include "testplans.h"

#include "export/cloud/awsnetworkresources.h"
#include "export/cloud/awsresources.h"
#include "export/cloud/cloudscope.h"
#include "export/cloud/cloudtext.h"
#include "export/cloud/doresources.h"
#include "export/cloud/gcpresources.h"
#include "export/exporterregistry.h"
#include "export/matrix/portmatrix.h"

#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "export/escape.h"
#include "project/projectreader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QStringList cloudTargets{u"aws-cloudformation"_s,     u"aws-terraform"_s, u"aws-cli"_s,
                               u"gcp-terraform"_s,          u"gcloud"_s,        u"azure-terraform"_s,
                               u"digitalocean-terraform"_s, u"doctl"_s,         u"kubernetes"_s};
const QStringList documentTargets{u"port-matrix-md"_s, u"port-matrix-csv"_s, u"port-matrix-html"_s};
const QString goldenRoot = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-cloud/golden");
const QString brokenRoot = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-cloud/broken");
const QString projectsRoot = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-cloud/projects");

const CatalogSet &catalogs()
{
    static const CatalogSet set = CatalogSet::bundled();
    return set;
}

ExportResult generate(const QString &target, const TestPlan &tp)
{
    const Exporter *exporter = ExporterRegistry::find(target);
    if (!exporter)
        return {};
    return exporter->generate(ExportInput{tp.project, catalogs(), tp.derivation});
}

QString problemsText(const ExportResult &result)
{
    QStringList lines;
    for (const ExportProblem &p : result.problems)
        lines << (p.severity == ExportProblem::Severity::Error ? u"error: "_s : u"warning: "_s) + p.message;
    return lines.join(u'\n');
}

// Writes the files under `dir`; returns absolute paths in order.
QStringList writeFiles(const ExportResult &result, const QString &dir)
{
    QStringList paths;
    for (const ExportFile &file : result.files) {
        const QString path = dir + u'/' + file.path;
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(file.content);
        paths << path;
    }
    return paths;
}

// Runs every validator; fails on the first failure, skips (saying which and
// why) when one was missing and the others passed.
struct Checks
{
    QStringList missing;
    QString failure;
    void add(const QString &what, const ValidatorResult &r)
    {
        if (r.status == ValidatorResult::Status::Failed && failure.isEmpty())
            failure = what + u": "_s + r.detail;
        else if (r.status == ValidatorResult::Status::Missing)
            missing << what + u" ("_s + r.detail + u')';
    }
};

#define FINISH_CHECKS(checks)                                                                                \
    do {                                                                                                     \
        if (!(checks).failure.isEmpty())                                                                     \
            QFAIL(qPrintable((checks).failure));                                                             \
        if (!(checks).missing.isEmpty())                                                                     \
            QSKIP(qPrintable(u"validator missing, not checked: "_s + (checks).missing.join(u"; "_s)));       \
    } while (false)

// Compares generated files with the golden folder byte for byte, and
// that no stale golden file is left; PORTOLAN_UPDATE_GOLDEN=1 rewrites it.
void compareWithGolden(const ExportResult &result, const QString &dir)
{
    const bool update = qEnvironmentVariableIntValue("PORTOLAN_UPDATE_GOLDEN") == 1;
    if (update)
        QDir(dir).removeRecursively();
    QStringList expected;
    for (const ExportFile &file : result.files) {
        QVERIFY2(!file.description.isEmpty(), qPrintable(file.path));
        const QString relative = file.path.section(u'/', 1);
        expected << relative;
        const QString path = dir + u'/' + relative;
        if (update) {
            QDir().mkpath(QFileInfo(path).path());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.content);
            continue;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(u"missing golden "_s + path + u" (PORTOLAN_UPDATE_GOLDEN=1)"_s));
        QCOMPARE(QString::fromUtf8(file.content), QString::fromUtf8(in.readAll()));
    }
    QStringList present;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        present << QDir(dir).relativeFilePath(it.next());
    present.sort();
    expected.sort();
    QCOMPARE(present, expected); // no stale goldens
}

void validateTarget(const QString &target, const QStringList &paths, const QString &dir, Checks &checks)
{
    for (const auto &[what, result] : CloudValidators::validateTarget(target, paths, dir))
        checks.add(what, result);
}

} // namespace

class TestCloudExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry();
    void golden_data();
    void golden();
    void validate_data();
    void validate();
    void examples_data();
    void examples();
    void negativeControls_data();
    void negativeControls();
    void awsLimit_data();
    void awsLimit();
    void awsNetwork_data();
    void awsNetwork();
    void awsNetworkLimit_data();
    void awsNetworkLimit();
    void awsNetworkFixture_data();
    void awsNetworkFixture();
    void digitalOceanLimit_data();
    void digitalOceanLimit();
    void azureLimit();
    void gcpNames();
    void scriptsRunAsWritten_data();
    void scriptsRunAsWritten();
    void portMatrixReadsBack_data();
    void portMatrixReadsBack();
    void text_data();
    void text();
    void emptyPlan();
    void unknownGroupIsRefused();
};

void TestCloudExport::registry()
{
    for (const QString &id : cloudTargets + documentTargets) {
        const Exporter *exporter = ExporterRegistry::find(id);
        QVERIFY2(exporter, qPrintable(id));
        QCOMPARE(exporter->family(), documentTargets.contains(id) ? u"document"_s : u"cloud"_s);
        QVERIFY(!exporter->title().isEmpty());
    }
}

void TestCloudExport::golden_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("target");
    for (const QString &plan : {u"multicloud"_s, u"hostile"_s})
        for (const QString &target : cloudTargets + documentTargets)
            QTest::newRow(qPrintable(plan + u'/' + target)) << plan << target;
}

void TestCloudExport::golden()
{
    QFETCH(QString, plan);
    QFETCH(QString, target);
    const TestPlan tp = TestPlans::byName(plan);
    const ExportResult result = generate(target, tp);
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    QVERIFY(!result.files.isEmpty());
    // Same input, same bytes.
    const ExportResult again = generate(target, tp);
    QCOMPARE(again.files.size(), result.files.size());
    for (qsizetype i = 0; i < result.files.size(); ++i)
        QCOMPARE(again.files.at(i).content, result.files.at(i).content);

    compareWithGolden(result, goldenRoot + u'/' + plan + u'/' + target);
}

void TestCloudExport::validate_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("target");
    for (const QString &plan : {u"multicloud"_s, u"hostile"_s})
        for (const QString &target : cloudTargets)
            QTest::newRow(qPrintable(plan + u'/' + target)) << plan << target;
}

void TestCloudExport::validate()
{
    QFETCH(QString, plan);
    QFETCH(QString, target);
    const ExportResult result = generate(target, TestPlans::byName(plan));
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    QTemporaryDir dir;
    const QStringList paths = writeFiles(result, dir.path());
    QVERIFY(!paths.isEmpty());
    Checks checks;
    validateTarget(target, paths, dir.path(), checks);
    FINISH_CHECKS(checks);
}

void TestCloudExport::examples_data()
{
    // The bundled examples through real derivation: every file each target
    // generates equals its golden (golden/examples/<example>/<target>) and
    // passes its validator.
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("target");
    QDirIterator it(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"), {u"*.yaml"_s}, QDir::Files);
    QStringList examples;
    while (it.hasNext())
        examples << it.next();
    examples.sort();
    for (const QString &example : std::as_const(examples))
        for (const QString &target : cloudTargets + documentTargets)
            QTest::newRow(qPrintable(QFileInfo(example).baseName() + u'/' + target)) << example << target;
}

void TestCloudExport::examples()
{
    QFETCH(QString, example);
    QFETCH(QString, target);
    Diagnostics errors;
    const std::optional<LoadedProject> loaded = ProjectLoader::load(example, &errors);
    QVERIFY2(loaded, qPrintable(example));
    const Derivation derivation = Deriver::derive(loaded->project, loaded->catalogs);
    const ExportResult result =
        ExporterRegistry::find(target)->generate(ExportInput{loaded->project, loaded->catalogs, derivation});
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    // A target whose provider hosts a node of the example must have files.
    const Provider provider = target.startsWith(u"aws"_s)                            ? Provider::Aws
                              : target.startsWith(u"gcp"_s) || target == u"gcloud"_s ? Provider::Gcp
                              : target.startsWith(u"azure"_s)                        ? Provider::Azure
                              : target.startsWith(u"digitalocean"_s) || target == u"doctl"_s
                                  ? Provider::DigitalOcean
                                  : Provider::None;
    bool expectFiles = provider == Provider::None;
    for (const Node &node : loaded->project.nodes)
        expectFiles = expectFiles || loaded->project.providerOf(node.zone) == provider;
    QCOMPARE(!result.files.isEmpty(), expectFiles);
    if (result.files.isEmpty()) {
        QCOMPARE(result.problems.size(), 1); // "nothing to export" says so
        return;
    }
    compareWithGolden(result,
                      goldenRoot + u"/examples/"_s + QFileInfo(example).completeBaseName() + u'/' + target);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    const QStringList paths = writeFiles(result, dir.path());
    Checks checks;
    validateTarget(target, paths, dir.path(), checks);
    FINISH_CHECKS(checks);
}

void TestCloudExport::negativeControls_data()
{
    // Each validator must reject one deliberately broken file, or a pass
    // above would mean nothing.
    QTest::addColumn<QString>("validator");
    QTest::addColumn<QString>("file");
    QTest::newRow("cfn-lint: CidrIp and CidrIpv6 in one rule") << u"cfn-lint"_s << u"two-peers.yaml"_s;
    QTest::newRow("terraform validate: port as text") << u"terraform-validate"_s << u"bad-port.tf"_s;
    QTest::newRow("terraform fmt: misaligned") << u"terraform-fmt"_s << u"misaligned.tf"_s;
    QTest::newRow("hcl parse: unclosed block") << u"hcl"_s << u"unclosed.tf"_s;
    QTest::newRow("botocore: FromPort as text") << u"botocore"_s << u"bad-ingress.json"_s;
    QTest::newRow("bash -n: unterminated quote") << u"bash"_s << u"unterminated.sh"_s;
    QTest::newRow("networkpolicy: bad protocol") << u"networkpolicy"_s << u"bad-protocol.yaml"_s;
    QTest::newRow("networkpolicy: endPort below port") << u"networkpolicy"_s << u"bad-endport.yaml"_s;
}

void TestCloudExport::negativeControls()
{
    QFETCH(QString, validator);
    QFETCH(QString, file);
    const QString path = brokenRoot + u'/' + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    ValidatorResult r;
    QTemporaryDir dir;
    if (validator == u"cfn-lint"_s)
        r = CloudValidators::cfnLint(path);
    else if (validator == u"terraform-validate"_s)
        r = CloudValidators::terraformValidateAws({path});
    else if (validator == u"terraform-fmt"_s) {
        QVERIFY(QFile::copy(path, dir.filePath(file)));
        r = CloudValidators::terraformFmt(dir.path());
    } else if (validator == u"hcl"_s)
        r = CloudValidators::hclParse(path);
    else if (validator == u"botocore"_s)
        r = CloudValidators::awsCliInput(u"AuthorizeSecurityGroupIngress"_s, path);
    else if (validator == u"bash"_s)
        r = CloudValidators::bashSyntax(path);
    else if (validator == u"networkpolicy"_s)
        r = CloudValidators::networkPolicy(path);
    if (r.status == ValidatorResult::Status::Missing)
        QSKIP(qPrintable(u"validator missing: "_s + r.detail));
    QVERIFY2(r.status == ValidatorResult::Status::Failed,
             qPrintable(u"accepted a broken file: "_s + r.detail));
}

void TestCloudExport::awsLimit_data()
{
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("groups");
    QTest::addColumn<bool>("refused");
    QTest::newRow("60 IPv4: one group") << 60 << int(IpFamily::IPv4) << 1 << false;
    QTest::newRow("61 IPv4: split in two") << 61 << int(IpFamily::IPv4) << 2 << false;
    QTest::newRow("61 IPv6: split in two") << 61 << int(IpFamily::IPv6) << 2 << false;
    QTest::newRow("300 IPv4: five groups") << 300 << int(IpFamily::IPv4) << 5 << false;
    QTest::newRow("301 IPv4: refused") << 301 << int(IpFamily::IPv4) << 0 << true;
}

void TestCloudExport::awsLimit()
{
    QFETCH(int, rules);
    QFETCH(int, family);
    QFETCH(int, groups);
    QFETCH(bool, refused);
    const TestPlan tp = TestPlans::manyRules(Provider::Aws, rules, IpFamily(family));
    const ExportInput input{tp.project, catalogs(), tp.derivation};
    const AwsResources plan = AwsResources::build(CloudScope::forProvider(input, Provider::Aws));
    QCOMPARE(plan.hasErrors(), refused);
    for (const QString &target : {u"aws-cloudformation"_s, u"aws-terraform"_s, u"aws-cli"_s}) {
        const ExportResult result = generate(target, tp);
        QCOMPARE(result.ok(), !refused);
        if (refused) {
            QVERIFY(result.files.isEmpty());
            QVERIFY(problemsText(result).contains(u"301"_s) ||
                    problemsText(result).contains(u"6 security groups"_s));
            continue;
        }
        QCOMPARE(plan.groups.size(), groups);
        int total = 0;
        for (const AwsGroup &group : plan.groups) {
            QVERIFY(group.permissions.size() <= AwsResources::RulesPerGroup);
            total += int(group.permissions.size());
        }
        QCOMPARE(total, rules);
        bool warned = false;
        for (const ExportProblem &p : result.problems)
            warned = warned || p.message.contains(u"split"_s);
        QCOMPARE(warned, groups > 1);
        if (rules != 61 || family != int(IpFamily::IPv4))
            continue; // validators are slow: the 61-rule split is the one that matters
        QTemporaryDir dir;
        const QStringList paths = writeFiles(result, dir.path());
        if (target == u"aws-cli"_s)
            QCOMPARE(paths.size(), 2 * 2); // per group: ingress + revoke-default-egress
        Checks checks;
        validateTarget(target, paths, dir.path(), checks);
        FINISH_CHECKS(checks);
    }
}

void TestCloudExport::awsNetwork_data()
{
    QTest::addColumn<QString>("plan");
    QTest::newRow("multicloud") << u"multicloud"_s;
    QTest::newRow("hostile") << u"hostile"_s;
}

void TestCloudExport::awsNetwork()
{
    // The test plans' firewall guards the private subnet of the AWS VPC:
    // one network ACL whose every allow entry has its stateless answer, and
    // one NAT gateway in the public subnet (the NAT layer's outside zone).
    QFETCH(QString, plan);
    const TestPlan tp = TestPlans::byName(plan);
    const AwsNetworkResources network =
        AwsNetworkResources::build(ExportInput{tp.project, catalogs(), tp.derivation});
    QVERIFY(!network.hasErrors());
    QCOMPARE(network.acls.size(), 1);
    const AwsNetworkAcl &acl = network.acls.first();
    QCOMPARE(acl.subnetZone, tp.project.firewalls.first().inside.first());
    int forward = 0;
    int returns = 0;
    for (const AwsAclEntry &entry : acl.entries) {
        if (entry.returnTraffic) {
            ++returns;
            continue;
        }
        ++forward;
        const bool anyProtocol = entry.protocol == u"-1"_s;
        const bool answered =
            std::any_of(acl.entries.cbegin(), acl.entries.cend(), [&](const AwsAclEntry &r) {
                return r.returnTraffic && r.egress != entry.egress && r.cidr == entry.cidr &&
                       r.protocol == entry.protocol && r.family == entry.family &&
                       (anyProtocol ? r.fromPort == -1
                                    : r.fromPort == AwsNetworkResources::EphemeralFrom &&
                                          r.toPort == AwsNetworkResources::EphemeralTo);
            });
        QVERIFY2(answered, qPrintable(u"no return entry for %1 %2 %3-%4"_s.arg(entry.protocol, entry.cidr)
                                          .arg(entry.fromPort)
                                          .arg(entry.toPort)));
    }
    // 8000, 8443 and 8001 in, 8000-8100 in over IPv6, 53/udp, 443 and "any" out;
    // answers are one per peer and protocol (8000 and 8443 share one).
    QCOMPARE(forward, 7);
    QCOMPARE(returns, 6);
    // Rule numbers run 100, 110, ... per direction, forward entries first.
    for (const bool egress : {false, true}) {
        int expected = AwsNetworkResources::FirstRuleNumber;
        bool seenReturn = false;
        for (const AwsAclEntry &entry : acl.entries) {
            if (entry.egress != egress)
                continue;
            QCOMPARE(entry.ruleNumber, expected);
            expected += AwsNetworkResources::RuleNumberStep;
            QVERIFY(!seenReturn || entry.returnTraffic);
            seenReturn = seenReturn || entry.returnTraffic;
        }
    }
    QCOMPARE(network.natGateways.size(), 1);
    QCOMPARE(network.natGateways.first().subnetKey, tp.project.natLayers.first().outside);
    {
        // Inbound mappings make it the internet gateway's one-to-one NAT
        // (LiveKit's `igw`): a note, never a NAT gateway.
        TestPlan mapped = tp;
        NatMapping mapping;
        mapping.outsideAddress = QHostAddress(u"198.51.100.7"_s);
        mapping.outsidePorts = PortRange::single(443);
        mapping.insideAddress = QHostAddress(u"10.0.1.10"_s);
        mapping.insidePorts = PortRange::single(443);
        mapped.project.natLayers.first().mappings = {mapping};
        const AwsNetworkResources oneToOne =
            AwsNetworkResources::build(ExportInput{mapped.project, catalogs(), mapped.derivation});
        QVERIFY(oneToOne.natGateways.isEmpty());
        QCOMPARE(oneToOne.problems.size(), 1);
        QVERIFY(oneToOne.problems.first().message.contains(u"internet gateway"_s));
    }

    // The files say why the answers are there, and hold the NAT gateway.
    const ExportResult terraform = generate(u"aws-terraform"_s, tp);
    QVERIFY2(terraform.ok(), qPrintable(problemsText(terraform)));
    QCOMPARE(terraform.files.size(), 2);
    const QString tf = QString::fromUtf8(terraform.files.last().content);
    QCOMPARE(terraform.files.last().path, u"aws-terraform/network.tf"_s);
    QVERIFY(tf.contains(u"# Return traffic: network ACLs are stateless"_s));
    QCOMPARE(tf.count(u"resource \"aws_network_acl_rule\""_s), forward + returns);
    static const QRegularExpression ephemeral(u"from_port +=  ?1024\n *to_port += 65535\n"_s);
    QCOMPARE(tf.count(ephemeral), 5); // the "any" answer has no ports
    QVERIFY(tf.contains(u"resource \"aws_nat_gateway\""_s));
    // Variables of security_groups.tf are not declared twice in the module.
    QVERIFY(!tf.contains(u"required_providers"_s));
    QVERIFY(!tf.contains(u"variable \"vpc_id"_s));
    // Outside comments, no template sequence survives the user text.
    static const QRegularExpression live(u"(?<![$%])[$%][{]"_s);
    for (const QString &line : tf.split(u'\n'))
        if (!line.trimmed().startsWith(u'#'))
            QVERIFY2(!live.match(line).hasMatch(), qPrintable(line.left(200)));
    const ExportResult cfn = generate(u"aws-cloudformation"_s, tp);
    QVERIFY2(cfn.ok(), qPrintable(problemsText(cfn)));
    QCOMPARE(cfn.files.size(), 2);
    const QString yaml = QString::fromUtf8(cfn.files.last().content);
    QVERIFY(yaml.contains(u"# Return traffic: network ACLs are stateless"_s));
    QCOMPARE(yaml.count(u"Type: AWS::EC2::NetworkAclEntry"_s), forward + returns);
    QVERIFY(yaml.contains(u"Type: AWS::EC2::NatGateway"_s));
}

void TestCloudExport::awsNetworkLimit_data()
{
    // Each ingress rule also needs an egress return entry: 20 + 20 fit the
    // default quota, 21 need it raised (warning), 41 are past its maximum.
    QTest::addColumn<int>("rules");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<bool>("refused");
    QTest::newRow("20: fits") << 20 << false << false;
    QTest::newRow("21: raise the quota") << 21 << true << false;
    QTest::newRow("40: raise the quota") << 40 << true << false;
    QTest::newRow("41: refused") << 41 << false << true;
}

void TestCloudExport::awsNetworkLimit()
{
    QFETCH(int, rules);
    QFETCH(bool, warned);
    QFETCH(bool, refused);
    const TestPlan tp = TestPlans::manyFirewallRules(rules);
    const AwsNetworkResources network =
        AwsNetworkResources::build(ExportInput{tp.project, catalogs(), tp.derivation});
    QCOMPARE(network.acls.size(), 1);
    int in = 0;
    int out = 0;
    for (const AwsAclEntry &entry : network.acls.first().entries)
        ++(entry.egress ? out : in);
    QCOMPARE(in, rules);
    QCOMPARE(out, rules);
    bool warning = false;
    for (const ExportProblem &p : network.problems)
        warning =
            warning || (p.severity == ExportProblem::Severity::Warning && p.message.contains(u"quota"_s));
    QCOMPARE(warning, warned);
    QCOMPARE(network.hasErrors(), refused);
    for (const QString &target : {u"aws-terraform"_s, u"aws-cloudformation"_s}) {
        const ExportResult result = generate(target, tp);
        QCOMPARE(result.ok(), !refused);
        if (refused) {
            QVERIFY(result.files.isEmpty());
            QVERIFY2(problemsText(result).contains(u"%1 entries"_s.arg(rules)),
                     qPrintable(problemsText(result)));
            continue;
        }
        QCOMPARE(result.files.size(), 1); // no security group: the network file alone
        if (rules != 21)
            continue; // validators are slow: one file past the default quota is enough
        QTemporaryDir dir;
        const QStringList paths = writeFiles(result, dir.path());
        Checks checks;
        validateTarget(target, paths, dir.path(), checks);
        FINISH_CHECKS(checks);
    }
}

void TestCloudExport::awsNetworkFixture_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("aws-terraform") << u"aws-terraform"_s;
    QTest::newRow("aws-cloudformation") << u"aws-cloudformation"_s;
}

void TestCloudExport::awsNetworkFixture()
{
    // No bundled example has a firewall inside an AWS VPC: this fixture
    // (Cumulocity in a VPC, a firewall between its public and private
    // subnets, source NAT for the private one) goes through real derivation.
    QFETCH(QString, target);
    const QString path = projectsRoot + u"/aws-vpc-firewall.yaml"_s;
    Diagnostics errors;
    const std::optional<LoadedProject> loaded = ProjectLoader::load(path, &errors);
    QVERIFY2(loaded, qPrintable(path));
    const Derivation derivation = Deriver::derive(loaded->project, loaded->catalogs);
    const ExportInput input{loaded->project, loaded->catalogs, derivation};
    const AwsNetworkResources network = AwsNetworkResources::build(input);
    QCOMPARE(network.acls.size(), 1);
    QCOMPARE(network.natGateways.size(), 1);
    // The load balancer reaches the core nodes on 8883 (MQTT over TLS) and
    // gets its answers back on ephemeral ports.
    const QList<AwsAclEntry> &entries = network.acls.first().entries;
    const auto has = [&](bool egress, int from, int to, bool answer) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const AwsAclEntry &e) {
            return e.egress == egress && e.fromPort == from && e.toPort == to && e.returnTraffic == answer &&
                   e.protocol == u"tcp"_s && e.cidr == u"10.40.1.50/32"_s;
        });
    };
    QVERIFY(has(false, 8883, 8883, false));
    QVERIFY(has(true, AwsNetworkResources::EphemeralFrom, AwsNetworkResources::EphemeralTo, true));

    const ExportResult result = ExporterRegistry::find(target)->generate(input);
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    compareWithGolden(result, goldenRoot + u"/fixtures/aws-vpc-firewall/"_s + target);
    QTemporaryDir dir;
    const QStringList paths = writeFiles(result, dir.path());
    Checks checks;
    validateTarget(target, paths, dir.path(), checks);
    FINISH_CHECKS(checks);
}

void TestCloudExport::digitalOceanLimit_data()
{
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("firewalls");
    QTest::newRow("50: one firewall") << 50 << 1;
    QTest::newRow("51: split in two") << 51 << 2;
    QTest::newRow("101: three") << 101 << 3;
}

void TestCloudExport::digitalOceanLimit()
{
    QFETCH(int, rules);
    QFETCH(int, firewalls);
    const TestPlan tp = TestPlans::manyRules(Provider::DigitalOcean, rules);
    const ExportInput input{tp.project, catalogs(), tp.derivation};
    const DoResources plan = DoResources::build(CloudScope::forProvider(input, Provider::DigitalOcean));
    QCOMPARE(plan.firewalls.size(), firewalls);
    for (const DoFirewall &firewall : plan.firewalls) {
        QVERIFY(firewall.rules.size() <= DoResources::RulesPerFirewall);
        QCOMPARE(firewall.tag, plan.firewalls.first().tag);
    }
    for (const QString &target : {u"digitalocean-terraform"_s, u"doctl"_s}) {
        const ExportResult result = generate(target, tp);
        QVERIFY(result.ok());
        QCOMPARE(problemsText(result).contains(u"split"_s), firewalls > 1);
        const QString text = QString::fromUtf8(result.files.value(0).content);
        if (target == u"doctl"_s)
            QCOMPARE(text.count(u"doctl compute firewall create"_s), firewalls);
        else
            QCOMPARE(text.count(u"resource \"digitalocean_firewall\""_s), firewalls);
        QCOMPARE(text.count(target == u"doctl"_s ? u"protocol:tcp"_s : u"inbound_rule {"_s), rules);
        QTemporaryDir dir;
        Checks checks;
        validateTarget(target, writeFiles(result, dir.path()), dir.path(), checks);
        FINISH_CHECKS(checks);
    }
}

void TestCloudExport::azureLimit()
{
    // 998 allow rules + 2 deny rules = 1,000: the most one group takes.
    const TestPlan fits = TestPlans::manyRules(Provider::Azure, 998);
    const ExportResult ok = generate(u"azure-terraform"_s, fits);
    QVERIFY2(ok.ok(), qPrintable(problemsText(ok)));
    const QString text = QString::fromUtf8(ok.files.value(0).content);
    QCOMPARE(text.count(u"security_rule {"_s), 1000);
    QSet<int> priorities;
    static const QRegularExpression priority(u"priority += (\\d+)"_s);
    for (auto it = priority.globalMatch(text); it.hasNext();) {
        const int value = it.next().captured(1).toInt();
        QVERIFY(value >= 100 && value <= 4096);
        QVERIFY2(!priorities.contains(value), "priorities must be unique");
        priorities.insert(value);
    }
    QCOMPARE(priorities.size(), 1000);
    QTemporaryDir dir;
    Checks checks;
    validateTarget(u"azure-terraform"_s, writeFiles(ok, dir.path()), dir.path(), checks);

    const ExportResult refused = generate(u"azure-terraform"_s, TestPlans::manyRules(Provider::Azure, 999));
    QVERIFY(!refused.ok());
    QVERIFY(refused.files.isEmpty());
    QVERIFY(problemsText(refused).contains(u"1000"_s) || problemsText(refused).contains(u"1,000"_s));
    FINISH_CHECKS(checks);
}

void TestCloudExport::gcpNames()
{
    static const QRegularExpression valid(u"^[a-z]([-a-z0-9]*[a-z0-9])?$"_s);
    for (const QString &plan : {u"multicloud"_s, u"hostile"_s}) {
        TestPlan tp = TestPlans::byName(plan);
        // Two ids that differ only past the 63rd character, and one all symbols.
        RuleSet longA = tp.derivation.ruleSets.first();
        longA.kind = PointKind::SecurityGroup;
        longA.provider = Provider::Gcp;
        longA.id = u"sg:"_s + QString(80, u'a') + u"-one"_s;
        RuleSet longB = longA;
        longB.id = u"sg:"_s + QString(80, u'a') + u"-two"_s;
        RuleSet symbols = longA;
        symbols.id = u"$$$ ``` '''"_s;
        tp.derivation.ruleSets << longA << longB << symbols;
        const ExportInput input{tp.project, catalogs(), tp.derivation};
        const GcpResources gcp = GcpResources::build(CloudScope::forProvider(input, Provider::Gcp));
        QVERIFY(!gcp.hasErrors());
        QSet<QString> names;
        for (const GcpRule &rule : gcp.rules) {
            QVERIFY2(rule.name.size() <= 63 && valid.match(rule.name).hasMatch(), qPrintable(rule.name));
            QVERIFY2(!names.contains(rule.name), qPrintable(rule.name));
            names.insert(rule.name);
            for (const QString &tag : rule.targetTags + rule.sourceTags)
                QVERIFY2(tag.size() <= 63 && valid.match(tag).hasMatch(), qPrintable(tag));
            QVERIFY(rule.sourceRanges.isEmpty() || rule.sourceTags.isEmpty() || !rule.ingress);
            for (const QStringList &ranges : {rule.sourceRanges, rule.destinationRanges}) {
                bool v4 = false, v6 = false;
                for (const QString &r : ranges)
                    (r.contains(u':') ? v6 : v4) = true;
                QVERIFY2(!(v4 && v6), "one IP family per GCP rule");
            }
        }
        QVERIFY(GcpResources::tagOf(longA.id) != GcpResources::tagOf(longB.id));
    }
}

void TestCloudExport::scriptsRunAsWritten_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("target");
    for (const QString &plan : {u"multicloud"_s, u"hostile"_s})
        for (const QString &target : {u"gcloud"_s, u"doctl"_s})
            QTest::newRow(qPrintable(plan + u'/' + target)) << plan << target;
}

void TestCloudExport::scriptsRunAsWritten()
{
    // The scripts run against stub commands that record their arguments:
    // every value must arrive as exactly the word the plan meant, and no
    // `$(...)` in user text may run.
    QFETCH(QString, plan);
    QFETCH(QString, target);
    const TestPlan tp = TestPlans::byName(plan);
    const ExportResult result = generate(target, tp);
    QVERIFY(result.ok());
    QTemporaryDir dir;
    const QStringList paths = writeFiles(result, dir.path());
    for (int i = 0; i < 60; ++i)
        QFile::remove(u"/tmp/portolan-pwn-%1"_s.arg(i));
    QFile::remove(u"/tmp/portolan-pwn"_s);
    QList<QStringList> calls;
    const ValidatorResult r =
        CloudValidators::runWithStubs(paths.value(0), {u"gcloud"_s, u"doctl"_s}, &calls);
    if (r.status == ValidatorResult::Status::Missing)
        QSKIP(qPrintable(r.detail));
    QVERIFY2(r.status == ValidatorResult::Status::Passed, qPrintable(r.detail));
    QVERIFY(!QFile::exists(u"/tmp/portolan-pwn"_s));
    for (int i = 0; i < 60; ++i)
        QVERIFY(!QFile::exists(u"/tmp/portolan-pwn-%1"_s.arg(i)));

    const ExportInput input{tp.project, catalogs(), tp.derivation};
    if (target == u"gcloud"_s) {
        const GcpResources gcp = GcpResources::build(CloudScope::forProvider(input, Provider::Gcp));
        QCOMPARE(calls.size(), gcp.rules.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const QStringList &call = calls.at(i);
            const GcpRule &rule = gcp.rules.at(i);
            QCOMPARE(call.mid(0, 5),
                     (QStringList{u"gcloud"_s, u"compute"_s, u"firewall-rules"_s, u"create"_s, rule.name}));
            QVERIFY(call.contains(u"--description="_s + rule.description));
            QVERIFY(call.contains(u"--network="_s + rule.network));
            QVERIFY(call.contains(u"--target-tags="_s + rule.targetTags.join(u',')));
        }
    } else {
        const DoResources doResources =
            DoResources::build(CloudScope::forProvider(input, Provider::DigitalOcean));
        QStringList tags;
        for (const DoFirewall &f : doResources.firewalls)
            if (!tags.contains(f.tag))
                tags << f.tag;
        QCOMPARE(calls.size(), tags.size() + doResources.firewalls.size());
        for (qsizetype i = 0; i < doResources.firewalls.size(); ++i) {
            const QStringList &call = calls.at(tags.size() + i);
            QCOMPARE(call.mid(0, 5),
                     (QStringList{u"doctl"_s, u"compute"_s, u"firewall"_s, u"create"_s, u"--name"_s}));
            QCOMPARE(call.at(5), doResources.firewalls.at(i).name);
        }
    }
}

void TestCloudExport::portMatrixReadsBack_data()
{
    QTest::addColumn<QString>("plan");
    QTest::newRow("multicloud") << u"multicloud"_s;
    QTest::newRow("hostile") << u"hostile"_s;
}

void TestCloudExport::portMatrixReadsBack()
{
    // CSV (Python's csv module), HTML (html.parser) and Markdown must give
    // back exactly the cells: nothing lost, nothing injected.
    QFETCH(QString, plan);
    const TestPlan tp = TestPlans::byName(plan);
    const ExportInput input{tp.project, catalogs(), tp.derivation};
    QJsonArray expected{QJsonArray::fromStringList(PortMatrix::headers())};
    const QList<PortMatrixRow> rows = PortMatrix::rows(input);
    QCOMPARE(rows.size(), tp.derivation.flows.size());
    for (const PortMatrixRow &row : rows)
        expected.append(
            QJsonArray::fromStringList({row.source, row.sourcePort, row.destination, row.destinationPort,
                                        row.protocol, row.service, row.why, row.document}));
    QTemporaryDir dir;
    QFile json(dir.filePath(u"expected.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(expected).toJson());
    json.close();
    QStringList paths;
    for (const QString &target : documentTargets)
        paths << writeFiles(generate(target, tp), dir.path());
    QCOMPARE(paths.size(), 3);
    const ValidatorResult r =
        CloudValidators::portMatrix(json.fileName(), paths.at(1), paths.at(2), paths.at(0));
    if (r.status == ValidatorResult::Status::Missing)
        QSKIP(qPrintable(r.detail));
    QVERIFY2(r.status == ValidatorResult::Status::Passed, qPrintable(r.detail));
    if (plan == u"multicloud"_s) {
        QCOMPARE(rows.last().service, u"HTTPS"_s); // from the catalog's PortDef::service
        QVERIFY(rows.last().document.contains(u"001"_s) || rows.last().document.contains(u"Kong"_s));
    }
}

void TestCloudExport::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("quotes") << u"a \"b\" 'c'"_s;
    QTest::newRow("newlines") << u"line1\nline2\r\nline3\u2028x"_s;
    QTest::newRow("substitution") << u"$(rm -rf /) `id` ${x} %{y}"_s;
    QTest::newRow("non-ascii") << u"Zürich 日本 😀 é"_s;
    QTest::newRow("control") << u"a\u0001b\u007fc\u0085d\ufeff"_s;
    QTest::newRow("10 KB") << TestPlans::hostileText(5);
}

void TestCloudExport::text()
{
    QFETCH(QString, input);
    static const QRegularExpression aws(u"^[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]*$"_s);
    const QString description = CloudText::awsDescription(input);
    QVERIFY2(aws.match(description).hasMatch(), qPrintable(description));
    QVERIFY(description.size() <= 255);
    const QString cleaned = CloudText::clean(input);
    QVERIFY(!cleaned.contains(u'\n') && !cleaned.contains(u'\r') && !cleaned.contains(u'\u2028'));
    for (const QChar c : cleaned)
        QVERIFY(c.category() != QChar::Other_Control);
    QVERIFY(CloudText::comment(input).size() <= 200);
    static const QRegularExpression label(u"^[a-z]([-a-z0-9]*[a-z0-9])?$"_s);
    QVERIFY(label.match(CloudText::label(input)).hasMatch());
    QVERIFY(CloudText::label(input).size() <= 63);
    QVERIFY(CloudText::azureName(input).size() <= 80);
    const QString hcl = Escape::hclString(input);
    QVERIFY(!hcl.contains(u'\n'));
    // No template sequence survives: every "${" / "%{" is the escaped "$${" / "%%{".
    static const QRegularExpression live(u"(?<![$%])[$%][{]"_s);
    QVERIFY2(!live.match(hcl).hasMatch(), qPrintable(hcl.left(200)));
}

void TestCloudExport::emptyPlan()
{
    // An on-premises plan has nothing for the clouds: a warning, no files.
    TestPlan tp = TestPlans::multiCloud();
    tp.derivation.ruleSets.clear();
    tp.project.firewalls.clear();
    tp.project.natLayers.clear();
    for (const QString &target : cloudTargets) {
        const ExportResult result = generate(target, tp);
        QVERIFY(result.ok());
        QVERIFY(result.files.isEmpty());
        QCOMPARE(result.problems.size(), 1);
    }
}

void TestCloudExport::unknownGroupIsRefused()
{
    // A reference to a group the plan does not have cannot be exported
    // safely anywhere: an error and no files, never a silently dropped rule.
    TestPlan tp = TestPlans::multiCloud();
    for (RuleSet &ruleSet : tp.derivation.ruleSets) {
        Rule rule = ruleSet.rules.first();
        rule.peers.clear();
        rule.peerGroup = u"sg:nowhere"_s;
        ruleSet.rules.append(rule);
    }
    for (const QString &target : cloudTargets) {
        const ExportResult result = generate(target, tp);
        QVERIFY2(!result.ok(), qPrintable(target));
        QVERIFY2(result.files.isEmpty(), qPrintable(target));
        QVERIFY2(problemsText(result).contains(u"sg:nowhere"_s),
                 qPrintable(target + u": "_s + problemsText(result)));
    }
}

QTEST_GUILESS_MAIN(TestCloudExport)
#include "tst_cloudexport.moc"
