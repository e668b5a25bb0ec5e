// Golden flows and rule sets for every bundled example, byte for byte.
// After a deliberate change, regenerate with PORTOLAN_UPDATE_GOLDEN=1 and
// read the diff before committing it.
#include "derivetesthelpers.h"

#include "derive/derivationjson.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestDeriveGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
};

void TestDeriveGolden::golden_data()
{
    QTest::addColumn<QString>("example");
    const QDir examples(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
    const QStringList files = examples.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestDeriveGolden::golden()
{
    QFETCH(QString, example);
    const auto project = readExample(example);
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const QString base = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/derive/golden/") + example.chopped(5);
    const QList<QPair<QString, QByteArray>> outputs{
        {base + u".flows.json"_s, DerivationJson::flowsDocument(derivation)},
        {base + u".rules.json"_s, DerivationJson::ruleSetsDocument(derivation)}};
    for (const auto &[path, bytes] : outputs) {
        if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            continue;
        }
        QFile in(path);
        QVERIFY2(
            in.open(QIODevice::ReadOnly),
            qPrintable(u"no golden file "_s + path + u"; run with PORTOLAN_UPDATE_GOLDEN=1 and review it"_s));
        const QByteArray expected = in.readAll();
        if (expected != bytes) {
            // Point at the first differing line, not a wall of JSON.
            const QList<QByteArray> a = expected.split('\n'), b = bytes.split('\n');
            qsizetype line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            QFAIL(qPrintable(u"%1 differs at line %2:\n  golden: %3\n  actual: %4"_s.arg(
                path, QString::number(line + 1), QString::fromUtf8(a.value(line)),
                QString::fromUtf8(b.value(line)))));
        }
    }
}

QTEST_GUILESS_MAIN(TestDeriveGolden)
#include "tst_derivegolden.moc"
