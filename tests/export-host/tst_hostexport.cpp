// Host firewall exporters: every target on every case is compared with its
// golden files (PORTOLAN_UPDATE_GOLDEN=1 rewrites them) and checked by the
// target's own validator; each validator is also fed a broken file to prove
// the harness can fail.
#include "exportchecks.h"
#include "hostcases.h"
#include "targetvalidator.h"

#include "export/exporterregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

const QStringList hostTargets{u"iptables"_s, u"ip6tables"_s, u"nftables"_s, u"firewalld"_s,
                              u"ufw"_s,      u"pf"_s,        u"windows"_s};

QString goldenRoot()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-host/golden");
}

ExportResult generate(const QString &caseName, const QString &target)
{
    return exportCase(HostCases::make(caseName), target);
}

} // namespace

class TestHostExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QFile::remove(HostCases::hostileMarker()); }

    void registry()
    {
        QStringList ids;
        for (const Exporter *e : ExporterRegistry::all()) {
            QVERIFY2(!ids.contains(e->id()), qPrintable(e->id()));
            ids.append(e->id());
            QVERIFY(!e->title().isEmpty());
        }
        for (const QString &t : hostTargets) {
            const Exporter *e = ExporterRegistry::find(t);
            QVERIFY2(e, qPrintable(t));
            QCOMPARE(e->family(), u"host"_s);
            QVERIFY2(!e->applyNotes().isEmpty(), qPrintable(t));
        }
        QVERIFY(!ExporterRegistry::find(u"no-such-target"_s));
        // Each family's function returns only its own: the families come
        // once each, in the contract's order, with nothing sorted afterwards.
        QStringList families;
        for (const Exporter *e : ExporterRegistry::all())
            if (families.isEmpty() || families.last() != e->family())
                families.append(e->family());
        QCOMPARE(families, (QStringList{u"host"_s, u"cloud"_s, u"network"_s, u"document"_s}));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("target");
        for (const QString &c : HostCases::names())
            for (const QString &t : hostTargets)
                QTest::newRow(qPrintable(c + u'/' + t)) << c << t;
    }

    void golden()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, target);
        const ExportResult result = generate(caseName, target);
        QVERIFY(!result.files.isEmpty());
        compareWithGolden(goldenRoot() + u'/' + caseName, target, result, generate(caseName, target));
    }

    void validate_data() { golden_data(); }

    void validate()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, target);
        expectAccepted(TargetValidator::check, target, generate(caseName, target).files);
    }

    // Negative controls: a validator that cannot fail proves nothing.
    void validatorCatchesBrokenFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("iptables range with -")
            << u"iptables"_s << u"iptables/n.rules.v4"_s
            << QByteArray(
                   "*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 8000-8100 -j ACCEPT\nCOMMIT\n");
        QTest::newRow("iptables 16 multiport slots")
            << u"iptables"_s << u"iptables/n.rules.v4"_s
            << QByteArray("*filter\n-A INPUT -p tcp -m multiport --dports "
                          "1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 -j ACCEPT\nCOMMIT\n");
        QTest::newRow("ip6tables v4 address")
            << u"ip6tables"_s << u"ip6tables/n.rules.v6"_s
            << QByteArray("*filter\n-A INPUT -s 10.0.0.0/8 -j ACCEPT\nCOMMIT\n");
        QTest::newRow("nftables /33")
            << u"nftables"_s << u"nftables/n.nft"_s
            << QByteArray("table inet t {\n chain c {\n  ip saddr 10.0.0.0/33 accept\n }\n}\n");
        QTest::newRow("nftables 129-char comment")
            << u"nftables"_s << u"nftables/n.nft"_s
            << QByteArray("table inet t {\n chain c {\n  accept comment \"" + QByteArray(129, 'x') +
                          "\"\n }\n}\n");
        QTest::newRow("firewalld bad port")
            << u"firewalld"_s << u"firewalld/n/zones/portolan.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<zone target=\"DROP\"><rule family=\"ipv4\"><port "
                          "port=\"70000\" "
                          "protocol=\"tcp\"/><accept/></rule></zone>\n");
        QTest::newRow("firewalld bad rich-rule address")
            << u"firewalld"_s << u"firewalld/n/zones/portolan.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<zone target=\"DROP\"><rule family=\"ipv4\"><source "
                          "address=\"10.0.0.0/33\"/><accept/></rule></zone>\n");
        QTest::newRow("firewalld malformed xml") << u"firewalld"_s << u"firewalld/n/zones/portolan.xml"_s
                                                 << QByteArray("<?xml version=\"1.0\"?>\n<zone><rule>\n");
        QTest::newRow("firewalld broken install.sh")
            << u"firewalld"_s << u"firewalld/n/install.sh"_s << QByteArray("echo 'unterminated\n");
        QTest::newRow("ufw bad port")
            << u"ufw"_s << u"ufw/n.sh"_s
            << QByteArray("ufw allow in proto tcp from 10.0.0.0/8 to any port 70000\n");
        QTest::newRow("ufw unbalanced quote")
            << u"ufw"_s << u"ufw/n.sh"_s
            << QByteArray("ufw allow in proto tcp from any to any port 80 comment 'x\n");
    }

    void validatorCatchesBrokenFile()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        expectRefused(TargetValidator::check, target, path, content);
    }

    // Hostile names, ids and comments: the output stays plain ASCII with
    // none of the payload's active parts, and nothing of it ever ran.
    void hostileTextStaysInert_data()
    {
        QTest::addColumn<QString>("target");
        for (const QString &t : hostTargets)
            QTest::newRow(qPrintable(t)) << t;
    }

    void hostileTextStaysInert()
    {
        QFETCH(QString, target);
        const ExportResult result = generate(u"hostile"_s, target);
        // The payload's words may survive inside a comment, never as a line of their own.
        expectInert(result, {"\n\t\r",
                             {"$(touch", "`touch", "${var}", "%{if}", "<!-- -->", "\\"},
                             {"} table ip evil", "table ip evil", "COMMIT\r", "end"}});
        if (QTest::currentTestFailed())
            return;
        // The group reference resolves; the missing group is reported.
        QVERIFY(std::any_of(result.problems.cbegin(), result.problems.cend(),
                            [](const ExportProblem &p) { return p.message.contains(u"group"_s); }));
    }

    void limitsAreReported()
    {
        const ExportResult ipt = generate(u"limits"_s, u"iptables"_s);
        QVERIFY(ipt.ok());
        QStringList messages;
        for (const ExportProblem &p : ipt.problems)
            messages.append(p.message);
        QVERIFY2(messages.join(u'\n').contains(u"multiport"_s), qPrintable(messages.join(u'\n')));
        QVERIFY2(messages.join(u'\n').contains(u"255"_s), qPrintable(messages.join(u'\n')));
        // No line uses more than 15 multiport slots and no comment passes 255.
        for (const ExportFile &f : ipt.files)
            for (const QByteArray &line : f.content.split('\n')) {
                const int at = line.indexOf("--dports ");
                if (at >= 0) {
                    const QByteArray list = line.mid(at + 9).split(' ').first();
                    QVERIFY2(list.count(',') + 1 + list.count(':') <= 15, line.constData());
                }
                const int c = line.indexOf("--comment \"");
                if (c >= 0)
                    QVERIFY2(line.indexOf('"', c + 11) - (c + 11) <= 255, line.constData());
            }
        const ExportResult nft = generate(u"limits"_s, u"nftables"_s);
        for (const ExportFile &f : nft.files)
            for (const QByteArray &line : f.content.split('\n')) {
                const int c = line.indexOf("comment \"");
                if (c >= 0)
                    QVERIFY2(line.indexOf('"', c + 9) - (c + 9) <= 128, line.constData());
            }
    }

    // A cluster's member set is written once (nftables/sets/) and included
    // by every member's file, which names it instead of listing the
    // members: the export grows with the cluster, not with its square.
    void memberSetWrittenOnce()
    {
        const int members = 40; // past MemberSet::PairwiseLimit and SharedSets::Minimum
        const HostCase c = HostCases::cluster(members);
        const ExportResult result = exportCase(c, u"nftables"_s);
        QVERIFY(result.ok());
        QStringList sets, hosts;
        for (const ExportFile &f : result.files)
            (f.path.startsWith(u"nftables/sets/"_s) ? sets : hosts).append(f.path);
        QCOMPARE(sets.size(), 1);
        QCOMPARE(hosts.size(), members);
        const QString name = QFileInfo(sets.first()).completeBaseName();
        for (const ExportFile &f : result.files) {
            // Every member's address is in the set file only; each host file
            // holds its own (its local match) but no other member's.
            const int holding = f.content.count("10.0.0.");
            if (f.path == sets.first()) {
                QCOMPARE(holding, members);
                continue;
            }
            QVERIFY2(f.content.contains(QByteArray("\tinclude \"sets/" + name.toUtf8() + ".nft\"\n")),
                     qPrintable(f.path));
            QVERIFY2(f.content.contains(QByteArray("ip saddr @" + name.toUtf8() + ' ')), qPrintable(f.path));
            QVERIFY2(holding <= 1, qPrintable(f.path + u": "_s + QString::number(holding)));
            QVERIFY2(f.content.contains("nft -I . -c -f"), qPrintable(f.path));
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeAll(dir.path(), result.files));
        const Verdict v = TargetValidator::check(u"nftables"_s, dir.path(), hosts.mid(0, 2) + sets);
        if (v.kind == Verdict::Skipped)
            QSKIP(qPrintable(u"skipped: "_s + v.detail));
        QVERIFY2(v.kind == Verdict::Passed, qPrintable(v.detail));
        // Negative control: without the set file nft must refuse the hosts,
        // so the check above really read the include.
        QVERIFY(QFile::remove(dir.filePath(sets.first())));
        const Verdict missing = TargetValidator::check(u"nftables"_s, dir.path(), hosts.mid(0, 1));
        QVERIFY2(missing.kind == Verdict::Failed, qPrintable(missing.detail));
    }

    // The same for iptables and ip6tables: the member set is one ipset file
    // (sets/<name>.ipset, `ipset restore` input), which every member's file
    // matches with -m set and whose header says to load first; the files
    // load in a namespace after the set, and not without it.
    void memberSetIpset_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("ipv6");
        QTest::newRow("iptables") << u"iptables"_s << false;
        QTest::newRow("ip6tables") << u"ip6tables"_s << true;
    }
    void memberSetIpset()
    {
        QFETCH(QString, target);
        QFETCH(bool, ipv6);
        const int members = 40;
        const HostCase c = HostCases::cluster(members, ipv6);
        const ExportResult result = exportCase(c, target);
        QVERIFY(result.ok());
        QStringList sets, hosts;
        for (const ExportFile &f : result.files)
            (f.path.startsWith(target + u"/sets/"_s) ? sets : hosts).append(f.path);
        QCOMPARE(sets.size(), 1);
        QCOMPARE(hosts.size(), members);
        QVERIFY2(sets.first().endsWith(u".ipset"_s), qPrintable(sets.first()));
        const QByteArray name = QFileInfo(sets.first()).completeBaseName().toUtf8();
        QVERIFY2(name.size() <= 31, name.constData()); // ipset's limit
        QVERIFY(name.startsWith(ipv6 ? "shared6_" : "shared4_"));
        const QByteArray member = ipv6 ? "2001:db8::" : "10.0.0.";
        for (const ExportFile &f : result.files) {
            const int holding = f.content.count(member);
            if (f.path == sets.first()) {
                const QByteArray create =
                    "\ncreate " + name + " hash:net family " + (ipv6 ? "inet6 " : "inet ");
                const QByteArray add = "\nadd " + name + ' ';
                QVERIFY(f.content.contains(create));
                QCOMPARE(f.content.count(add), members);
                QCOMPARE(holding, members);
                continue;
            }
            // The member addresses are in the set only; a host file names
            // its own address at most (the local match).
            const QByteArray match = "-m set --match-set " + name + " src ";
            QVERIFY2(f.content.contains(match), qPrintable(f.path));
            QVERIFY2(holding <= 1, qPrintable(f.path + u": "_s + QString::number(holding)));
            // The header's order: the set, then the check and the rules;
            // rolling back destroys the set after the rules are gone.
            const QByteArray restore = "# First: ipset restore -exist < sets/" + name + ".ipset";
            const QByteArray test = "# Check: " + target.toUtf8() + "-restore --test";
            const QByteArray destroy = "then ipset destroy " + name + '\n';
            const qsizetype first = f.content.indexOf(restore);
            QVERIFY2(first > 0 && f.content.indexOf(test) > first, qPrintable(f.path));
            QVERIFY2(f.content.contains(destroy), qPrintable(f.path));
        }
        QVERIFY(ExporterRegistry::find(target)->applyNotes().contains(u"ipset restore -exist"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeAll(dir.path(), result.files));
        const Verdict v = TargetValidator::check(target, dir.path(), hosts.mid(0, 2) + sets);
        if (v.kind == Verdict::Skipped)
            QSKIP(qPrintable(u"skipped: "_s + v.detail));
        QVERIFY2(v.kind == Verdict::Passed, qPrintable(v.detail));
        // Negative control: without the set the kernel has no such set and
        // the host file is refused, so the check above used the set file.
        const Verdict missing = TargetValidator::check(target, dir.path(), hosts.mid(0, 1));
        QVERIFY2(missing.kind == Verdict::Failed, qPrintable(missing.detail));
        QVERIFY2(missing.detail.contains(QString::fromUtf8(name)), qPrintable(missing.detail));
    }

    void cleanupTestCase()
    {
        QVERIFY2(!QFile::exists(HostCases::hostileMarker()), "hostile text was executed by a validator run");
    }
};

QTEST_GUILESS_MAIN(TestHostExport)
#include "tst_hostexport.moc"
