// The readers of today's rules on fixture folders (tests/reconcile/fixtures/
// readers/<case>/): one rules file (rules.v4, rules.v6 or ruleset.json,
// the last made by `nft -j list ruleset` from ruleset.nft, or
// security-groups.json, `aws ec2 describe-security-groups` output, or
// policies.yaml, Kubernetes NetworkPolicy, with groups.txt naming the
// point's groups or pods and the addresses group references and pod
// selectors stand for), an optional ipset.save, and either expected.txt (what the rules admit and drop, as
// dumpAdmission writes it) or errors.txt (the diagnostics, file:line:column).
// Every fixture is also read cut at every line and with bytes changed: a
// reader must answer with a result or a located error, never crash.
#include "admissiondump.h"
#include "reconcile/awsreader.h"
#include "reconcile/k8spolicyreader.h"
#include "reconcile/rulesfile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString fixtures()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/reconcile/fixtures/readers");
}

QByteArray slurp(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString rulesFileOf(const QDir &dir)
{
    for (const QString &name :
         {u"rules.v4"_s, u"rules.v6"_s, u"ruleset.json"_s, u"security-groups.json"_s, u"policies.yaml"_s})
        if (dir.exists(name))
            return name;
    return {};
}

// groups.txt: "point NAME..." and "addresses NAME CIDR..." lines.
AwsGroupNames awsNamesOf(const QDir &dir)
{
    AwsGroupNames names;
    for (const QString &line : QString::fromUtf8(slurp(dir.filePath(u"groups.txt"_s))).split(u'\n')) {
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.size() > 1 && words.first() == u"point"_s)
            names.point.append(words.mid(1));
        else if (words.size() > 1 && words.first() == u"addresses"_s)
            for (const QString &cidr : words.mid(2))
                names.addresses[words.at(1)].append(*Cidr::parse(cidr));
    }
    return names;
}

std::optional<FilterProgram> readRules(const QDir &dir, const QString &name, const QByteArray &content,
                                       const IpsetSets &ipsets, Diagnostics *errors)
{
    if (name == u"security-groups.json"_s)
        return AwsSecurityGroupReader::read(content, name, awsNamesOf(dir), errors);
    if (name == u"policies.yaml"_s) {
        const AwsGroupNames groups = awsNamesOf(dir);
        const K8sPodNames pods{u"portolan.io/node"_s, groups.point.value(0), groups.addresses};
        return K8sPolicyReader::read(content, name, pods, errors);
    }
    return RulesFile::read(content, name, ipsets, errors);
}

} // namespace

class TestRulesReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture_data()
    {
        QTest::addColumn<QString>("dir");
        for (const QString &name : QDir(fixtures()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << fixtures() + u'/' + name;
    }
    void fixture()
    {
        QFETCH(QString, dir);
        const QDir d(dir);
        const QString name = rulesFileOf(d);
        QVERIFY2(!name.isEmpty(),
                 "a fixture needs a rules file (rules.v4, ruleset.json, security-groups.json, ...)");
        Diagnostics errors;
        IpsetSets ipsets;
        if (d.exists(u"ipset.save"_s)) {
            const auto sets =
                IptablesReader::readIpset(slurp(d.filePath(u"ipset.save"_s)), u"ipset.save"_s, &errors);
            QVERIFY(sets);
            ipsets = *sets;
        }
        const auto program = readRules(d, name, slurp(d.filePath(name)), ipsets, &errors);
        if (d.exists(u"errors.txt"_s)) {
            QVERIFY(!program);
            QStringList got;
            for (const Diagnostic &e : std::as_const(errors))
                got.append(e.toString());
            QCOMPARE(got.join(u'\n') + u'\n', QString::fromUtf8(slurp(d.filePath(u"errors.txt"_s))));
            return;
        }
        QVERIFY2(program, qPrintable(formatDiagnostics(errors)));
        QString got = test::dumpAdmission(*program);
        for (const Diagnostic &n : program->notes)
            got += u"note "_s + n.toString() + u'\n';
        const QString expected = QString::fromUtf8(slurp(d.filePath(u"expected.txt"_s)));
        if (got != expected)
            qWarning().noquote() << u"actual:\n"_s + got;
        QCOMPARE(got, expected);
    }

    // Cut at every line, and 200 seeded byte changes: a result or an error
    // with a line, never a crash or a hang.
    void hostile_data() { fixture_data(); }
    void hostile()
    {
        QFETCH(QString, dir);
        const QDir d(dir);
        const QString name = rulesFileOf(d);
        const QByteArray content = slurp(d.filePath(name));
        QList<QByteArray> variants;
        qsizetype at = 0;
        while ((at = content.indexOf('\n', at + 1)) > 0)
            variants.append(content.left(at));
        QRandomGenerator rng(22);
        static const char junk[] = "\"{}[],:!-\\\n *x0 ";
        for (int i = 0; i < 200 && !content.isEmpty(); ++i) {
            QByteArray v = content;
            for (int k = 0; k < 3; ++k)
                v[rng.bounded(int(v.size()))] = junk[rng.bounded(int(sizeof(junk) - 1))];
            variants.append(v);
        }
        for (const QByteArray &v : std::as_const(variants)) {
            Diagnostics errors;
            const auto program = readRules(d, name, v, {}, &errors);
            if (!program) {
                QVERIFY(!errors.isEmpty());
                QVERIFY2(errors.first().line > 0, qPrintable(errors.first().toString()));
                continue;
            }
            (void)test::dumpAdmission(*program);
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesReaders)
#include "tst_rulesreaders.moc"
