#pragma once

#include "render/elementpainter.h"

#include <QMetaType>
#include <QStringList>

namespace portolan {

// What a context menu on the canvas is about: an element or zone, a drawn
// connection (link, client use, listener, NAT or firewall side) or a flow
// path. Ids only, as everything that crosses from the canvas to the window.
struct CanvasTarget
{
    enum class Kind
    {
        Element,
        Connection,
        FlowPath
    };
    Kind kind = Kind::Element;
    // The element the menu's entries act on: the element itself, the
    // connection's owner, or the flow path's source element.
    ElementId id;
    DrawingConnection connection; // Kind::Connection
    ElementId destination;        // Kind::FlowPath: the path's other end
    QStringList flowKeys;         // Kind::FlowPath
    QString label;                // Kind::FlowPath: its ports, for the menu's title
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::CanvasTarget)
