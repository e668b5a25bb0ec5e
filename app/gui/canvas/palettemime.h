#pragma once

#include "model/elements.h"

#include <QCoreApplication>
#include <QString>

class QMimeData;

namespace portolan {

// What the palette drags onto the canvas: an element kind (with a zone kind
// or a host count) or a catalog component.
struct PaletteEntry
{
    enum class Type
    {
        Element,
        Component
    };
    Type type = Type::Element;
    ElementKind kind = ElementKind::Node;
    ZoneKind zoneKind = ZoneKind::Network;
    int count = 1;     // node groups
    QString component; // "<catalog>/<component>"

    QString key() const; // "node", "node-group", "zone:vpc", "component:kong-0.x/node"
    static std::optional<PaletteEntry> fromKey(const QString &key);
    QMimeData *toMime() const;
    static std::optional<PaletteEntry> fromMime(const QMimeData *mime);
    static QString mimeType();
};

} // namespace portolan
