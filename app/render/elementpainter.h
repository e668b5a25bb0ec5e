#pragma once

#include "drawingtheme.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QLineF>
#include <QRectF>

class QPainter;

namespace portolan {

// A line between two elements on the drawing, derived from the project.
struct DrawingConnection
{
    enum class Kind
    {
        Link,
        ClientUse,
        Listener,
        NatInside,
        FirewallInside
    };
    Kind kind = Kind::Link;
    ElementId from;
    ElementId to;
    ElementId owner; // the element the line belongs to (link id, client id, ...)
    QString label;
    int index = -1; // which listener or client use of the owner; -1 for links
    friend bool operator==(const DrawingConnection &, const DrawingConnection &) = default;
};

// Paints one zone, element or connection. Used by the canvas items (each
// paints itself) and by DrawingRenderer (whole drawing), so the screen and
// the exported drawing are the same picture.
class ElementPainter
{
    Q_DECLARE_TR_FUNCTIONS(ElementPainter)
public:
    // Below this scale an element is drawn as a plain card (no icon, no text).
    static constexpr qreal TinyDetail = 0.16;
    static void paintZone(QPainter *painter, const QRectF &rect, const Zone &zone, const DrawingTheme &theme,
                          bool selected);
    static void paintElement(QPainter *painter, const QRectF &rect, const Project &project,
                             const ElementId &id, const DrawingTheme &theme, bool selected);
    static void paintConnection(QPainter *painter, const QLineF &line, DrawingConnection::Kind kind,
                                const QString &label, const DrawingTheme &theme, bool selected);

    static QList<DrawingConnection> connections(const Project &project);
    // From the edge of `a` to the edge of `b`, along the line between centres.
    static QLineF edgeLine(const QRectF &a, const QRectF &b);
    // Extra room a node group's stacked cards take beyond its rect.
    static constexpr qreal StackOffset = 5;
};

} // namespace portolan
