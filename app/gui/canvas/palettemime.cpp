#include "palettemime.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace portolan {

QString PaletteEntry::mimeType()
{
    return u"application/x-portolan-palette"_s;
}

QString PaletteEntry::key() const
{
    if (type == Type::Component)
        return u"component:"_s + component;
    if (kind == ElementKind::Zone)
        return u"zone:"_s + zoneKindName(zoneKind);
    if (kind == ElementKind::Node && count > 1)
        return u"node-group"_s;
    return elementKindName(kind);
}

std::optional<PaletteEntry> PaletteEntry::fromKey(const QString &key)
{
    PaletteEntry e;
    if (key.startsWith(u"component:"_s)) {
        e.type = Type::Component;
        e.component = key.mid(10);
        return e.component.isEmpty() ? std::nullopt : std::optional(e);
    }
    if (key.startsWith(u"zone:"_s)) {
        e.kind = ElementKind::Zone;
        return parseZoneKind(key.mid(5), &e.zoneKind) ? std::optional(e) : std::nullopt;
    }
    if (key == u"node-group"_s) {
        e.count = 3;
        return e;
    }
    for (ElementKind k : {ElementKind::Node, ElementKind::LoadBalancer, ElementKind::NatLayer,
                          ElementKind::Firewall, ElementKind::Client}) {
        if (elementKindName(k) == key) {
            e.kind = k;
            return e;
        }
    }
    return std::nullopt;
}

QMimeData *PaletteEntry::toMime() const
{
    auto mime = new QMimeData;
    mime->setData(mimeType(), key().toUtf8());
    return mime;
}

std::optional<PaletteEntry> PaletteEntry::fromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    return fromKey(QString::fromUtf8(mime->data(mimeType())));
}

} // namespace portolan
