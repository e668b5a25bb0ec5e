#include "drawingrenderer.h"

#include "elementpainter.h"
#include "flowdrawing.h"

#include "model/displayline.h"
#include "model/zonetree.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace portolan {

void DrawingRenderer::paint(QPainter *p, const Project &project, const DrawingLayout &layout,
                            const DrawingTheme &theme)
{
    p->setRenderHint(QPainter::Antialiasing);
    // Outer zones first so inner ones are drawn on top of them, in project
    // order within one depth (the tree's depths: linear however deep).
    const ZoneTree tree(project);
    QList<int> zones(project.zones.size());
    std::iota(zones.begin(), zones.end(), 0);
    std::stable_sort(zones.begin(), zones.end(), [&](int a, int b) { return tree.depth(a) < tree.depth(b); });
    for (int z : zones)
        ElementPainter::paintZone(p, layout.rect(project.zones[z].id), project.zones[z], theme, false);
    for (const DrawingConnection &c : ElementPainter::connections(project)) {
        if (!layout.contains(c.from) || !layout.contains(c.to))
            continue;
        ElementPainter::paintConnection(p, ElementPainter::edgeLine(layout.rect(c.from), layout.rect(c.to)),
                                        c.kind, c.label, theme, false);
    }
    for (const ElementId &id : project.allIds())
        if (!project.zone(id) && layout.contains(id))
            ElementPainter::paintElement(p, layout.rect(id), project, id, theme, false);
}

bool DrawingRenderer::formatFromFileName(const QString &fileName, Format *format)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".svg"_s))
        *format = Format::Svg;
    else if (lower.endsWith(u".png"_s))
        *format = Format::Png;
    else if (lower.endsWith(u".pdf"_s))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

bool DrawingRenderer::render(const Project &project, const FlowList &flows, Format format, QByteArray *out,
                             QString *error)
{
    const DrawingLayout layout = DrawingLayout::compute(project);
    const QList<FlowDrawing::Path> paths = FlowDrawing::layout(project, flows, layout);
    QRectF area = layout.bounds() | FlowDrawing::bounds(paths);
    if (area.isNull())
        area = QRectF(0, 0, 200, 100);
    area.adjust(-Margin, -Margin - ElementPainter::StackOffset * 2, Margin, Margin);
    // The legend goes under the drawing, where it covers nothing.
    QPointF legendAt;
    if (!paths.isEmpty()) {
        const QSizeF legend = FlowDrawing::legendSize();
        legendAt = QPointF(area.left() + Margin, area.bottom());
        area.setBottom(area.bottom() + legend.height() + Margin);
        area.setRight(std::max(area.right(), legendAt.x() + legend.width() + Margin));
    }
    const DrawingTheme theme = DrawingTheme::lightTheme();
    auto draw = [&](QPainter &p, qreal scale) {
        p.scale(scale, scale);
        p.translate(-area.topLeft());
        p.fillRect(area, theme.background);
        paint(&p, project, layout, theme);
        FlowDrawing::paint(&p, paths, theme);
        if (!paths.isEmpty())
            FlowDrawing::paintLegend(&p, legendAt, theme);
    };
    // Metadata holds one display line too: a title is not a place for
    // control characters (invalid in XML 1.0) or direction overrides.
    const QString title = displayLine(project.name);
    out->clear();
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(title);
        svg.setDescription(tr("Deployment drawing made by Portolan"));
        QPainter p(&svg);
        draw(p, 1.0);
        break;
    }
    case Format::Png: {
        // Twice the drawing size: sharp on high-DPI screens and in documents.
        QImage image((area.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(theme.background);
        {
            QPainter p(&image);
            draw(p, 2.0);
        }
        if (!image.save(&buffer, "PNG")) {
            *error = tr("Could not encode the PNG image");
            return false;
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"Portolan"_s);
        pdf.setTitle(title);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(area.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        draw(p, 1.0);
        break;
    }
    }
    return true;
}

} // namespace portolan
