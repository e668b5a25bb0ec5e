// Every finding code has a fixture project that raises it and one that does
// not; the bundled examples carry no error findings.
#include "reviewtesthelpers.h"

#include "review/checkregistry.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString fixtureRoot()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/fixtures");
}

// "severity code subject" per line.
QSet<QString> readExpected(const QString &path)
{
    QSet<QString> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.insert(line);
    }
    return lines;
}

} // namespace

class TestReviewFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCodeHasFixtures()
    {
        const QStringList folders =
            QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList codes;
        for (const CheckDef &check : CheckRegistry::checks()) {
            codes.append(check.code);
            QVERIFY2(folders.contains(check.code), qPrintable(u"no fixture folder for "_s + check.code));
            for (const QString &kind : {u"raises"_s, u"clean"_s})
                QVERIFY2(QFile::exists(fixtureRoot() + u'/' + check.code + u'/' + kind + u".yaml"),
                         qPrintable(check.code + u": missing "_s + kind + u".yaml"_s));
            QVERIFY2(QFile::exists(fixtureRoot() + u'/' + check.code + u"/raises.expected"_s),
                     qPrintable(check.code + u": missing raises.expected"_s));
        }
        for (const QString &folder : folders)
            QVERIFY2(codes.contains(folder), qPrintable(u"fixture folder for unknown code "_s + folder));
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        for (const CheckDef &check : CheckRegistry::checks())
            for (const QString &kind : {u"raises"_s, u"clean"_s})
                QTest::newRow(qPrintable(check.code + u'/' + kind)) << check.code << kind;
    }

    void fixture()
    {
        QFETCH(QString, code);
        QFETCH(QString, kind);
        const QString base = fixtureRoot() + u'/' + code + u'/' + kind;
        QString failure;
        const auto reviewed = test::reviewFile(base + u".yaml"_s, &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        QSet<QString> got;
        for (const Finding &f : reviewed->findings) {
            if (f.code == code)
                got.insert(severityName(f.severity) + u' ' + f.code + u' ' + f.subject);
            QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(u"empty text: "_s + f.code));
        }
        const QSet<QString> expected = readExpected(base + u".expected"_s);
        if (kind == u"raises"_s)
            QVERIFY2(!expected.isEmpty(), "a raises fixture must list what it raises");
        QVERIFY2(got == expected, qPrintable(u"findings:\n"_s + test::describe(reviewed->findings)));
    }

    // Same input, same findings in the same order.
    void deterministic()
    {
        QString failure;
        const QString path = fixtureRoot() + u"/nat.mapping-protocol-missing/raises.yaml"_s;
        const auto a = test::reviewFile(path, &failure);
        const auto b = test::reviewFile(path, &failure);
        QVERIFY2(a && b, qPrintable(failure));
        QCOMPARE(a->findings, b->findings);
        for (qsizetype i = 1; i < a->findings.size(); ++i)
            QVERIFY(!findingLess(a->findings[i], a->findings[i - 1]));
    }

    void examples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
        const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    // Bundled examples show good plans: no error findings. An example meant
    // to show an error lists it in <example>.findings (docs/findings.md).
    void examples()
    {
        QFETCH(QString, path);
        QString failure;
        const auto reviewed = test::reviewFile(path, &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        const QString allowedPath = path.left(path.size() - 5) + u".findings"_s;
        const QSet<QString> allowed = readExpected(allowedPath);
        for (const Finding &f : reviewed->findings)
            if (f.severity == Severity::Error)
                QVERIFY2(allowed.contains(u"error "_s + f.code + u' ' + f.subject),
                         qPrintable(u"unexpected error:\n"_s + test::describe(reviewed->findings)));
    }
};

QTEST_GUILESS_MAIN(TestReviewFixtures)
#include "tst_reviewfixtures.moc"
