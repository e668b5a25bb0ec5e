// The escaping helpers every export target uses: quoting keeps the text's
// meaning (proved by running bash on it), sanitising keeps to a safe
// character set and a length cap.
#include "export/escape.h"

#include "../common/hostiletext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using portolan::Escape;

namespace {

QString hostile()
{
    return portolan::test::HostileText::mixed();
}

} // namespace

class TestEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellSingleQuoteRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Kong A"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("single quotes") << u"it's 'quoted'"_s;
        QTest::newRow("command substitution") << u"$(touch /tmp/x) `touch /tmp/y`"_s;
        QTest::newRow("hostile") << hostile();
        QTest::newRow("10 KB") << hostile().repeated(200);
    }

    // bash gets the quoted word back exactly as the text was.
    void shellSingleQuoteRoundTrip()
    {
        QFETCH(QString, text);
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("skipped: bash is not installed");
        QProcess bash;
        bash.start(u"bash"_s, {u"-c"_s, u"printf %s "_s + Escape::shellSingleQuote(text)});
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()), text);
    }

    void powerShellSingleQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Kong"_s << u"'Kong'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it''s'"_s;
        QTest::newRow("typographic quotes") << u"a\u2018b\u2019c\u201ad\u201be"_s
                                            << u"'a\u2018\u2018b\u2019\u2019c\u201a\u201ad\u201b\u201be'"_s;
        QTest::newRow("dollar stays literal") << u"$(x) $env:PATH `n"_s << u"'$(x) $env:PATH `n'"_s;
    }

    void powerShellSingleQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Escape::powerShellSingleQuote(text), expected);
    }

    void comment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cap");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Kong proxy (8000)"_s << 255 << u"Kong proxy (8000)"_s;
        QTest::newRow("accents dropped") << u"Z\u00fcrich caf\u00e9"_s << 255 << u"Zurich cafe"_s;
        QTest::newRow("newlines to one space") << u"a\n\n\tb"_s << 255 << u"a b"_s;
        QTest::newRow("quotes and shell") << u"x\"; $(id) `id` 'y'"_s << 255 << u"x_ _(id) _id_ _y_"_s;
        QTest::newRow("cut with dots") << u"abcdefghij"_s << 8 << u"abcde..."_s;
        QTest::newRow("exactly the cap") << u"abcdefgh"_s << 8 << u"abcdefgh"_s;
        QTest::newRow("runs collapse") << u"a<<<>>>b"_s << 255 << u"a_b"_s;
        QTest::newRow("only hostile") << u"\u202e\u0000"_s << 255 << u"_"_s;
    }

    void comment()
    {
        QFETCH(QString, text);
        QFETCH(int, cap);
        QFETCH(QString, expected);
        QCOMPARE(Escape::comment(text, cap), expected);
    }

    void commentIsAlwaysSafe_data()
    {
        QTest::addColumn<int>("cap");
        for (int cap : {4, 60, 128, 255})
            QTest::newRow(qPrintable(QString::number(cap))) << cap;
    }

    void commentIsAlwaysSafe()
    {
        QFETCH(int, cap);
        const QString c = Escape::comment(hostile().repeated(500), cap);
        QVERIFY(c.size() <= cap);
        for (QChar ch : c)
            QVERIFY2(Escape::isCommentChar(ch), qPrintable(c));
    }

    void slug_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"kong-a"_s << 63 << u"kong-a"_s;
        QTest::newRow("case and spaces") << u"Kong Node A"_s << 63 << u"kong-node-a"_s;
        QTest::newRow("leading digit") << u"10net"_s << 63 << u"x10net"_s;
        QTest::newRow("nothing usable") << u"$$$"_s << 63 << u"x"_s;
        QTest::newRow("accents") << u"n\u00f6ud-\u00e9t\u00e9 \u0153"_s << 63 << u"noud-ete"_s;
        QTest::newRow("cut gets a hash") << u"abcdefghijklmnopqrstuvwxyz"_s << 12
                                         << u"abcde-"_s + Escape::shortHash(u"abcdefghijklmnopqrstuvwxyz"_s);
    }

    void slug()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);
        const QString s = Escape::slug(text, maxLength);
        QCOMPARE(s, expected);
        QVERIFY(s.size() <= maxLength);
        QVERIFY(QRegularExpression(u"^[a-z]([-a-z0-9]*[a-z0-9])?$"_s).match(s).hasMatch());
    }

    void uniqueSlugsStayDistinct()
    {
        const QStringList texts{u"Kong A"_s, u"kong-a"_s, u"kong a"_s, u"other"_s};
        const QStringList slugs = Escape::uniqueSlugs(texts, Escape::SlugOptions{20});
        QCOMPARE(slugs.size(), texts.size());
        QCOMPARE(QSet<QString>(slugs.cbegin(), slugs.cend()).size(), slugs.size());
        QCOMPARE(slugs[3], u"other"_s);
        for (const QString &s : slugs)
            QVERIFY(s.size() <= 20);
        QCOMPARE(Escape::uniqueSlugs(texts, Escape::SlugOptions{20}), slugs); // deterministic
    }

    void hclString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"web"_s << u"\"web\""_s;
        QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::newRow("interpolation") << u"${var} %{if x}"_s << u"\"$${var} %%{if x}\""_s;
        QTest::newRow("lone dollar") << u"$5 100%"_s << u"\"$5 100%\""_s;
        QTest::newRow("control") << u"a\nb\u0001"_s << u"\"a\\nb\\u0001\""_s;
    }

    void hclString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Escape::hclString(text), expected);
    }

    void yamlSingleQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"web"_s << u"'web'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it''s'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a b'"_s;
        QTest::newRow("non-ascii kept") << u"Z\u00fcrich \U0001F600"_s << u"'Z\u00fcrich \U0001F600'"_s;
    }

    void yamlSingleQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Escape::yamlSingleQuote(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestEscape)
#include "tst_escape.moc"
