// YamlWriter::scalar must spell every string so that a YAML reader gives the
// same string back, in every place the writers put scalars: after "key: ",
// inside a flow list "[a, b]", and as a mapping key (setting overrides).
// Names and descriptions come from users, so the list is hostile on purpose.
#include "io/safeyaml.h"
#include "io/yamlreader.h"
#include "io/yamlwriter.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestYamlScalar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void plainWhereSafe_data();
    void plainWhereSafe();
    void numbers();
};

namespace {

// Through the readers' own conversion (YamlContext), as the loaders do.
QString fromYaml(const YamlNode &node)
{
    YamlContext context(u"scalar.yaml"_s);
    return context.string(node, u"value"_s).value_or(u"<not a scalar>"_s);
}

} // namespace

void TestYamlScalar::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    const QStringList hostile{
        u"plain words"_s,
        u"\""_s,
        u"'"_s,
        u"''"_s,
        u"\"quoted\""_s,
        u"it's"_s,
        u"a\"b"_s,
        u"\\"_s,
        u"C:\\path\\"_s,
        u"\\n literally"_s,
        u"line\nbreak"_s,
        u"\n"_s,
        u"crlf\r\nline"_s,
        u"tab\there"_s,
        u"$(rm -rf /)"_s,
        u"`id`"_s,
        u"${HOME}"_s,
        u"a; rm -rf / #"_s,
        u"true"_s,
        u"True"_s,
        u"FALSE"_s,
        u"yes"_s,
        u"No"_s,
        u"on"_s,
        u"off"_s,
        u"y"_s,
        u"n"_s,
        u"null"_s,
        u"Null"_s,
        u"~"_s,
        u".inf"_s,
        u"-.inf"_s,
        u".NaN"_s,
        u"8000"_s,
        u"-1"_s,
        u"+1"_s,
        u"0"_s,
        u"007"_s,
        u"0x1f"_s,
        u"0o17"_s,
        u"0b101"_s,
        u"1_000"_s,
        u"1e3"_s,
        u"1.5"_s,
        u".5"_s,
        u"5."_s,
        u"10:30"_s,
        u"1:2:3"_s,
        u"190:20:30"_s,
        u"2024-01-01"_s,
        u"2024-01-01T10:00:00Z"_s,
        u"- x"_s,
        u"-"_s,
        u"--"_s,
        u"---"_s,
        u"..."_s,
        u"."_s,
        u"a: b"_s,
        u"a:"_s,
        u":"_s,
        u"a:b"_s,
        u"http://example.com/x?y=1&z=2"_s,
        u"#x"_s,
        u"a #b"_s,
        u"a#b"_s,
        u"?"_s,
        u"? x"_s,
        u"[a]"_s,
        u"{a: 1}"_s,
        u"a, b"_s,
        u"a,b"_s,
        u"]"_s,
        u"}"_s,
        u"&anchor"_s,
        u"*alias"_s,
        u"!tag"_s,
        u"!!str x"_s,
        u"%YAML"_s,
        u"@x"_s,
        u"|"_s,
        u">"_s,
        u"|-\n x"_s,
        u"<<"_s,
        u"="_s,
        u" leading"_s,
        u"trailing "_s,
        u" "_s,
        u"\t"_s,
        QString(),
        u"192.0.2.1"_s,
        u"192.0.2.1:9000"_s,
        u"2001:db8::1"_s,
        u"[2001:db8::1]:443"_s,
        u"1:2:3:4:5:6:7:8"_s,
        u"0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl"_s,
        u"Zürich ☃ 日本語 🚀"_s,
        u"ÄÖÜ"_s,
        u"é"_s,
        u"\u00a0nbsp"_s,
        u"\u2028line sep"_s,
        u"\u2029"_s,
        u"\u0085next line"_s,
        u"mid\ufeffbom"_s,
        u"\ufefflead"_s,
        u"zero\u200bwidth"_s,
        u"rtl \u202eevil"_s,
        QString(QChar(u'\0')) + u"nul"_s,
        u"\u0001\u0002\u001f"_s,
        u"\u001b[31mred\u001b[0m"_s,
        u"\u007f"_s,
        u"bell\u0007"_s,
        u"back\bspace"_s,
        u"form\ffeed"_s,
        u"vertical\vtab"_s,
        QString(10 * 1024, u'a'),
        QString(10 * 1024, u'"'),
        QString(10 * 1024, u'\n'),
    };
    for (const QString &value : hostile) {
        QString name = value.left(24);
        for (QChar &c : name)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = u'?';
        QTest::newRow(qPrintable(u"%1 [%2]"_s.arg(name).arg(value.size()))) << value;
    }
    // 10 KB of every printable ASCII character and some non-ASCII, repeated.
    QString mixed;
    for (int i = 0; mixed.size() < 10 * 1024; ++i)
        mixed += QChar(char16_t(0x20 + i % 95)) + (i % 97 == 0 ? u"\n\t€"_s : QString());
    QTest::newRow("10 KB mixed") << mixed;
}

void TestYamlScalar::roundTrip()
{
    QFETCH(QString, value);
    const QString spelled = YamlWriter::scalar(value);
    QVERIFY2(!spelled.contains(u'\n'), "a scalar stays on one line");

    // As a value, as an item of a flow list, and as a mapping key, all read
    // back through the project reader's own screening parser.
    // YAML limits an implicit key to 1024 characters; setting keys are
    // catalog keys, far shorter, so only short values are tried as keys.
    const QString keyed = spelled.size() < 1000 ? spelled : u"short"_s;
    const QString document =
        u"value: %1\nlist: [first, %1, last]\nsettings:\n  %2: x\n"_s.arg(spelled, keyed);
    Diagnostic error;
    const auto root = SafeYaml::parse(document.toUtf8(), u"scalar.yaml"_s, &error);
    QVERIFY2(root, qPrintable(error.toString() + u"\n"_s + document.left(400)));
    QCOMPARE(fromYaml(root->root()["value"]), value);
    const YamlNode list = root->root()["list"];
    QVERIFY(list.isSequence());
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(fromYaml(list[0]), u"first"_s);
    QCOMPARE(fromYaml(list[1]), value);
    QCOMPARE(fromYaml(list[2]), u"last"_s);
    const YamlNode settings = root->root()["settings"];
    QVERIFY(settings.isMap());
    QCOMPARE(settings.size(), std::size_t(1));
    if (keyed == spelled)
        QCOMPARE(fromYaml(settings.pair(0).key), value);
    // A plain spelling must be read as a string by YAML 1.1 readers too
    // (PyYAML, the schema test): it carries no tag and no quoting, so only
    // the "?" tag marks it as untyped; quoted ones carry "!". (Tags are
    // yaml-cpp's own node graph's business; the readers' tree keeps none.)
    if (spelled == value)
        QCOMPARE(YAML::Load(document.toStdString())["value"].Tag(), std::string("?"));
}

void TestYamlScalar::plainWhereSafe_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("plain");
    // Diff-friendly files: everyday ids, addresses and names stay unquoted.
    QTest::newRow("id") << u"kong-a"_s << true;
    QTest::newRow("component") << u"kong-0.x/node"_s << true;
    QTest::newRow("address") << u"192.0.2.10"_s << true;
    QTest::newRow("endpoint") << u"192.168.10.5:9000"_s << true;
    QTest::newRow("ipv6") << u"2001:db8::10"_s << true;
    QTest::newRow("cidr") << u"10.0.0.0/16"_s << true;
    QTest::newRow("name with spaces") << u"Kong B (behind NAT)"_s << true;
    QTest::newRow("number") << u"8000"_s << false;
    QTest::newRow("bool word") << u"yes"_s << false;
    QTest::newRow("time") << u"10:30"_s << false;
    QTest::newRow("key look") << u"a: b"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestYamlScalar::plainWhereSafe()
{
    QFETCH(QString, value);
    QFETCH(bool, plain);
    QCOMPARE(YamlWriter::scalar(value) == value, plain);
}

void TestYamlScalar::numbers()
{
    QCOMPARE(YamlWriter::number(120), u"120"_s);
    QCOMPARE(YamlWriter::number(-40.5), u"-40.5"_s);
    QCOMPARE(YamlWriter::number(0.1), u"0.1"_s);
    // Canvas coordinates are whole or short decimals; they must stay plain
    // decimal numbers (YAML 1.1 readers take "1e+07" for a string) and read
    // back exactly.
    for (const double v : {0.0, 1.0, -1.0, 0.25, 999999.5, 1e6, -1e7, 1e7, 12345.678}) {
        const QString text = YamlWriter::number(v);
        QVERIFY2(!text.contains(u'e'), qPrintable(text));
        bool ok = false;
        QCOMPARE(text.toDouble(&ok), v);
        QVERIFY(ok);
    }
}

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
