// Every bundled example (globbed at run time) and every valid fixture loads
// without a diagnostic, saves to its own exact bytes, and reloads to an
// equal Project. Non-canonical spellings save to their canonical form.
#include "catalog/catalogreader.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first line where two texts differ, for a readable failure.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n'), b = actual.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i), y = b.value(i);
        if (x != y)
            return u"line %1:\n  file:    %2\n  written: %3"_s.arg(i + 1).arg(QString::fromUtf8(x),
                                                                              QString::fromUtf8(y));
    }
    return {};
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void normalised_data();
    void normalised();
    void hostileText_data();
    void hostileText();
    void documentedExamples();
};

void TestRoundTrip::canonical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList folders{QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"),
                              QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/projectio/fixtures/valid")};
    int examples = 0;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(dir.dirName() + u'/' + name)) << dir.filePath(name);
            examples += folder.endsWith(u"examples"_s);
        }
    }
    QVERIFY2(examples > 0, "no bundled example found in resources/examples");
}

void TestRoundTrip::canonical()
{
    QFETCH(QString, path);
    Diagnostics errors;
    const auto loaded = ProjectLoader::load(path, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));

    const QByteArray original = readAll(path);
    const QByteArray written = ProjectWriter::write(loaded->project);
    QVERIFY2(written == original, qPrintable(firstDifference(original, written)));

    // load -> save -> load gives an equal project, and saving is a pure function.
    const auto reloaded = ProjectReader::read(written, path, loaded->catalogs, &errors);
    QVERIFY2(reloaded, qPrintable(formatDiagnostics(errors)));
    QVERIFY(*reloaded == loaded->project);
    QCOMPARE(ProjectWriter::write(*reloaded), written);
}

void TestRoundTrip::normalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/projectio/fixtures/noncanonical"));
    const QStringList inputs = dir.entryList({u"*.input.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!inputs.isEmpty());
    for (const QString &name : inputs) {
        const QString base = name.chopped(QStringLiteral(".input.yaml").size());
        QTest::newRow(qPrintable(base)) << dir.filePath(name) << dir.filePath(base + u".canonical.yaml"_s);
    }
}

// Hand-written spellings (other key order, other quoting, defaults written
// out, normalisable CIDRs) load to the same project and save canonically.
void TestRoundTrip::normalised()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    Diagnostics errors;
    const CatalogSet catalogs = CatalogSet::bundled(&errors);
    const auto fromInput = ProjectReader::readFile(input, catalogs, &errors);
    QVERIFY2(fromInput, qPrintable(formatDiagnostics(errors)));
    const auto fromCanonical = ProjectReader::readFile(canonical, catalogs, &errors);
    QVERIFY2(fromCanonical, qPrintable(formatDiagnostics(errors)));
    QVERIFY(*fromInput == *fromCanonical);
    const QByteArray expected = readAll(canonical);
    const QByteArray written = ProjectWriter::write(*fromInput);
    QVERIFY2(written == expected, qPrintable(firstDifference(expected, written)));
}

void TestRoundTrip::hostileText_data()
{
    QTest::addColumn<QString>("text");
    const QStringList hostile{
        u"\"quoted\" and 'single'"_s,
        u"line\nbreak\r\nand\ttab"_s,
        u"$(rm -rf /)"_s,
        u"`id`; echo pwned"_s,
        u"true"_s,
        u"8000"_s,
        u"10:30"_s,
        u"- x"_s,
        u"a: b"_s,
        u"#x"_s,
        u"[a, b]"_s,
        u"{a: b}"_s,
        u"&a *a"_s,
        u"\ufefflead BOM"_s,
        u"Zürich ☃ 日本語 🚀"_s,
        u"\u0001\u001b[31m\u007f"_s,
        u"\u2028\u2029\u0085"_s,
        u" padded "_s,
        QString(10 * 1024, u'x'),
        u"\\"_s,
        u"null"_s,
        u"~"_s,
    };
    for (int i = 0; i < hostile.size(); ++i)
        QTest::newRow(qPrintable(u"text %1"_s.arg(i))) << hostile.at(i);
}

// User text in every free-text field (names, descriptions, cluster names,
// text settings) survives save and load unchanged, and saving is stable.
void TestRoundTrip::hostileText()
{
    QFETCH(QString, text);
    Diagnostics errors;
    const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/projectio/fixtures/valid/every-key.yaml");
    const auto loaded = ProjectLoader::load(path, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    Project project = loaded->project;
    project.name = text;
    project.description = text;
    auto rename = [&](auto &list) {
        for (auto &element : list) {
            element.name = text;
            element.description = text + u" (described)"_s;
        }
    };
    rename(project.zones);
    rename(project.nodes);
    rename(project.loadBalancers);
    rename(project.natLayers);
    rename(project.firewalls);
    rename(project.links);
    rename(project.clients);
    project.nodes.first().components.first().cluster = text;

    const QByteArray written = ProjectWriter::write(project);
    const auto reread = ProjectReader::read(written, u"hostile.yaml"_s, loaded->catalogs, &errors);
    QVERIFY2(reread, qPrintable(formatDiagnostics(errors) + u"\n"_s + QString::fromUtf8(written.left(600))));
    QCOMPARE(reread->name, text);
    QCOMPARE(reread->nodes.first().components.first().cluster, text);
    QVERIFY(*reread == project);
    QCOMPARE(ProjectWriter::write(*reread), written);
}

// The YAML examples in docs/ load as written, and the project example is in
// canonical form, so the documentation cannot drift from the reader.
void TestRoundTrip::documentedExamples()
{
    auto firstYamlBlock = [](const QString &doc) -> QByteArray {
        const QByteArray text = readAll(QStringLiteral(PORTOLAN_SOURCE_DIR "/docs/") + doc);
        const qsizetype start = text.indexOf("```yaml\n");
        const qsizetype end = text.indexOf("```", start + 8);
        return start < 0 || end < 0 ? QByteArray() : text.mid(start + 8, end - start - 8);
    };
    Diagnostics errors;
    const CatalogSet catalogs = CatalogSet::bundled(&errors);
    const QByteArray project = firstYamlBlock(u"project-format.md"_s);
    QVERIFY(!project.isEmpty());
    const auto loaded = ProjectReader::read(project, u"project-format.md"_s, catalogs, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    QCOMPARE(ProjectWriter::write(*loaded), project);

    const QByteArray catalog = firstYamlBlock(u"catalog-format.md"_s);
    QVERIFY(!catalog.isEmpty());
    const auto example = CatalogReader::read(catalog, u"kong-0.x.yaml"_s, &errors);
    QVERIFY2(example, qPrintable(formatDiagnostics(errors)));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
