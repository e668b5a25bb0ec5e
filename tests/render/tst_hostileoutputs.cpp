// Every output that is not an exporter keeps its shape whatever the user
// wrote: each bundled example is run with plain names and again with every
// name and description taken from the hostile table (quotes, <script>,
// ]]>, newlines, |, $(rm -rf /), control characters, RTL override). The CLI
// tables (flows, rules, check), the proposed settings and the port matrix
// (Markdown, CSV, HTML) must give the same rows either way: a name that
// made a row, a config line or a table cell of its own would show up as a
// difference. CSV and HTML are parsed back with Python's own parsers.
#include "../common/hostileproject.h"

#include "derive/deriver.h"
#include "export/exporterregistry.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString cli()
{
    return QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
}

struct Run
{
    int code = -1;
    QString out;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(cli(), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

QStringList lines(const QString &text)
{
    return text.split(u'\n');
}

// The two projects of one example, written where the CLI can read them.
struct Pair
{
    QTemporaryDir dir;
    QString plain;
    QString hostile;
    LoadedProject loaded;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::unique_ptr<Pair> makePair(const QString &file)
{
    auto pair = std::make_unique<Pair>();
    Diagnostics errors;
    auto loaded =
        ProjectLoader::load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + file, &errors);
    if (!loaded)
        return nullptr;
    pair->loaded = *loaded;
    pair->plain = pair->dir.filePath(u"plain.yaml"_s);
    pair->hostile = pair->dir.filePath(u"hostile.yaml"_s);
    if (!writeFile(pair->plain, ProjectWriter::write(loaded->project)) ||
        !writeFile(pair->hostile, ProjectWriter::write(test::hostileCopy(loaded->project))))
        return nullptr;
    return pair;
}

// Python's csv module: the number of records, and of fields in each.
QString csvShape(const QString &path)
{
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s,
                            u"import csv, sys\n"
                            "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
                            "print(len(rows), sorted({len(r) for r in rows}))"_s,
                            path});
    py.waitForFinished(30000);
    return py.exitCode() == 0 ? QString::fromUtf8(py.readAllStandardOutput()).trimmed()
                              : u"error: "_s + QString::fromUtf8(py.readAllStandardError());
}

// Python's html.parser: the start tags in order.
QString htmlTags(const QString &path)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import sys\nfrom html.parser import HTMLParser\n"
              "class P(HTMLParser):\n"
              "    tags = []\n"
              "    def handle_starttag(self, tag, attrs): self.tags.append(tag + str(len(attrs)))\n"
              "p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read()); print(' '.join(p.tags))"_s,
              path});
    py.waitForFinished(30000);
    return py.exitCode() == 0 ? QString::fromUtf8(py.readAllStandardOutput()).trimmed()
                              : u"error: "_s + QString::fromUtf8(py.readAllStandardError());
}

bool hasPython()
{
    return !QStandardPaths::findExecutable(u"python3"_s).isEmpty();
}

} // namespace

class TestHostileOutputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli())); }

    void outputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        const QStringList files = QDir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"))
                                      .entryList({u"*.yaml"_s}, QDir::Files);
        for (const QString &f : files)
            for (const QString &c : {u"flows"_s, u"rules"_s, u"check"_s, u"settings"_s})
                QTest::newRow(qPrintable(f + u' ' + c)) << f << c;
    }

    // The same lines but for the names in them: a line holding a name is
    // allowed to differ, but the count, and every line without one, match.
    void outputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        const auto pair = makePair(file);
        QVERIFY(pair);
        const Run plain = run({command, pair->plain});
        const Run hostile = run({command, pair->hostile});
        QCOMPARE(hostile.code, plain.code);
        const QStringList a = lines(plain.out), b = lines(hostile.out);
        QVERIFY2(a.size() == b.size(),
                 qPrintable(u"plain:\n"_s + plain.out + u"\nhostile:\n"_s + hostile.out));
        static const QRegularExpression control(
            u"[\\x00-\\x08\\x0b-\\x1f\\x7f\\x{85}\\x{2028}\\x{2029}\\x{202e}]"_s);
        for (qsizetype i = 0; i < b.size(); ++i) {
            QVERIFY2(!control.match(b[i]).hasMatch(), qPrintable(u"control character in: "_s + b[i]));
            if (command == u"settings"_s) {
                // Every line but the node comments is the same setting.
                QCOMPARE(b[i].startsWith(u'#'), a[i].startsWith(u'#'));
                if (!a[i].startsWith(u'#'))
                    QCOMPARE(b[i], a[i]);
            }
            if (command == u"check"_s) {
                static const QRegularExpression shape(
                    u"^((error|warning|info) [a-z.-]+ [A-Za-z0-9._-]+: .*|    \\S.*|\\d+ \\S.*|)$"_s);
                QVERIFY2(shape.match(b[i]).hasMatch(), qPrintable(b[i]));
            }
        }
        // The names did reach the text (findings name their elements).
        if (command == u"check"_s && plain.out.contains(u": "_s))
            QVERIFY(hostile.out != plain.out);
    }

    void flowsCsv_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"))
                                    .entryList({u"*.yaml"_s}, QDir::Files))
            QTest::newRow(qPrintable(f)) << f;
    }

    void flowsCsv()
    {
        QFETCH(QString, file);
        if (!hasPython())
            QSKIP("python3 is not installed");
        const auto pair = makePair(file);
        QVERIFY(pair);
        QStringList shapes;
        for (const QString &path : {pair->plain, pair->hostile}) {
            const Run r = run({u"flows"_s, path, u"--format"_s, u"csv"_s});
            QCOMPARE(r.code, 0);
            const QString csv = path + u".csv"_s;
            QVERIFY(writeFile(csv, r.out.toUtf8()));
            shapes.append(csvShape(csv));
        }
        QCOMPARE(shapes[1], shapes[0]);
        QVERIFY(shapes[0].endsWith(u"[13]"_s)); // 12 columns and the path status
    }

    void portMatrix_data() { flowsCsv_data(); }

    // The port matrix in each format: Markdown rows, CSV records and HTML
    // tags are the same with hostile names (the title holds the project name;
    // the cells hold element names).
    void portMatrix()
    {
        QFETCH(QString, file);
        const auto pair = makePair(file);
        QVERIFY(pair);
        const Project evil = test::hostileCopy(pair->loaded.project);
        const Derivation derivation = Deriver::derive(pair->loaded.project, pair->loaded.catalogs);
        const Derivation evilPlan = Deriver::derive(evil, pair->loaded.catalogs);
        auto generate = [&](const QString &target, const Project &project, const Derivation &p) {
            const Exporter *e = ExporterRegistry::find(target);
            const ExportResult r = e->generate(ExportInput{project, pair->loaded.catalogs, p});
            return r.files.isEmpty() ? QString() : QString::fromUtf8(r.files.first().content);
        };
        // Markdown: one line per table row, each with the same number of
        // unescaped cell separators.
        auto mdShape = [](const QString &md) {
            QStringList shape;
            static const QRegularExpression pipe(u"(?<!\\\\)\\|"_s);
            for (const QString &line : md.split(u'\n'))
                shape.append(QString::number(line.count(pipe)) +
                             (line.startsWith(u'#') ? u"#"_s : QString()));
            return shape;
        };
        const QString mdPlain = generate(u"port-matrix-md"_s, pair->loaded.project, derivation);
        const QString mdEvil = generate(u"port-matrix-md"_s, evil, evilPlan);
        QVERIFY(!mdPlain.isEmpty());
        QCOMPARE(mdShape(mdEvil), mdShape(mdPlain));
        static const QRegularExpression rawTag(
            u"(?<!\\\\)<script"_s); // "\\<script" is Markdown's escaped text
        QVERIFY2(!rawTag.match(mdEvil).hasMatch(), "raw HTML in Markdown");
        QVERIFY(mdEvil.contains(u"\\<script"_s));
        if (!hasPython())
            QSKIP("python3 is not installed: CSV and HTML not parsed back");
        const QString dir = pair->dir.path();
        QVERIFY(writeFile(dir + u"/p.csv"_s,
                          generate(u"port-matrix-csv"_s, pair->loaded.project, derivation).toUtf8()));
        QVERIFY(writeFile(dir + u"/e.csv"_s, generate(u"port-matrix-csv"_s, evil, evilPlan).toUtf8()));
        QCOMPARE(csvShape(dir + u"/e.csv"_s), csvShape(dir + u"/p.csv"_s));
        QVERIFY(writeFile(dir + u"/p.html"_s,
                          generate(u"port-matrix-html"_s, pair->loaded.project, derivation).toUtf8()));
        QVERIFY(writeFile(dir + u"/e.html"_s, generate(u"port-matrix-html"_s, evil, evilPlan).toUtf8()));
        const QString tags = htmlTags(dir + u"/e.html"_s);
        QCOMPARE(tags, htmlTags(dir + u"/p.html"_s));
        QVERIFY(!tags.contains(u"script"_s));
    }
};

QTEST_GUILESS_MAIN(TestHostileOutputs)
#include "tst_hostileoutputs.moc"
