#pragma once

#include "drawinglayout.h"
#include "drawingtheme.h"

#include <QByteArray>
#include <QCoreApplication>

class QPainter;

namespace portolan {

// The whole drawing of a project: zones (outer first), connections, then
// elements. Export returns the file in memory; the caller writes it (with
// QSaveFile), as every exporter in Portolan does.
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
    static bool render(const Project &project, Format format, QByteArray *out, QString *error);
};

} // namespace portolan
