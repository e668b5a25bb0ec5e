// Deterministic mutation fuzzing of every bundled example and catalog:
// lines deleted, duplicated and swapped, characters replaced by YAML
// indicators, files cut short. Whatever the reader makes of a mutant, it
// must not crash or throw, must return a project (catalog) or diagnostics
// but never both, and must not fall back to its last-resort handler
// ("cannot read ..."), which means a yaml-cpp exception escaped a reader.
#include "catalog/catalogreader.h"
#include "project/projectreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray mutate(const QByteArray &original, QRandomGenerator &random)
{
    static const QByteArray indicators = ":-[]{}#&*!|>'\"%@`, \t\n0?~";
    QList<QByteArray> lines = original.split('\n');
    const int which = int(random.bounded(6u));
    const int at = int(random.bounded(quint32(lines.size())));
    switch (which) {
    case 0:
        lines.removeAt(at);
        break;
    case 1:
        lines.insert(at, lines.at(at));
        break;
    case 2:
        lines.swapItemsAt(at, int(random.bounded(quint32(lines.size()))));
        break;
    case 3: {
        QByteArray text = lines.join('\n');
        for (int i = 0, n = 1 + int(random.bounded(3u)); i < n; ++i)
            text[qsizetype(random.bounded(quint32(text.size())))] =
                indicators.at(random.bounded(quint32(indicators.size())));
        return text;
    }
    case 4:
        return original.left(qsizetype(random.bounded(quint32(original.size()))));
    default:
        lines[at] = lines.at(at).mid(int(random.bounded(quint32(qMax<qsizetype>(lines.at(at).size(), 1)))));
        break;
    }
    return lines.join('\n');
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr int kMutants = 200;

} // namespace

class TestMutations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projects_data();
    void projects();
    void catalogs_data();
    void catalogs();
};

void TestMutations::projects_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestMutations::projects()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QVERIFY(!original.isEmpty());
    Diagnostics errors;
    const CatalogSet catalogs = CatalogSet::bundled(&errors);
    QRandomGenerator random(qHash(QFileInfo(path).fileName()));
    int refused = 0;
    for (int i = 0; i < kMutants; ++i) {
        const QByteArray mutant = mutate(original, random);
        errors.clear();
        const auto project = ProjectReader::read(mutant, u"mutant.yaml"_s, catalogs, &errors);
        const QString got = formatDiagnostics(errors);
        QVERIFY2(bool(project) != !errors.isEmpty(), qPrintable(got));
        for (const Diagnostic &d : std::as_const(errors))
            QVERIFY2(!d.message.startsWith(u"cannot read"_s),
                     qPrintable(got + u"\n--- mutant:\n"_s + QString::fromUtf8(mutant)));
        refused += !project;
    }
    QVERIFY2(refused > kMutants / 4, "most mutants are broken; the fuzzer must reach the reader's checks");
}

void TestMutations::catalogs_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/catalogs"));
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestMutations::catalogs()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QRandomGenerator random(qHash(QFileInfo(path).fileName()));
    for (int i = 0; i < kMutants; ++i) {
        const QByteArray mutant = mutate(original, random);
        Diagnostics errors;
        // CatalogReader has no last-resort handler: a yaml-cpp exception
        // escaping it would end the test here.
        const auto catalog = CatalogReader::read(mutant, QFileInfo(path).fileName(), &errors);
        QVERIFY2(bool(catalog) != !errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
    }
}

QTEST_GUILESS_MAIN(TestMutations)
#include "tst_mutations.moc"
