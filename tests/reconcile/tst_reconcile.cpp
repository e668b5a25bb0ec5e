// Reconcile: fixture cases (tests/reconcile/fixtures/cases/<case>/: case.txt
// names the project and the point, the rules files beside it, expected.txt
// lists every finding that is not `covered`), and the round trip proof:
// every bundled example's own host export (iptables, ip6tables, nftables)
// and AWS export, read back, reconciles exactly with the plan, for every
// host and AWS point.
#include "derive/deriver.h"
#include "export/exporterregistry.h"
#include "export/host/hosttarget.h"
#include "project/projectreader.h"
#include "reconcile/awsreader.h"
#include "reconcile/k8spolicyreader.h"
#include "reconcile/packetspace.h"
#include "reconcile/peergroups.h"
#include "reconcile/reconciler.h"
#include "reconcile/rulesfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString source(const QString &rel)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR) + u'/' + rel;
}

QByteArray slurp(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Example
{
    LoadedProject loaded;
    Derivation derivation;
};

Example load(const QString &path)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(path, &errors);
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(formatDiagnostics(errors)));
    Example e{*loaded, {}};
    e.derivation = Deriver::derive(e.loaded.project, e.loaded.catalogs);
    return e;
}

// What is not `covered`, one line per finding: "status direction family
// space <- rule lines", the form expected.txt is written in.
QString findings(const ReconcileReport &report)
{
    QStringList lines;
    for (const ReconcileItem &i : report.items) {
        if (i.status == ReconcileItem::Status::Covered)
            continue;
        QStringList at;
        for (const RuleOrigin &o : i.rules)
            at.append(QFileInfo(o.file).fileName() + u':' + QString::number(o.line) +
                      (o.column > 0 ? u':' + QString::number(o.column) : QString()));
        lines.append(reconcileStatusName(i.status) + u' ' + flowDirectionName(i.direction) + u' ' +
                     (i.family == IpFamily::IPv4 ? u"IPv4 "_s : u"IPv6 "_s) + i.space + u" <- "_s +
                     at.join(u','));
    }
    return lines.join(u'\n') + u'\n';
}

QStringList exampleFiles()
{
    QStringList out;
    for (const QString &f :
         QDir(source(u"resources/examples"_s)).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        out.append(source(u"resources/examples/"_s + f));
    return out;
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The names iptables-save and nft -j print for `-p N` / `meta l4proto
    // N` (iptables 1.8.9 and nft 1.0.6 on Debian 12, read off both tools in
    // a network namespace): the number each reader must take them for.
    void protocolNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::newRow("igmp") << u"igmp"_s << 2;
        QTest::newRow("ipencap") << u"ipencap"_s << 4;
        QTest::newRow("tcp") << u"tcp"_s << 6;
        QTest::newRow("gre") << u"gre"_s << 47;
        QTest::newRow("ipv6-icmp") << u"ipv6-icmp"_s << 58;
        QTest::newRow("ipip") << u"ipip"_s << 94;
        QTest::newRow("unknown") << u"ipencapx"_s << -1;
    }
    void protocolNames()
    {
        QFETCH(QString, name);
        QFETCH(int, number);
        QCOMPARE(IpProto::byName(name), number);
    }

    void cases_data()
    {
        QTest::addColumn<QString>("dir");
        const QString root = source(u"tests/reconcile/fixtures/cases"_s);
        for (const QString &name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << root + u'/' + name;
    }
    void cases()
    {
        QFETCH(QString, dir);
        const QDir d(dir);
        QString projectPath;
        QString point;
        QStringList files;
        for (const QString &line : QString::fromUtf8(slurp(d.filePath(u"case.txt"_s))).split(u'\n')) {
            if (line.startsWith(u"project: "_s))
                projectPath = source(line.mid(9).trimmed());
            else if (line.startsWith(u"point: "_s))
                point = line.mid(7).trimmed();
            else if (line.startsWith(u"file: "_s))
                files.append(line.mid(6).trimmed());
        }
        const Example e = load(projectPath);
        const RuleSet *set = e.derivation.ruleSet(point);
        QVERIFY2(set, qPrintable(point));
        QList<FilterProgram> programs;
        for (const QString &f : files) {
            Diagnostics errors;
            auto p = RulesFile::read(slurp(d.filePath(f)), f, {}, &errors);
            QVERIFY2(p, qPrintable(formatDiagnostics(errors)));
            programs.append(*p);
        }
        const ReconcileReport report = Reconciler::reconcile(*set, programs);
        const QString got = findings(report);
        if (got != QString::fromUtf8(slurp(d.filePath(u"expected.txt"_s))))
            qWarning().noquote() << Reconciler::text(report) + u"findings:\n"_s + got + u"end of findings"_s;
        QCOMPARE(got, QString::fromUtf8(slurp(d.filePath(u"expected.txt"_s))));
        QVERIFY(!report.exact());
    }

    void roundTripIptables_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &f : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(f).baseName())) << f;
    }
    void roundTripIptables()
    {
        QFETCH(QString, example);
        const Example e = load(example);
        const ExportInput input{e.loaded.project, e.loaded.catalogs, e.derivation};
        const ExportResult v4 = ExporterRegistry::find(u"iptables"_s)->generate(input);
        const ExportResult v6 = ExporterRegistry::find(u"ip6tables"_s)->generate(input);
        QList<ExportProblem> problems;
        const QList<HostPoint> points = HostTarget::points(input, &problems);
        QVERIFY(!points.isEmpty());
        int compared = 0;
        for (const HostPoint &point : points) {
            QList<FilterProgram> programs;
            for (const ExportResult *r : {&v4, &v6})
                for (const ExportFile &f : r->files) {
                    if (QFileInfo(f.path).fileName().section(u".rules"_s, 0, 0) != point.slug)
                        continue;
                    Diagnostics errors;
                    auto p = RulesFile::read(f.content, f.path, {}, &errors);
                    QVERIFY2(p, qPrintable(formatDiagnostics(errors)));
                    programs.append(*p);
                }
            QCOMPARE(programs.size(), 2);
            const ReconcileReport report = Reconciler::reconcile(*point.ruleSet, programs);
            QVERIFY2(report.exact(), qPrintable(Reconciler::text(report)));
            QCOMPARE(report.families.size(), 2);
            // Every planned rule was compared and found covered.
            int planned = 0;
            for (const Rule &r : point.ruleSet->rules)
                planned += r.peerGroup.isEmpty() ? 1 : 0;
            QCOMPARE(report.count(ReconcileItem::Status::Covered), planned);
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    void roundTripNftables_data() { roundTripIptables_data(); }
    void roundTripNftables()
    {
        QFETCH(QString, example);
        if (geteuid() != 0)
            QSKIP("skipped: loading an nftables ruleset into a network namespace needs root");
        if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty() &&
            QStandardPaths::findExecutable(u"nft"_s).isEmpty())
            QSKIP("skipped: nft is not installed");
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            QSKIP("skipped: unshare is not installed");
        const Example e = load(example);
        const ExportInput input{e.loaded.project, e.loaded.catalogs, e.derivation};
        const ExportResult nft = ExporterRegistry::find(u"nftables"_s)->generate(input);
        QList<ExportProblem> problems;
        const QList<HostPoint> points = HostTarget::points(input, &problems);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const HostPoint &point : points) {
            const auto file = std::find_if(nft.files.cbegin(), nft.files.cend(), [&](const ExportFile &f) {
                return f.path == u"nftables/"_s + point.slug + u".nft"_s;
            });
            QVERIFY(file != nft.files.cend());
            const QString path = tmp.filePath(point.slug + u".nft"_s);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file->content);
            out.close();
            // A private network namespace: the host's own ruleset is untouched.
            QProcess p;
            p.setProgram(u"unshare"_s);
            p.setArguments(
                {u"-n"_s, u"sh"_s, u"-c"_s, u"nft -f \"$1\" && nft -j list ruleset"_s, u"sh"_s, path});
            p.start();
            QVERIFY(p.waitForFinished(20000));
            if (p.exitCode() != 0 && p.readAllStandardError().contains("Operation not permitted"))
                QSKIP("skipped: network namespaces are not permitted here");
            QCOMPARE(p.exitCode(), 0);
            const QByteArray json = p.readAllStandardOutput();
            Diagnostics errors;
            auto program = RulesFile::read(json, point.slug + u".json"_s, {}, &errors);
            QVERIFY2(program, qPrintable(formatDiagnostics(errors)));
            QVERIFY(program->notes.isEmpty());
            const ReconcileReport report = Reconciler::reconcile(*point.ruleSet, {*program});
            QVERIFY2(report.exact(), qPrintable(Reconciler::text(report)));
            QCOMPARE(report.families.size(), 2);
            int planned = 0;
            for (const Rule &r : point.ruleSet->rules)
                planned += r.peerGroup.isEmpty() ? 1 : 0;
            QCOMPARE(report.count(ReconcileItem::Status::Covered), planned);
        }
    }

    // Portolan's AWS export writes no describe-security-groups JSON: it
    // writes the IpPermissions of each group (aws-cli/<group>-ingress.json,
    // -egress.json) for authorize-security-group-ingress/-egress, which AWS
    // then lists in exactly that shape. So the groups as describe would list
    // them after the export is applied are those files put together, the
    // placeholder ids standing for the real sg- ids.
    void roundTripAws_data() { roundTripIptables_data(); }
    void roundTripAws()
    {
        QFETCH(QString, example);
        const Example e = load(example);
        const ExportInput input{e.loaded.project, e.loaded.catalogs, e.derivation};
        const ExportResult cli = ExporterRegistry::find(u"aws-cli"_s)->generate(input);
        QHash<QString, QJsonObject> groups;
        QStringList order;
        for (const ExportFile &f : cli.files) {
            const QString name = QFileInfo(f.path).fileName();
            const bool in = name.endsWith(u"-ingress.json"_s);
            if ((!in && !name.endsWith(u"-egress.json"_s)) || name.endsWith(u"-revoke-default-egress.json"_s))
                continue;
            const QString groupLabel = name.left(name.size() - (in ? 13 : 12));
            const QJsonObject doc = QJsonDocument::fromJson(f.content).object();
            if (!groups.contains(groupLabel)) {
                order.append(groupLabel);
                groups[groupLabel] = QJsonObject{{u"GroupId"_s, doc[u"GroupId"_s]},
                                                 {u"GroupName"_s, groupLabel},
                                                 {u"IpPermissions"_s, QJsonArray()},
                                                 {u"IpPermissionsEgress"_s, QJsonArray()}};
            }
            groups[groupLabel].insert(in ? u"IpPermissions"_s : u"IpPermissionsEgress"_s,
                                      doc[u"IpPermissions"_s]);
        }
        if (order.isEmpty()) {
            // Nothing to reconcile, rightly so only when no zone of the plan
            // is in AWS (an example without AWS is not a skipped check).
            const auto &zones = e.loaded.project.zones;
            QVERIFY2(std::none_of(zones.cbegin(), zones.cend(),
                                  [](const Zone &z) { return z.provider == Provider::Aws; }),
                     "the plan has AWS zones but the aws-cli export wrote no security group");
            return;
        }
        // As exported; without any ingress rule; with one port opened to all.
        QJsonArray list;
        QJsonArray closed;
        QJsonArray opened;
        const QJsonObject extra{{u"IpProtocol"_s, u"tcp"_s},
                                {u"FromPort"_s, 31337},
                                {u"ToPort"_s, 31337},
                                {u"IpRanges"_s, QJsonArray{QJsonObject{{u"CidrIp"_s, u"0.0.0.0/0"_s}}}}};
        for (const QString &label : std::as_const(order)) {
            QJsonObject group = groups.value(label);
            list.append(group);
            QJsonArray ingress = group[u"IpPermissions"_s].toArray();
            ingress.append(extra);
            group.insert(u"IpPermissions"_s, ingress);
            opened.append(group);
            group.insert(u"IpPermissions"_s, QJsonArray());
            closed.append(group);
        }
        const auto document = [](const QJsonArray &groupList) {
            return QJsonDocument(QJsonObject{{u"SecurityGroups"_s, groupList}})
                .toJson(QJsonDocument::Indented);
        };
        const QByteArray describe = document(list);
        int compared = 0;
        for (const RuleSet &set : e.derivation.ruleSets) {
            const AwsGroupNames names = AwsSecurityGroupReader::namesFor(input, set.id);
            if (names.point.isEmpty())
                continue;
            Diagnostics errors;
            auto program = AwsSecurityGroupReader::read(describe, u"groups.json"_s, names, &errors);
            QVERIFY2(program, qPrintable(formatDiagnostics(errors)));
            QVERIFY2(program->notes.isEmpty(), qPrintable(formatDiagnostics(program->notes)));
            const RuleSet point = resolvePeerGroups(set, e.derivation);
            const ReconcileReport report = Reconciler::reconcile(point, {*program});
            QVERIFY2(report.exact(), qPrintable(set.id + u'\n' + Reconciler::text(report)));
            int planned = 0;
            for (const Rule &r : point.rules)
                planned += r.peerGroup.isEmpty() ? 1 : 0;
            QCOMPARE(report.count(ReconcileItem::Status::Covered), planned);
            ++compared;
            // The round trip can fail: a missing rule is blocked, an added one extra.
            int plannedIngress = 0;
            for (const Rule &r : point.rules)
                plannedIngress += r.direction == Direction::Ingress && r.peerGroup.isEmpty() ? 1 : 0;
            program = AwsSecurityGroupReader::read(document(closed), u"groups.json"_s, names, &errors);
            QVERIFY(program);
            const ReconcileReport narrower = Reconciler::reconcile(point, {*program});
            QVERIFY2(narrower.count(ReconcileItem::Status::Blocked) > 0 || plannedIngress == 0,
                     qPrintable(Reconciler::text(narrower)));
            program = AwsSecurityGroupReader::read(document(opened), u"groups.json"_s, names, &errors);
            QVERIFY(program);
            const ReconcileReport wider = Reconciler::reconcile(point, {*program});
            QCOMPARE(wider.count(ReconcileItem::Status::Extra), names.point.size());
            QCOMPARE(wider.count(ReconcileItem::Status::Blocked), 0);
        }
        QVERIFY(compared > 0);
    }

    // Portolan's Kubernetes export (one NetworkPolicy per node, pods
    // labelled portolan.io/node) read back for every host point.
    void roundTripKubernetes_data() { roundTripIptables_data(); }
    void roundTripKubernetes()
    {
        QFETCH(QString, example);
        const Example e = load(example);
        const ExportInput input{e.loaded.project, e.loaded.catalogs, e.derivation};
        const ExportResult k8s = ExporterRegistry::find(u"kubernetes"_s)->generate(input);
        QVERIFY(k8s.ok());
        QCOMPARE(k8s.files.size(), 1);
        const QByteArray yaml = k8s.files.first().content;
        int compared = 0;
        for (const RuleSet &set : e.derivation.ruleSets) {
            if (set.kind != PointKind::HostFirewall)
                continue;
            Diagnostics errors;
            const auto program = K8sPolicyReader::read(yaml, u"network-policies.yaml"_s,
                                                       K8sPolicyReader::namesFor(input, set.id), &errors);
            QVERIFY2(program, qPrintable(formatDiagnostics(errors)));
            QVERIFY2(program->notes.isEmpty(), qPrintable(formatDiagnostics(program->notes)));
            const RuleSet point = resolvePeerGroups(set, e.derivation);
            const ReconcileReport report = Reconciler::reconcile(point, {*program});
            // Exact but for `redundant`: a policy's rules are a union, and
            // where the plan holds a rule another one implies (cumulocity's
            // apama: tcp 80 to the peers' pods and to 0.0.0.0/0) the export
            // faithfully keeps both, which the evaluation calls redundant.
            using S = ReconcileItem::Status;
            QVERIFY2(report.count(S::Blocked) + report.count(S::Extra) + report.count(S::Shadowed) +
                             report.count(S::Unknown) ==
                         0,
                     qPrintable(set.id + u'\n' + Reconciler::text(report)));
            int planned = 0;
            for (const Rule &r : point.rules)
                planned += r.peerGroup.isEmpty() ? 1 : 0;
            QCOMPARE(report.count(ReconcileItem::Status::Covered), planned);
            // The round trip can fail: one more port open is extra.
            QByteArray wider = yaml;
            wider.replace("  ingress:\n",
                          "  ingress:\n    - ports:\n        - protocol: TCP\n          port: 31337\n");
            const auto opened = K8sPolicyReader::read(wider, u"network-policies.yaml"_s,
                                                      K8sPolicyReader::namesFor(input, set.id), &errors);
            QVERIFY2(opened, qPrintable(formatDiagnostics(errors)));
            QVERIFY(Reconciler::reconcile(point, {*opened}).count(ReconcileItem::Status::Extra) > 0);
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    // A family the plan uses but no file speaks for is not compared, so
    // the result is never "equal"; given its file, it is compared.
    void missingFamilyIsNotEqual()
    {
        RuleSet rs;
        rs.id = u"host:x"_s;
        Rule r;
        r.family = IpFamily::IPv6;
        r.protocol = Protocol::Tcp;
        r.ports = {PortRange::single(22)};
        rs.rules = {r};
        Diagnostics errors;
        const auto v4 =
            RulesFile::read("*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n",
                            u"rules.v4"_s, {}, &errors);
        const auto v6 = RulesFile::read(
            "# Generated by ip6tables-save v1.8.9\n*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n"
            ":OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n",
            u"rules.v6"_s, {}, &errors);
        QVERIFY(v4 && v6);
        ReconcileReport report = Reconciler::reconcile(rs, {*v4});
        QVERIFY(!report.exact());
        QCOMPARE(report.count(ReconcileItem::Status::Unknown), 1);
        report = Reconciler::reconcile(rs, {*v4, *v6});
        QVERIFY2(report.exact(), qPrintable(Reconciler::text(report)));
        QCOMPARE(report.count(ReconcileItem::Status::Covered), 1);
    }

    // The round trip must be able to fail: one exported rule left out is
    // a blocked flow, one added is an extra.
    void roundTripDetectsDrift()
    {
        const Example e = load(exampleFiles().first());
        const ExportInput input{e.loaded.project, e.loaded.catalogs, e.derivation};
        const ExportResult v4 = ExporterRegistry::find(u"iptables"_s)->generate(input);
        QList<ExportProblem> problems;
        const HostPoint point = HostTarget::points(input, &problems).first();
        const ExportFile *file = nullptr;
        for (const ExportFile &f : v4.files)
            if (QFileInfo(f.path).fileName() == point.slug + u".rules.v4"_s)
                file = &f;
        QVERIFY(file);
        QList<QByteArray> lines = file->content.split('\n');
        const auto ruleLine = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) {
            return l.startsWith("-A INPUT") && l.contains("--dport");
        });
        QVERIFY(ruleLine != lines.end());
        const qsizetype index = ruleLine - lines.begin(); // before a copy shares the list
        // Without the plan's INPUT accept rules every planned ingress rule is blocked.
        QList<QByteArray> dropped;
        for (const QByteArray &l : std::as_const(lines))
            if (!l.startsWith("-A INPUT") || !l.endsWith("-j ACCEPT") || l.contains("-i lo") ||
                l.contains("--ctstate") || l.contains("icmp6"))
                dropped.append(l);
        Diagnostics errors;
        auto p = RulesFile::read(dropped.join('\n'), u"x.rules.v4"_s, {}, &errors);
        QVERIFY(p);
        ReconcileReport report = Reconciler::reconcile(*point.ruleSet, {*p});
        int plannedIngress = 0;
        for (const Rule &r : point.ruleSet->rules)
            plannedIngress += r.direction == Direction::Ingress && r.family == IpFamily::IPv4 ? 1 : 0;
        QVERIFY(plannedIngress > 0);
        QCOMPARE(report.count(ReconcileItem::Status::Blocked), plannedIngress);
        QCOMPARE(report.count(ReconcileItem::Status::Extra), 0);
        QList<QByteArray> added = lines;
        added.insert(index, "-A INPUT -p tcp -m tcp --dport 31337 -j ACCEPT");
        p = RulesFile::read(added.join('\n'), u"x.rules.v4"_s, {}, &errors);
        QVERIFY(p);
        report = Reconciler::reconcile(*point.ruleSet, {*p});
        QCOMPARE(report.count(ReconcileItem::Status::Extra), 1);
        QCOMPARE(report.count(ReconcileItem::Status::Blocked), 0);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
