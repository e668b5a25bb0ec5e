#include "iconlibrary.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace portolan {

QString IconLibrary::iconName(ElementKind kind, ZoneKind zoneKind)
{
    switch (kind) {
    case ElementKind::Zone:
        return zoneKindName(zoneKind);
    case ElementKind::Node:
        return u"node"_s;
    case ElementKind::LoadBalancer:
        return u"loadbalancer"_s;
    case ElementKind::NatLayer:
        return u"nat"_s;
    case ElementKind::Firewall:
        return u"firewall"_s;
    case ElementKind::Link:
        return u"vpc"_s;
    case ElementKind::Client:
        return u"client"_s;
    }
    return u"node"_s;
}

QString IconLibrary::resourcePath(const QString &name)
{
    return u":/portolan/icons/"_s + name + u".svg"_s;
}

void IconLibrary::paint(QPainter *painter, const QString &name, const QRectF &rect)
{
    // Parsed once per icon; renderers are used from the GUI thread only.
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    auto &renderer = cache[name];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(resourcePath(name));
    if (renderer->isValid())
        renderer->render(painter, rect);
}

} // namespace portolan
