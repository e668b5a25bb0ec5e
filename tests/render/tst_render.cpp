// The exported drawing (portolan-cli render, the window's Export Drawing):
// every bundled example drawn with its derived flows, each flow bundle's
// port label and the legend in the SVG; PNG and PDF produced; user text
// escaped for SVG and PDF, proved by parsing the files back.
#include "../common/hostileproject.h"

#include "derive/deriver.h"
#include "model/displayline.h"
#include "project/projectreader.h"
#include "render/drawingrenderer.h"
#include "render/flowdrawing.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString examplesDir()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples");
}

LoadedProject loadExample(const QString &file)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(examplesDir() + u'/' + file, &errors);
    if (!loaded)
        qFatal("cannot load %s", qPrintable(file));
    return *loaded;
}

// What a reader of the SVG sees: every element name, every attribute name,
// the text of every <text> (runs joined) and of <title>; false on any XML error.
struct SvgContent
{
    QStringList elements;
    QStringList attributes;
    QString text; // all <text> content, concatenated
    QString title;
    QString error;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent c;
    QXmlStreamReader xml(svg);
    QString inside;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            c.elements.append(xml.name().toString());
            for (const QXmlStreamAttribute &a : xml.attributes())
                c.attributes.append(a.qualifiedName().toString());
            inside = xml.name().toString();
            break;
        case QXmlStreamReader::Characters:
            if (inside == u"text"_s)
                c.text += xml.text();
            else if (inside == u"title"_s)
                c.title += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            inside.clear();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        c.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return c;
}

QByteArray render(const Project &project, const FlowList &flows, DrawingRenderer::Format format)
{
    QByteArray bytes;
    QString error;
    if (!DrawingRenderer::render(project, flows, format, &bytes, &error))
        qFatal("render failed: %s", qPrintable(error));
    return bytes;
}

// Runs `program` with `arguments` and the path of `bytes` written to a
// temporary file named `name`; its standard output, or nothing on failure.
std::optional<QString> runOn(const QString &program, QStringList arguments, const QByteArray &bytes,
                             const QString &name, QString *errors)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return std::nullopt;
    file.close();
    QProcess process;
    process.start(program, arguments << file.fileName());
    if (!process.waitForFinished(60000))
        return std::nullopt;
    *errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(examplesDir()).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    // The SVG holds every bundle's port label and the legend; PNG and PDF
    // are real images.
    void examples()
    {
        QFETCH(QString, file);
        const LoadedProject loaded = loadExample(file);
        const Derivation derivation = Deriver::derive(loaded.project, loaded.catalogs);
        QVERIFY(!derivation.flows.isEmpty());
        const QList<FlowDrawing::Path> paths =
            FlowDrawing::layout(loaded.project, derivation.flows, DrawingLayout::compute(loaded.project));
        QVERIFY(!paths.isEmpty());

        const SvgContent svg =
            readSvg(render(loaded.project, derivation.flows, DrawingRenderer::Format::Svg));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        int drawn = 0;
        for (const FlowBundle &bundle : FlowBundles::bundle(derivation.flows)) {
            const bool onDrawing = std::any_of(paths.cbegin(), paths.cend(), [&](const FlowDrawing::Path &p) {
                return p.bundle.pathKey() == bundle.pathKey();
            });
            if (!onDrawing)
                continue; // an end that is not on the drawing (no element)
            ++drawn;
            const QString label = displayLine(bundle.label());
            QVERIFY2(svg.text.contains(label),
                     qPrintable(u"missing label "_s + label + u" of "_s + bundle.pathKey()));
        }
        QVERIFY(drawn > 0);
        QVERIFY(svg.text.contains(FlowDrawing::legendTitle()));
        for (Audience a : FlowBundles::drawnAudiences())
            QVERIFY2(svg.text.contains(FlowBundles::audienceTitle(a)),
                     qPrintable(FlowBundles::audienceTitle(a)));

        const QByteArray png = render(loaded.project, derivation.flows, DrawingRenderer::Format::Png);
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 100 && image.height() > 100);
        const QByteArray pdf = render(loaded.project, derivation.flows, DrawingRenderer::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);
    }

    // Without flows: no legend, as before (the canvas's plain drawing).
    void noFlowsNoLegend()
    {
        const LoadedProject loaded = loadExample(u"kong-3.3-lb-stream-transparent.yaml"_s);
        const SvgContent svg = readSvg(render(loaded.project, {}, DrawingRenderer::Format::Svg));
        QVERIFY(svg.error.isEmpty());
        QVERIFY(!svg.text.contains(FlowDrawing::legendTitle()));
    }

    // Labels never sit on an element card or on each other.
    void labelsKeepClear()
    {
        const LoadedProject loaded = loadExample(u"kong-3.3-lb-stream-transparent.yaml"_s);
        const Derivation derivation = Deriver::derive(loaded.project, loaded.catalogs);
        const DrawingLayout layout = DrawingLayout::compute(loaded.project);
        const QList<FlowDrawing::Path> paths = FlowDrawing::layout(loaded.project, derivation.flows, layout);
        QList<QRectF> labels;
        for (const FlowDrawing::Path &p : paths)
            if (!p.labelRect.isEmpty())
                labels.append(p.labelRect);
        QVERIFY(labels.size() >= 3);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]),
                         qPrintable(u"labels %1 and %2 overlap"_s.arg(i).arg(j)));
            for (auto it = layout.rects().cbegin(); it != layout.rects().cend(); ++it)
                if (!loaded.project.zone(it.key()))
                    QVERIFY2(!labels[i].intersects(*it), qPrintable(u"label on "_s + it.key()));
        }
    }

    // Same input, same bytes.
    void deterministic()
    {
        const LoadedProject loaded = loadExample(u"cumulocity-on-premises.yaml"_s);
        const Derivation derivation = Deriver::derive(loaded.project, loaded.catalogs);
        QCOMPARE(render(loaded.project, derivation.flows, DrawingRenderer::Format::Svg),
                 render(loaded.project, derivation.flows, DrawingRenderer::Format::Svg));
    }

    void hostileSvg_data() { examples_data(); }

    // Hostile names everywhere: the SVG parses (Qt's reader and Python's),
    // has the same kinds of elements and attributes as the plain drawing
    // (nothing injected), and the title is the name as one display line.
    void hostileSvg()
    {
        QFETCH(QString, file);
        const LoadedProject loaded = loadExample(file);
        const Derivation derivation = Deriver::derive(loaded.project, loaded.catalogs);
        const Project evil = test::hostileCopy(loaded.project);
        const QByteArray bytes = render(evil, derivation.flows, DrawingRenderer::Format::Svg);
        const SvgContent svg = readSvg(bytes);
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        const SvgContent plain =
            readSvg(render(loaded.project, derivation.flows, DrawingRenderer::Format::Svg));
        QSet<QString> kinds(svg.elements.cbegin(), svg.elements.cend());
        QCOMPARE(kinds, QSet<QString>(plain.elements.cbegin(), plain.elements.cend()));
        QSet<QString> attributes(svg.attributes.cbegin(), svg.attributes.cend());
        QCOMPARE(attributes, QSet<QString>(plain.attributes.cbegin(), plain.attributes.cend()));
        QVERIFY(!kinds.contains(u"script"_s));
        QCOMPARE(svg.title, displayLine(evil.name));
        // The hostile text reached the drawing as text, not as markup.
        QVERIFY2(svg.text.contains(u"<script>"_s) || svg.text.contains(u"<b>bold"_s) ||
                     svg.text.contains(u"]]>"_s),
                 qPrintable(svg.text.left(400)));
        for (const QChar c : QString(svg.text + svg.title))
            QVERIFY2(c.category() != QChar::Other_Control && c != QChar(0x202e),
                     qPrintable(u"control character U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'))));

        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed: parsed by QXmlStreamReader only");
        QString errors;
        const auto parsed =
            runOn(python,
                  {u"-c"_s, u"import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); "
                            "tags = {e.tag.split('}')[-1] for e in r.iter()}; "
                            "assert 'script' not in tags, tags; print(len(tags))"_s},
                  bytes, u"evil.svg"_s, &errors);
        QVERIFY2(parsed, qPrintable(errors));
    }

    // The PDF's title is the name as one display line, and the file reads
    // back (pdfinfo, from poppler-utils, when installed).
    void hostilePdf()
    {
        const LoadedProject loaded = loadExample(u"kong-0x-two-datacenters-nat.yaml"_s);
        const Derivation derivation = Deriver::derive(loaded.project, loaded.catalogs);
        Project evil = test::hostileCopy(loaded.project);
        evil.name = test::HostileText::all().at(4) + test::HostileText::all().at(8);
        const QByteArray pdf = render(evil, derivation.flows, DrawingRenderer::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QString errors;
        const auto info = runOn(pdfinfo, {u"-enc"_s, u"UTF-8"_s}, pdf, u"evil.pdf"_s, &errors);
        QVERIFY2(info, qPrintable(errors));
        const QString text = *info;
        QVERIFY2(
            text.contains(u"Title:"_s + QString(14 - 6, u' ') + displayLine(evil.name).trimmed() + u'\n') ||
                text.contains(displayLine(evil.name).trimmed()),
            qPrintable(text));
        // One Title line: the name's newlines made no extra metadata lines.
        QCOMPARE(text.count(u"\nTitle:"_s) + (text.startsWith(u"Title:"_s) ? 1 : 0), 1);
        QVERIFY(!text.contains(u"\nadmin_listen"_s));
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
