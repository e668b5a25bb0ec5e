#include "exportchecks.h"

#include "export/exporterregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

QStringList filesUnder(const QString &dir, const QString &relativeTo)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(relativeTo).relativeFilePath(it.next()));
    out.sort();
    return out;
}

} // namespace

ExportResult exportCase(const HostCase &c, const QString &target)
{
    const Exporter *exporter = ExporterRegistry::find(target);
    Q_ASSERT(exporter);
    return exporter->generate(ExportInput{c.project, c.catalogs, c.derivation});
}

QByteArray problemsText(const ExportResult &result)
{
    QByteArray out;
    for (const ExportProblem &p : result.problems)
        out += (p.severity == ExportProblem::Severity::Error ? "error\t" : "warning\t") + p.ruleSet.toUtf8() +
               '\t' + p.message.toUtf8() + '\n';
    return out;
}

bool writeAll(const QString &root, const QList<ExportFile> &files)
{
    for (const ExportFile &f : files) {
        const QString path = root + u'/' + f.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size())
            return false;
    }
    return true;
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray x = e.value(i), y = a.value(i);
        if (x != y)
            return u"line %1\n  golden:    %2\n  generated: %3"_s.arg(i + 1).arg(QString::fromUtf8(x),
                                                                                 QString::fromUtf8(y));
    }
    return {};
}

void compareWithGolden(const QString &caseDir, const QString &target, const ExportResult &result,
                       const ExportResult &again)
{
    QStringList paths;
    for (const ExportFile &f : result.files) {
        QVERIFY2(f.path.startsWith(target + u'/'), qPrintable(f.path));
        QVERIFY2(!f.path.contains(u"..") && !f.path.contains(u"//"), qPrintable(f.path));
        QVERIFY2(!f.description.isEmpty(), qPrintable(f.path));
        paths.append(f.path);
    }
    paths.sort();
    QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()).size(), paths.size());
    // Same input, same bytes.
    QCOMPARE(again.files.size(), result.files.size());
    for (qsizetype i = 0; i < result.files.size(); ++i)
        QVERIFY(again.files[i].content == result.files[i].content);

    const QString problemsFile = caseDir + u"/problems/"_s + target + u".txt"_s;
    if (qEnvironmentVariableIntValue("PORTOLAN_UPDATE_GOLDEN") == 1) {
        QDir(caseDir + u'/' + target).removeRecursively();
        QVERIFY(writeAll(caseDir, result.files));
        QVERIFY(writeAll(caseDir,
                         {ExportFile{u"problems/"_s + target + u".txt"_s, problemsText(result), {}, false}}));
        qInfo("golden files rewritten in %s for %s", qPrintable(caseDir), qPrintable(target));
        return;
    }
    QCOMPARE(filesUnder(caseDir + u'/' + target, caseDir), paths);
    for (const ExportFile &f : result.files) {
        QFile golden(caseDir + u'/' + f.path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        QVERIFY2(expected == f.content, qPrintable(f.path + u": "_s + firstDifference(expected, f.content)));
    }
    QFile problems(problemsFile);
    QVERIFY2(problems.open(QIODevice::ReadOnly), qPrintable(problemsFile));
    const QByteArray expectedProblems = problems.readAll();
    QVERIFY2(expectedProblems == problemsText(result),
             qPrintable(u"problems: "_s + firstDifference(expectedProblems, problemsText(result))));
}

Verdict validateFiles(ValidatorCheck check, const QString &target, const QList<ExportFile> &files)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !writeAll(dir.path(), files))
        return {Verdict::Failed, u"could not write the files to validate"_s};
    QStringList paths;
    for (const ExportFile &f : files)
        paths.append(f.path);
    return check(target, dir.path(), paths);
}

void expectAccepted(ValidatorCheck check, const QString &target, const QList<ExportFile> &files)
{
    const Verdict v = validateFiles(check, target, files);
    if (v.kind == Verdict::Skipped)
        QSKIP(qPrintable(u"skipped: "_s + v.detail));
    QVERIFY2(v.kind == Verdict::Passed, qPrintable(v.detail));
    qInfo("%s", qPrintable(v.detail.left(300)));
}

void expectRefused(ValidatorCheck check, const QString &target, const QString &path,
                   const QByteArray &content)
{
    const Verdict v = validateFiles(check, target, {ExportFile{path, content, {}, false}});
    if (v.kind == Verdict::Skipped)
        QSKIP(qPrintable(u"skipped: "_s + v.detail));
    QVERIFY2(v.kind == Verdict::Failed, qPrintable(u"the validator accepted a broken file: "_s + v.detail));
}

void expectInert(const ExportResult &result, const InertRules &rules)
{
    QVERIFY(!result.files.isEmpty());
    for (const ExportFile &f : result.files) {
        for (char c : f.content)
            QVERIFY2(uchar(c) < 0x80 && (uchar(c) >= 0x20 || rules.controls.contains(c)),
                     qPrintable(f.path + u": byte "_s + QString::number(uchar(c))));
        for (const QByteArray &payload : rules.payloads)
            QVERIFY2(!f.content.contains(payload),
                     qPrintable(f.path + u" holds "_s + QString::fromLatin1(payload)));
        for (const QByteArray &line : f.content.split('\n'))
            for (const QByteArray &start : rules.lineStarts)
                QVERIFY2(!(rules.trimLines ? line.trimmed() : line).startsWith(start),
                         qPrintable(f.path + u": "_s + QString::fromUtf8(line)));
        QVERIFY2(f.content.size() < 64 * 1024, qPrintable(f.path + u" grew with the 10 KB name"_s));
    }
}

} // namespace portolan::test
