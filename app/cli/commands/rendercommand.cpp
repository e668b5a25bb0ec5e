// portolan-cli render PROJECT --out FILE.svg|png|pdf: the drawing the editor
// shows, with the derived flows, their port labels and a legend, for
// documents, bundles and CI artefacts. Uses app/render (Qt Gui + Svg), never
// Widgets; main() gives this command a QGuiApplication on the offscreen
// platform because laying out text needs one.
#include "commands.h"
#include "derivedproject.h"

#include "io/savefile.h"
#include "render/drawingrenderer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

int run(CliContext &ctx)
{
    const QString outPath = ctx.parser.value(u"out"_s);
    DrawingRenderer::Format format;
    if (outPath.isEmpty() || !DrawingRenderer::formatFromFileName(outPath, &format)) {
        ctx.err << QCoreApplication::translate("cli", "error: --out must name a .svg, .png or .pdf file")
                << Qt::endl;
        return ExitBadInput;
    }
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    QByteArray bytes;
    QString error;
    if (!DrawingRenderer::render(derived->project(), derived->derivation.flows, format, &bytes, &error)) {
        ctx.err << u"error: "_s << error << Qt::endl;
        return ExitBadInput;
    }
    QString reason;
    if (!SaveFile::write(outPath, bytes, &reason)) {
        ctx.err << QCoreApplication::translate("cli", "error: cannot write %1: %2").arg(outPath, reason)
                << Qt::endl;
        return ExitBadInput;
    }
    ctx.out << QCoreApplication::translate("cli", "wrote %1 (%n byte(s))", nullptr, int(bytes.size()))
                   .arg(QFileInfo(outPath).fileName())
            << Qt::endl;
    return ExitOk;
}

} // namespace

CliCommand renderCommand()
{
    return {
        .name = u"render"_s,
        .summary = QCoreApplication::translate("cli", "Draw the deployment as SVG, PNG or PDF."),
        .usage = u"render PROJECT --out FILE.svg|png|pdf"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(
                    QCommandLineOption(u"out"_s,
                                       QCoreApplication::translate("cli", "The drawing to write; the "
                                                                          "extension picks the format."),
                                       u"file"_s));
            },
        .run = run,
    };
}

} // namespace portolan
