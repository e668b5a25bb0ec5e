// The readers' YamlTree (built by SafeYaml from parse events) must be the
// tree yaml-cpp's own YAML::Load gives: same node types, same scalar text,
// same positions (every diagnostic's line:column comes from them), same
// first-match key lookup. Checked on every YAML file in the repository
// (examples, catalogs, good and broken fixtures) and on tricky snippets.
#include "io/plainyamlparser.h"
#include "io/safeyaml.h"

#include <QDirIterator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestYamlTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsYamlCpp_data();
    void sameAsYamlCpp();
    void fastPath_data();
    void fastPath();
    void mutations();
    void lookups();
    void undefined();
};

namespace {

// Every shape the fast path (PlainYamlParser) takes, with non-ASCII text
// before later tokens on a line (columns count bytes), escapes, comments
// and blank lines.
const QByteArray kPlainSubset(
    "# comment\nname: Z\xC3\xBCrich (\xC3\xA9) a-b\nlist: [x:y, 1.2.3.4:80, \"\\u00e9\\\"q\", -40.5,.5]\n"
    "nested:\n  deeper:\n    - a\n    - b: c\n      d: [\"\\u20ac \\t\\n\\r\\\\\"]\n\n    - [e]\n  after: z\n"
    "flows:\n  - {a: b, c: \"d, e\",  f: 1.2.3.4:80}\n  - {g: h}\n"
    "top: http://x/y:1\nzz: [x\xC3\xA9, b]\nq: \"a: b # c\"\n  # indented comment\nlast: -1\n");

YamlNode::Type typeOf(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return YamlNode::Type::Null;
    case YAML::NodeType::Scalar:
        return YamlNode::Type::Scalar;
    case YAML::NodeType::Sequence:
        return YamlNode::Type::Sequence;
    case YAML::NodeType::Map:
        return YamlNode::Type::Map;
    case YAML::NodeType::Undefined:
        break;
    }
    return YamlNode::Type::Undefined;
}

// Empty when equal, else where they differ first.
QString difference(const YamlNode &ours, const YAML::Node &theirs, const QString &path)
{
    if (ours.type() != typeOf(theirs))
        return path + u": type differs"_s;
    if (ours.mark().line != theirs.Mark().line || ours.mark().column != theirs.Mark().column)
        return path + u": at %1:%2, yaml-cpp says %3:%4"_s.arg(ours.mark().line)
                          .arg(ours.mark().column)
                          .arg(theirs.Mark().line)
                          .arg(theirs.Mark().column);
    if (ours.isScalar() && ours.scalar() != theirs.Scalar())
        return path + u": scalar differs"_s;
    if (ours.size() != theirs.size())
        return path + u": size differs"_s;
    if (ours.isSequence()) {
        for (std::size_t i = 0; i < ours.size(); ++i)
            if (QString d = difference(ours[i], theirs[i], path + u'/' + QString::number(i)); !d.isEmpty())
                return d;
    } else if (ours.isMap()) {
        std::size_t i = 0;
        for (const auto &entry : theirs) {
            const YamlPair pair = ours.pair(i);
            const QString at = path + u"/{"_s + QString::number(i) + u'}';
            if (QString d = difference(pair.key, entry.first, at + u"key"_s); !d.isEmpty())
                return d;
            if (QString d = difference(pair.value, entry.second, at); !d.isEmpty())
                return d;
            // The first pair with a key wins in both.
            if (pair.key.isScalar() &&
                difference(ours[pair.key.scalar()], theirs[std::string(pair.key.scalar())], at).size())
                return at + u": lookup by key differs"_s;
            ++i;
        }
    }
    return {};
}

} // namespace

void TestYamlTree::sameAsYamlCpp_data()
{
    QTest::addColumn<QByteArray>("text");
    int files = 0;
    for (const QString &folder : {u"/resources"_s, u"/tests"_s, u"/docs"_s}) {
        QDirIterator it(QStringLiteral(PORTOLAN_SOURCE_DIR) + folder, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(file.fileName().mid(int(qstrlen(PORTOLAN_SOURCE_DIR)))))
                << file.readAll();
            ++files;
        }
    }
    QVERIFY2(files > 100, "the repository's YAML files were not found");
    // What the fixtures may not hold: every scalar style, nulls in every
    // spelling, empty values, nested flow collections, complex and twin keys.
    QTest::newRow("styles") << QByteArray("plain: a b\nsingle: 'it''s'\ndouble: \"tab\\there\"\n"
                                          "literal: |\n  one\n  two\nfolded: >\n  one\n  two\n");
    QTest::newRow("nulls") << QByteArray(
        "a: ~\nb: null\nc:\nd: Null\ne: NULL\nf: 'null'\ng: !!null x\n? h\n");
    QTest::newRow("flow") << QByteArray("a: [1, [2, 3], {b: c, d: [e]}]\nf: {}\ng: []\nh: [ ]\n");
    QTest::newRow("keys") << QByteArray("[a, b]: 1\n{c: d}: 2\n~: 3\nx: 4\nx: 5\n'': 6\n");
    QTest::newRow("sequence root") << QByteArray("- a\n- - b\n  - c\n-\n- d: e\n  f: g\n");
    QTest::newRow("tags") << QByteArray("a: !!str 1\nb: !custom x\nc: !!int 2\n");
    QTest::newRow("document markers") << QByteArray("%YAML 1.2\n---\na: 1\n...\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a: \"\\uFEFFb\"\n");
    // Shapes the fast path takes (PlainYamlParser), positions included.
    QTest::newRow("plain subset") << kPlainSubset;
    QTest::newRow("plain declined") << QByteArray("a: b # comment\nc:\nd: ~\ne: 'x'\nf: [a,\n  b]\n");
    QTest::newRow("same-indent list") << QByteArray("a:\n- x\n- y\nb: 1\n");
    QTest::newRow("wide list") << QByteArray("a:\n    -   x\n    -  y: 1\n       z: 2\n");
    QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\nb: 1\n");
    QTest::newRow("null keys") << QByteArray("null: a\nNULL: b\nc: {Null: d}\n");
    QTest::newRow("line breaks of YAML 1.1") << QByteArray("a: b\xC2\x85"
                                                           "c\nd: e\xE2\x80\xA8"
                                                           "f\n");
}

void TestYamlTree::sameAsYamlCpp()
{
    QFETCH(QByteArray, text);
    Diagnostic error;
    const auto tree = SafeYaml::parse(text, u"t.yaml"_s, &error);
    if (!tree) {
        // Refused by screening (a broken fixture): nothing to compare, but
        // the refusal must carry a position or a reason.
        QVERIFY(!error.message.isEmpty());
        return;
    }
    const YAML::Node theirs = YAML::Load(text.toStdString());
    const QString d = difference(tree->root(), theirs, u"root"_s);
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestYamlTree::fastPath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("taken");
    QDirIterator it(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"), {u"*.yaml"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(file.fileName().section(u'/', -1))) << file.readAll() << true;
    }
    QTest::newRow("plain subset") << kPlainSubset << true;
    QTest::newRow("comment after a value") << QByteArray("a: b # c\n") << false;
    QTest::newRow("empty value") << QByteArray("a:\nb: c\n") << false;
    QTest::newRow("null word") << QByteArray("a: null\n") << false;
    QTest::newRow("single quotes") << QByteArray("a: 'b'\n") << false;
    QTest::newRow("anchor") << QByteArray("a: &x b\n") << false;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << false;
    QTest::newRow("tab") << QByteArray("a:\tb\n") << false;
    QTest::newRow("crlf") << QByteArray("a: b\r\n") << false;
    QTest::newRow("trailing space") << QByteArray("a: b \n") << false;
    QTest::newRow("list over lines") << QByteArray("a: [b,\n  c]\n") << false;
    QTest::newRow("nested flow") << QByteArray("a: {b: [c]}\n") << false;
    QTest::newRow("flow key without space") << QByteArray("a: {b:c}\n") << false;
    QTest::newRow("empty flow mapping") << QByteArray("a: {}\n") << false;
    QTest::newRow("scalar root") << QByteArray("just text\n") << false;
    QTest::newRow("null key") << QByteArray("null: a\n") << false; // yaml-cpp: a null, not text
    QTest::newRow("null key in flow") << QByteArray("a: {Null: b}\n") << false;
    QTest::newRow("next line character") << QByteArray("a: b\xC2\x85"
                                                       "c\n")
                                         << false;
    QTest::newRow("line separator") << QByteArray("a: b\xE2\x80\xA8"
                                                  "c\n")
                                    << false;
}

// The writer's own files must take the fast path (else it is only ever
// tested by accident), and anything outside it must be left to yaml-cpp.
void TestYamlTree::fastPath()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, taken);
    YamlTree tree;
    QCOMPARE(PlainYamlParser::parse(text, 64, 2'000'000, &tree), taken);
    if (taken) {
        const QString d = difference(tree.root(), YAML::Load(text.toStdString()), u"root"_s);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
    // Past the limits it declines, so that yaml-cpp's pass reports them.
    if (taken) {
        QVERIFY(!PlainYamlParser::parse(text, 1, 2'000'000, &tree));
        QVERIFY(!PlainYamlParser::parse(text, 64, 10, &tree));
    }
}

// Damaged copies of the examples (one byte replaced by something YAML gives
// a meaning to): whatever the fast path accepts, yaml-cpp must read the
// same, and must not refuse.
void TestYamlTree::mutations()
{
    static const char replacements[] = ": -[]{}\"#'\n,&*!|>?%@`\\x0~";
    QDirIterator it(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"), {u"*.yaml"_s}, QDir::Files);
    int accepted = 0;
    int tried = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        quint32 state = 12345; // deterministic: the same mutations every run
        for (int i = 0; i < 400; ++i) {
            state = state * 1103515245u + 12345u;
            const qsizetype at = qsizetype((state >> 8) % quint32(original.size()));
            state = state * 1103515245u + 12345u;
            QByteArray text = original;
            text[at] = replacements[(state >> 8) % (sizeof replacements - 1)];
            ++tried;
            YamlTree tree;
            if (!PlainYamlParser::parse(text, 64, 2'000'000, &tree))
                continue;
            ++accepted;
            YAML::Node theirs;
            try {
                theirs = YAML::Load(text.toStdString());
            } catch (const YAML::Exception &e) {
                QFAIL(qPrintable(u"fast path took what yaml-cpp refuses (%1): %2"_s.arg(
                    QString::fromStdString(e.msg), QString::fromUtf8(text))));
            }
            const QString d = difference(tree.root(), theirs, u"root"_s);
            QVERIFY2(d.isEmpty(), qPrintable(d + u"\n"_s + QString::fromUtf8(text)));
        }
    }
    // Changes inside names and values keep a file plain (about a fifth of
    // these): the comparison above must have run, not been skipped.
    QVERIFY2(accepted > tried / 10, qPrintable(u"%1 of %2"_s.arg(accepted).arg(tried)));
}

void TestYamlTree::lookups()
{
    Diagnostic error;
    const auto tree = SafeYaml::parse("a: 1\nb: [x, y]\na: 2\n", u"t.yaml"_s, &error);
    QVERIFY2(tree, qPrintable(error.toString()));
    const YamlNode root = tree->root();
    QCOMPARE(root.size(), std::size_t(3));
    QCOMPARE(root["a"].scalar(), std::string_view("1")); // the first of twins
    QCOMPARE(root["b"][1].scalar(), std::string_view("y"));
    QCOMPARE(root.pair(2).value.scalar(), std::string_view("2"));
    QCOMPARE(root.pair(2).key.mark().line, 2);
}

void TestYamlTree::undefined()
{
    Diagnostic error;
    const auto tree = SafeYaml::parse("a: [x]\nb: text\n", u"t.yaml"_s, &error);
    QVERIFY2(tree, qPrintable(error.toString()));
    const YamlNode root = tree->root();
    for (const YamlNode &missing :
         {root["c"], root["a"][1], root["b"][0], root["b"]["x"], root[0], root.pair(5).key}) {
        QVERIFY(!missing.isDefined());
        QVERIFY(!missing.isNull() && !missing.isScalar() && !missing.isMap() && !missing.isSequence());
        QCOMPARE(missing.size(), std::size_t(0));
        QCOMPARE(missing.mark().line, -1);
        QVERIFY(missing.scalar().empty());
    }
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
