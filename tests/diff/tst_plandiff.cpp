// PlanDiff over case folders: each case is an old and a new plan with the
// expected counts (expect.counts, written by hand) and the expected text
// report (expect.txt, a reviewed golden). Unified diffs, of texts and of
// exported files, are applied with patch(1) and must give the new text.
#include "derive/deriver.h"
#include "diff/linediff.h"
#include "diff/plandiff.h"
#include "diff/plandiffreport.h"
#include "export/exporterregistry.h"
#include "project/projectreader.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kCases = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/diff/cases");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

LoadedProject load(const QString &path)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(path, &errors);
    if (!loaded) {
        for (const Diagnostic &d : std::as_const(errors))
            qWarning().noquote() << d.toString();
        return {};
    }
    return *loaded;
}

QStringList caseTargets(const QString &dir)
{
    return QString::fromUtf8(readFile(dir + u"/targets"_s)).split(u'\n', Qt::SkipEmptyParts);
}

// Applies `diff` in `dir` with patch -p1, refusing fuzz: a hunk that only
// applies at another line or with fuzz is a wrong hunk header.
QString applyPatch(const QString &dir, const QByteArray &diff)
{
    QProcess patch;
    patch.setWorkingDirectory(dir);
    patch.start(u"patch"_s, {u"-p1"_s, u"--batch"_s, u"--fuzz=0"_s, u"-E"_s, u"--no-backup-if-mismatch"_s});
    if (!patch.waitForStarted())
        return u"patch(1) is not installed (scripts/install-deps.sh test)"_s;
    patch.write(diff);
    patch.closeWriteChannel();
    patch.waitForFinished(30'000);
    const QString out = QString::fromUtf8(patch.readAllStandardOutput() + patch.readAllStandardError());
    if (patch.exitStatus() != QProcess::NormalExit || patch.exitCode() != 0)
        return u"patch failed: "_s + out;
    if (out.contains(u"offset"_s) || out.contains(u"fuzz"_s))
        return u"patch needed an offset or fuzz: "_s + out;
    return {};
}

// Every count the report summarises, from the PlanDiff itself.
QMap<QString, qsizetype> counts(const PlanDiff &diff)
{
    QMap<QString, qsizetype> c;
    for (const char *key :
         {"elements.added", "elements.removed", "elements.changed", "flows.added", "flows.removed",
          "flows.widened", "flows.narrowed", "flows.changed", "paths.changed", "paths.stopped", "rules.added",
          "rules.removed", "findings.new", "findings.new-errors", "findings.resolved", "files.created",
          "files.changed", "files.deleted", "project.fields"})
        c[QString::fromLatin1(key)] = 0;
    for (const ElementDifference &e : diff.elements)
        ++c[u"elements."_s + elementChangeKindName(e.kind)];
    for (const FlowChange &f : diff.flows)
        ++c[u"flows."_s + flowChangeKindName(f.kind)];
    c[u"paths.changed"_s] = diff.paths.size();
    c[u"paths.stopped"_s] = diff.pathsStopped();
    for (const RuleSetChange &r : diff.rules) {
        c[u"rules.added"_s] += r.added.size();
        c[u"rules.removed"_s] += r.removed.size();
    }
    c[u"findings.new"_s] = diff.newFindings.size();
    c[u"findings.new-errors"_s] = diff.newErrors();
    c[u"findings.resolved"_s] = diff.resolvedFindings.size();
    for (const TargetChange &t : diff.exports) {
        c[u"files.created"_s] += t.created;
        c[u"files.changed"_s] += t.changed;
        c[u"files.deleted"_s] += t.deleted;
    }
    c[u"project.fields"_s] = diff.project.size();
    return c;
}

PlanDiff compareCase(const QString &dir)
{
    PlanDiffOptions options;
    options.targets = caseTargets(dir);
    PlanDiff diff = PlanDiff::compare(load(dir + u"/old.yaml"_s), load(dir + u"/new.yaml"_s), options);
    // Labels are paths; the goldens name the files only.
    diff.oldLabel = u"old.yaml"_s;
    diff.newLabel = u"new.yaml"_s;
    return diff;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineDiffAppliesWithPatch_data();
    void lineDiffAppliesWithPatch();
    void lineDiffIsMinimal();
    void cases_data();
    void cases();
    void exportedFilesApplyWithPatch_data();
    void exportedFilesApplyWithPatch();
    void flowFieldsNameTheChange();
    void reportsEscapeUserText();
    void jsonReportIsStable();
    void everyFormatTellsTheSameChange_data();
    void everyFormatTellsTheSameChange();
};

void TestPlanDiff::lineDiffAppliesWithPatch_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += "line " + QByteArray::number(i) + '\n';
    QByteArray manyEdited = many;
    manyEdited.replace("line 5\n", "line five\n")
        .replace("line 100\n", "")
        .replace("line 199\n", "line 199\nend\n");
    QTest::newRow("insert in the middle") << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nx\nc\n");
    QTest::newRow("delete first") << QByteArray("a\nb\nc\n") << QByteArray("b\nc\n");
    QTest::newRow("replace last") << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nd\n");
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\nb\n");
    QTest::newRow("to empty") << QByteArray("a\nb\n") << QByteArray();
    QTest::newRow("old without final newline") << QByteArray("a\nb") << QByteArray("a\nb\nc\n");
    QTest::newRow("new without final newline") << QByteArray("a\nb\n") << QByteArray("a\nb");
    QTest::newRow("both without final newline") << QByteArray("a\nb\nc") << QByteArray("x\nb\nc");
    QTest::newRow("far apart: three hunks") << many << manyEdited;
    QTest::newRow("repeated lines") << QByteArray("x\nx\nx\ny\nx\n") << QByteArray("x\ny\nx\nx\ny\n");
}

void TestPlanDiff::lineDiffAppliesWithPatch()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"sub/file.txt"_s), before));
    const QByteArray diff = LineDiff::unified(before, after, u"sub/file.txt"_s);
    QVERIFY(diff.startsWith("--- a/sub/file.txt\n+++ b/sub/file.txt\n@@ -"));
    const QString problem = applyPatch(dir.path(), diff);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + QString::fromUtf8(diff)));
    QCOMPARE(readFile(dir.filePath(u"sub/file.txt"_s)), after);
}

void TestPlanDiff::lineDiffIsMinimal()
{
    // One changed line among 1,000 is one hunk of 3 + 1 + 3 lines, not a rewrite.
    QList<QByteArray> a;
    for (int i = 0; i < 1000; ++i)
        a.append("l" + QByteArray::number(i));
    QList<QByteArray> b = a;
    b[500] = "changed";
    int changes = 0;
    for (const LineDiff::Edit &e : LineDiff::edits(a, b))
        changes += e.op != LineDiff::Op::Equal ? 1 : 0;
    QCOMPARE(changes, 2);
    const QByteArray diff = LineDiff::unified(a.join('\n') + '\n', b.join('\n') + '\n', u"f"_s);
    QVERIFY2(diff.contains("@@ -498,7 +498,7 @@\n l497\n l498\n l499\n-l500\n+changed\n l501\n"),
             diff.constData());
    QCOMPARE(LineDiff::unified("same\n", "same\n", u"f"_s), QByteArray());
}

void TestPlanDiff::cases_data()
{
    QTest::addColumn<QString>("dir");
    for (const QString &name : QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(name)) << kCases + u'/' + name;
}

void TestPlanDiff::cases()
{
    QFETCH(QString, dir);
    const PlanDiff diff = compareCase(dir);
    const QString text = PlanDiffReport::text(diff);
    if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN"))
        writeFile(dir + u"/expect.txt"_s, text.toUtf8());

    // The counts were written by hand from what each edit means.
    const QMap<QString, qsizetype> actual = counts(diff);
    const QByteArray expectFile = readFile(dir + u"/expect.counts"_s);
    QVERIFY2(!expectFile.isEmpty(), "every case states its counts in expect.counts");
    QMap<QString, qsizetype> expected = actual;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        it.value() = 0; // a count the case does not name must be 0
    for (const QByteArray &line : expectFile.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() != 2 || line.startsWith('#'))
            continue;
        const QString key = QString::fromUtf8(parts[0]);
        QVERIFY2(expected.contains(key), qPrintable(u"unknown count "_s + key));
        expected[key] = parts[1].toLongLong();
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(u"%1: expected %2, got %3\n%4"_s.arg(it.key())
                                .arg(it.value())
                                .arg(actual.value(it.key()))
                                .arg(text)));
    QCOMPARE(diff.isEmpty(), text.isEmpty());
    QCOMPARE(text, QString::fromUtf8(readFile(dir + u"/expect.txt"_s)));
}

void TestPlanDiff::exportedFilesApplyWithPatch_data()
{
    QTest::addColumn<QString>("dir");
    for (const QString &name : QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(kCases + u'/' + name + u"/targets"_s))
            QTest::newRow(qPrintable(name)) << kCases + u'/' + name;
}

void TestPlanDiff::exportedFilesApplyWithPatch()
{
    QFETCH(QString, dir);
    const PlanDiff diff = compareCase(dir);
    QVERIFY(!diff.exports.isEmpty());
    const LoadedProject before = load(dir + u"/old.yaml"_s);
    const LoadedProject after = load(dir + u"/new.yaml"_s);
    const Derivation oldPlan = Deriver::derive(before.project, before.catalogs);
    const Derivation newPlan = Deriver::derive(after.project, after.catalogs);
    for (const TargetChange &target : diff.exports) {
        const Exporter *exporter = ExporterRegistry::find(target.target);
        QVERIFY(exporter);
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        for (const ExportFile &f :
             exporter->generate(ExportInput{before.project, before.catalogs, oldPlan}).files)
            QVERIFY(writeFile(tree.filePath(f.path), f.content));
        QByteArray all;
        for (const FileChange &f : target.files)
            all += f.diff;
        const QString problem = applyPatch(tree.path(), all);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<ExportFile> expected =
            exporter->generate(ExportInput{after.project, after.catalogs, newPlan}).files;
        QStringList expectedPaths;
        for (const ExportFile &f : expected) {
            expectedPaths.append(f.path);
            QCOMPARE(readFile(tree.filePath(f.path)), f.content);
        }
        // Nothing left over: deleted files are gone.
        QStringList present;
        QDirIterator it(tree.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            present.append(QDir(tree.path()).relativeFilePath(it.next()));
        present.sort();
        expectedPaths.sort();
        QCOMPARE(present, expectedPaths);
    }
}

void TestPlanDiff::flowFieldsNameTheChange()
{
    // The port moved by a setting is one changed flow with ports 8001 -> 8444.
    const PlanDiff moved = compareCase(kCases + u"/port-changed"_s);
    const auto admin = std::find_if(moved.flows.cbegin(), moved.flows.cend(),
                                    [](const FlowChange &f) { return f.flow().port == u"admin"_s; });
    QVERIFY(admin != moved.flows.cend());
    QCOMPARE(admin->kind, FlowChange::Kind::Changed);
    QCOMPARE(admin->fields, (QList<FieldChange>{{u"ports"_s, u"8001"_s, u"8444"_s}}));
    QVERIFY(admin->points.contains(u"host:kong-a"_s));
    // The grown operator network is a widened flow naming both networks.
    const PlanDiff widened = compareCase(kCases + u"/source-widened"_s);
    QCOMPARE(widened.flows.size(), 1);
    QCOMPARE(widened.flows[0].kind, FlowChange::Kind::Widened);
    QCOMPARE(widened.flows[0].fields,
             (QList<FieldChange>{{u"sources"_s, u"203.0.113.128/26"_s, u"203.0.113.128/25"_s}}));
    // Renaming changes the element, no flow.
    const PlanDiff renamed = compareCase(kCases + u"/element-changed"_s);
    QCOMPARE(renamed.elements.size(), 1);
    QCOMPARE(renamed.elements[0].fields, (QList<FieldChange>{{u"name"_s, u"Kong B"_s, u"Kong B (spare)"_s}}));
    QVERIFY(renamed.flows.isEmpty());
}

void TestPlanDiff::reportsEscapeUserText()
{
    LoadedProject before = load(kCases + u"/element-changed/old.yaml"_s);
    LoadedProject after = before;
    const QString hostile = u"<script>x</script> *bold* `code` [link](http://e.invalid)\n# heading\u202e"_s;
    after.project.nodes[0].name = hostile;
    const PlanDiff diff = PlanDiff::compare(before, after);
    QCOMPARE(diff.elements.size(), 1);
    const QString markdown = PlanDiffReport::markdown(diff);
    QVERIFY(!markdown.contains(u"<script>"_s));
    QVERIFY(!markdown.contains(u"*bold*"_s));
    QVERIFY(!markdown.contains(u"`code`"_s));
    QVERIFY(!markdown.contains(u"[link]("_s));
    QVERIFY(!markdown.contains(u"\n# heading"_s));
    QVERIFY(!markdown.contains(QChar(0x202e)));
    QVERIFY(markdown.contains(u"&lt;script&gt;x&lt;/script&gt; \\*bold\\* \\`code\\`"_s));
    const QString text = PlanDiffReport::text(diff);
    QVERIFY(!text.contains(u"\n# heading"_s)); // one line per name: no fake line in a terminal
    const QJsonObject json = QJsonDocument::fromJson(PlanDiffReport::json(diff)).object();
    QCOMPARE(json[u"elements"_s].toArray()[0].toObject()[u"name"_s].toString(), hostile);
}

void TestPlanDiff::everyFormatTellsTheSameChange_data()
{
    cases_data();
}

// The text goldens pin the text; JSON and Markdown must tell the same
// change: as many elements and flows, and the same one-line summary first.
void TestPlanDiff::everyFormatTellsTheSameChange()
{
    QFETCH(QString, dir);
    const PlanDiff diff = compareCase(dir);
    const QJsonObject json = QJsonDocument::fromJson(PlanDiffReport::json(diff)).object();
    QCOMPARE(json[u"format"_s].toInt(), 1);
    QCOMPARE(json[u"changed"_s].toBool(), !diff.isEmpty());
    QCOMPARE(json[u"elements"_s].toArray().size(), diff.elements.size());
    QCOMPARE(json[u"flows"_s].toArray().size(), diff.flows.size());
    // Markdown escapes its punctuation (\~1); compare the text it shows.
    const QString markdown = PlanDiffReport::markdown(diff).remove(u'\\');
    if (diff.isEmpty())
        return;
    const QString summary = PlanDiffReport::summary(diff);
    QVERIFY(!summary.isEmpty());
    QVERIFY2(markdown.contains(summary), qPrintable(markdown.left(400)));
    QVERIFY2(markdown.indexOf(summary) < std::max<qsizetype>(0, markdown.indexOf(u"<details>"_s)) ||
                 !markdown.contains(u"<details>"_s),
             "the summary comes before the folded details");
}

void TestPlanDiff::jsonReportIsStable()
{
    const PlanDiff a = compareCase(kCases + u"/export-files"_s);
    const PlanDiff b = compareCase(kCases + u"/export-files"_s);
    QCOMPARE(PlanDiffReport::json(a), PlanDiffReport::json(b));
    const QJsonObject json = QJsonDocument::fromJson(PlanDiffReport::json(a)).object();
    QCOMPARE(json[u"format"_s].toInt(), 1);
    QCOMPARE(json[u"changed"_s].toBool(), true);
    for (const char *key : {"elements", "flows", "paths", "rules", "exports"})
        QVERIFY2(json[QLatin1String(key)].isArray(), key);
    QVERIFY(json[u"findings"_s].toObject()[u"new"_s].isArray());
    const QJsonObject nft = json[u"exports"_s].toArray()[0].toObject();
    QCOMPARE(nft[u"target"_s].toString(), u"nftables"_s);
    QVERIFY(nft[u"summary"_s].toString().startsWith(u'+'));
    // An empty diff still says so to a script.
    const QJsonObject none =
        QJsonDocument::fromJson(PlanDiffReport::json(compareCase(kCases + u"/no-change"_s))).object();
    QCOMPARE(none[u"changed"_s].toBool(), false);
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
