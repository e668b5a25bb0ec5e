#pragma once

#include "drawinglayout.h"
#include "drawingtheme.h"

#include "derive/flow.h"

#include <QByteArray>
#include <QCoreApplication>

class QPainter;

namespace portolan {

// The whole drawing of a project: zones (outer first), connections,
// elements, then the derived flows with their port labels and a legend
// (FlowDrawing). Export returns the file in memory; the caller writes it
// (with QSaveFile), as every exporter in Portolan does. User text is drawn
// as one display line (model/displayline.h); the SVG generator escapes it
// for XML.
class DrawingRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DrawingRenderer)
public:
    enum class Format
    {
        Svg,
        Png,
        Pdf
    };
    static constexpr qreal Margin = 24;

    // Paints in drawing coordinates; the caller sets up the transform.
    static void paint(QPainter *painter, const Project &project, const DrawingLayout &layout,
                      const DrawingTheme &theme);
    // "svg", "png", "pdf" from a file name; false if none fits.
    static bool formatFromFileName(const QString &fileName, Format *format);
    // `flows`: the plan's flows (Derivation::flows); empty draws none and no legend.
    static bool render(const Project &project, const FlowList &flows, Format format, QByteArray *out,
                       QString *error);
};

} // namespace portolan
