// Every broken fixture gives the diagnostic its .expect file names (line,
// column, message, hint), returns no project at all, and reads as
// "file:line:column: message (hint)".
#include "expectation.h"

#include "project/projectreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
const QString kBroken = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/projectio/fixtures/broken");
}

class TestBroken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fixture_data();
    void fixture();
    void errorText();
    void diagnosticFormat();

private:
    CatalogSet m_catalogs;
};

void TestBroken::initTestCase()
{
    Diagnostics errors;
    m_catalogs = CatalogSet::bundled(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
}

void TestBroken::fixture_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kBroken);
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, "at least 30 broken fixtures");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    // An .expect without its fixture is a renamed or deleted fixture.
    for (const QString &expect : dir.entryList({u"*.expect"_s}, QDir::Files))
        QVERIFY2(files.contains(expect.chopped(7) + u".yaml"_s), qPrintable(expect + u" has no fixture"_s));
}

void TestBroken::fixture()
{
    QFETCH(QString, path);
    QString problem;
    const auto expected = test::Expectation::read(path.chopped(5) + u".expect"_s, &problem);
    QVERIFY2(expected, qPrintable(problem));

    Diagnostics errors;
    const auto project = ProjectReader::readFile(path, m_catalogs, &errors);
    const QString got = formatDiagnostics(errors);
    QVERIFY2(!project, "a broken file must give no project at all");
    QVERIFY(!errors.isEmpty());
    for (const Diagnostic &d : std::as_const(errors)) {
        QCOMPARE(d.file, path);
        QVERIFY2(!d.message.isEmpty(), qPrintable(got));
    }
    const bool found = std::any_of(errors.cbegin(), errors.cend(),
                                   [&](const Diagnostic &d) { return expected->matches(d); });
    QVERIFY2(found, qPrintable(u"expected %1\ngot:\n%2"_s.arg(expected->toString(), got)));
    if (expected->count >= 0)
        QVERIFY2(errors.size() == expected->count,
                 qPrintable(u"expected %1 diagnostic(s), got:\n%2"_s.arg(expected->count).arg(got)));
}

// The whole line as a user (or an editor's error parser) sees it.
void TestBroken::errorText()
{
    const QString path = kBroken + u"/unknown-key.yaml"_s;
    Diagnostics errors;
    QVERIFY(!ProjectReader::readFile(path, m_catalogs, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toString(),
             path + u":15:5: unknown key 'adresses' in a node (did you mean 'addresses'?)"_s);
}

void TestBroken::diagnosticFormat()
{
    QCOMPARE((Diagnostic{u"p.yaml"_s, 3, 7, u"bad"_s, u"fix it"_s}).toString(),
             u"p.yaml:3:7: bad (fix it)"_s);
    QCOMPARE((Diagnostic{u"p.yaml"_s, 3, 7, u"bad"_s, {}}).toString(), u"p.yaml:3:7: bad"_s);
    QCOMPARE((Diagnostic{u"p.yaml"_s, 3, 0, u"bad"_s, {}}).toString(), u"p.yaml:3: bad"_s);
    QCOMPARE((Diagnostic{u"p.yaml"_s, 0, 0, u"too big"_s, u"split it"_s}).toString(),
             u"p.yaml: too big (split it)"_s);
    QCOMPARE((Diagnostic{{}, 1, 1, u"bad"_s, {}}).toString(), u"<input>:1:1: bad"_s);
    const Diagnostics two{{u"a"_s, 1, 2, u"x"_s, {}}, {u"b"_s, 3, 4, u"y"_s, u"z"_s}};
    QCOMPARE(formatDiagnostics(two), u"a:1:2: x\nb:3:4: y (z)"_s);
}

QTEST_GUILESS_MAIN(TestBroken)
#include "tst_broken.moc"
