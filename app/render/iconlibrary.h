#pragma once

#include "model/elements.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace portolan {

// The SVG icons of resources/icons, drawn as vectors so they stay crisp at
// any zoom and DPI and remain vectors in SVG and PDF exports.
class IconLibrary
{
public:
    static QString iconName(ElementKind kind, ZoneKind zoneKind = ZoneKind::Network);
    static QString resourcePath(const QString &name); // ":/portolan/icons/<name>.svg"
    static void paint(QPainter *painter, const QString &name, const QRectF &rect);
};

} // namespace portolan
