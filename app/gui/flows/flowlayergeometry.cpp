#include "flowlayer.h"

#include "canvas/deploymentscene.h"
#include "canvas/elementitem.h"
#include "document/document.h"
#include "flowpathitem.h"
#include "layout/flowpathgeometry.h"
#include "render/drawinglayout.h"

#include <optional>

namespace portolan {

namespace {

// Where an end of a path is on the canvas; nothing when it is not drawn.
std::optional<PathAnchor> anchorOf(const DeploymentScene *scene, const FlowEndpoint &end)
{
    if (end.isMemberSet()) {
        QRectF united;
        for (const QString &member : end.members)
            if (scene->itemFor(member))
                united |= scene->sceneRectOf(member);
        if (united.isNull())
            return std::nullopt;
        return PathAnchor{end.id, united.adjusted(-8, -8 - 10, 8, 8), false, true};
    }
    if (!scene->itemFor(end.id))
        return std::nullopt;
    return PathAnchor{end.id, scene->sceneRectOf(end.id),
                      scene->document()->project().zone(end.id) != nullptr, false};
}

// Where the offset line leaves (or enters) `r`; the line's own end when it
// never crosses the border (a zone around the other end).
} // namespace

void FlowLayer::updateGeometry()
{
    if (m_items.isEmpty())
        return;
    collectObstacles();
    // Each path's anchors on the canvas; the lines between them are pure
    // geometry (FlowPathGeometry), laid for all paths at once so parallel
    // ones get lanes side by side.
    // Thousands of paths share a few hundred ends: look each up once.
    // (A member set's id names its cluster and zone; the members are
    // compared all the same, cheaply: they share one list.)
    QHash<ElementId, std::pair<QStringList, std::optional<PathAnchor>>> anchors;
    auto anchor = [&](const FlowEndpoint &end) {
        auto it = anchors.constFind(end.id);
        if (it != anchors.cend() && it->first == end.members)
            return it->second;
        const std::optional<PathAnchor> a = anchorOf(m_scene, end);
        anchors.insert(end.id, {end.members, a});
        return a;
    };
    QList<std::optional<QList<PathAnchor>>> chains;
    chains.reserve(m_items.size());
    for (FlowPathItem *item : std::as_const(m_items)) {
        const FlowBundle &b = item->bundle();
        const auto src = anchor(b.source);
        const auto dst = anchor(b.destination);
        if (!src || !dst) {
            chains.append(std::nullopt);
            continue;
        }
        QList<PathAnchor> chain{*src};
        for (const QString &hop : b.hops) {
            if (hop == b.source.id || hop == b.destination.id || !m_scene->itemFor(hop))
                continue; // links have no box; an end is not its own hop
            chain.append(PathAnchor{hop, m_scene->sceneRectOf(hop), false, false});
        }
        chain.append(*dst);
        chains.append(std::move(chain));
    }
    const QList<std::optional<LaidPath>> laid =
        FlowPathGeometry(m_obstacles, DrawingLayout::Header).lay(chains);
    QSet<FlowPathItem *> placed;
    QList<QRectF> framedHulls; // member-set frames some path draws already
    for (qsizetype n = 0; n < m_items.size(); ++n) {
        FlowPathItem *item = m_items[n];
        item->setVisible(laid[n].has_value());
        if (!laid[n])
            continue;
        QList<bool> drawn;
        for (const QRectF &hull : std::as_const(laid[n]->hulls)) {
            drawn.append(!framedHulls.contains(hull));
            if (drawn.last())
                framedHulls.append(hull);
        }
        item->setGeometry(laid[n]->segments, laid[n]->loop, laid[n]->hulls, drawn);
        placed.insert(item);
    }
    updateLabels(placed);
    applyHighlight();
}

void FlowLayer::collectObstacles()
{
    QList<ObstacleGrid::Obstacle> obstacles;
    for (QGraphicsItem *item : m_scene->items(Qt::AscendingOrder))
        if (item->type() == ElementItem::Type) {
            const ElementId id = m_scene->idOf(item);
            obstacles.append({id, m_scene->sceneRectOf(id)});
        }
    QList<ObstacleGrid::Obstacle> titles = obstacles;
    for (const Zone &zone : m_scene->document()->project().zones)
        if (m_scene->itemFor(zone.id)) {
            const QRectF r = m_scene->sceneRectOf(zone.id);
            titles.append({zone.id, QRectF(r.left(), r.top(), r.width(), DrawingLayout::Header)});
        }
    m_obstacles = ObstacleGrid(std::move(obstacles));
    m_titles = ObstacleGrid(std::move(titles));
}

} // namespace portolan
