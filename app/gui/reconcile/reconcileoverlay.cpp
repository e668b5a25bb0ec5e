#include "reconcileoverlay.h"

#include "canvas/deploymentscene.h"
#include "flows/flowlayer.h"
#include "flows/flowpathitem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qreal OverlayZ = 1e6 - 1; // above the drawing and the flows, below audit halos

} // namespace

ReconcileOverlay::ReconcileOverlay(DeploymentScene *scene, FlowLayer *flows, QObject *parent)
    : QObject(parent), m_scene(scene), m_flows(flows)
{
    // After the flow layer has laid its paths for the new geometry.
    connect(scene, &DeploymentScene::geometryChanged, this, &ReconcileOverlay::place, Qt::QueuedConnection);
}

ReconcileOverlay::~ReconcileOverlay()
{
    // The scene may already be gone when the window closes, and it deleted
    // the items with its own then.
    if (m_scene)
        deleteItems();
}

void ReconcileOverlay::show(const FolderReport &report, const Derivation &derivation)
{
    m_blocked.clear();
    m_ends.clear();
    m_extra.clear();
    for (const ReconcileReport &r : report.reports) {
        const RuleSet *set = derivation.ruleSet(r.point);
        for (const ReconcileItem &i : r.items) {
            if (i.status == ReconcileItem::Status::Blocked) {
                for (const QString &key : i.flows)
                    if (!m_blocked.contains(key))
                        m_blocked.append(key);
            } else if (i.status == ReconcileItem::Status::Extra && set && !set->element.isEmpty()) {
                ++m_extra[set->element];
            }
        }
    }
    m_blocked.sort();
    for (const Flow &flow : derivation.flows)
        if (m_blocked.contains(flow.key()))
            m_ends.insert(flow.key(), {flow.source.id, flow.destination.id});
    place();
}

void ReconcileOverlay::clear()
{
    m_blocked.clear();
    m_ends.clear();
    m_extra.clear();
    m_highlight.clear();
    deleteItems();
}

void ReconcileOverlay::highlight(const QStringList &flowKeys)
{
    m_highlight = flowKeys;
    place();
}

QRectF ReconcileOverlay::markRect(const QString &element) const
{
    const QGraphicsItem *mark = m_marks.value(element);
    return mark ? mark->sceneBoundingRect() : QRectF();
}

// Where the flow layer draws the flow, in scene coordinates; a straight
// line between the two cards when the layer draws no path for it (flows
// hidden, or shown for the selection only).
QPainterPath ReconcileOverlay::flowPath(const QString &key) const
{
    QPainterPath path;
    if (FlowPathItem *item = m_flows ? m_flows->itemForFlow(key) : nullptr; item && item->isVisible()) {
        for (const FlowPathItem::Segment &s : item->segments())
            path.addPath(item->mapToScene(s.path()));
        if (!path.isEmpty())
            return path;
    }
    const auto ends = m_ends.value(key);
    const QRectF from = m_scene->sceneRectOf(ends.first);
    const QRectF to = m_scene->sceneRectOf(ends.second);
    if (from.isNull() || to.isNull())
        return path;
    path.moveTo(from.center());
    path.lineTo(to.center());
    return path;
}

void ReconcileOverlay::deleteItems()
{
    qDeleteAll(m_items);
    m_items.clear();
    m_broken.clear();
    m_marks.clear();
}

void ReconcileOverlay::place()
{
    if (!m_scene)
        return;
    deleteItems();
    for (const QString &key : std::as_const(m_blocked)) {
        const QPainterPath path = flowPath(key);
        if (path.isEmpty())
            continue;
        auto *line = new QGraphicsPathItem(path);
        QPen pen(blockedColour(), m_highlight.contains(key) ? 6 : 3.5, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        line->setZValue(OverlayZ);
        line->setAcceptedMouseButtons(Qt::NoButton);
        line->setToolTip(tr("Blocked by today's rules"));
        // Where it breaks: a cross on a white disc halfway along the path.
        const QPointF mid = path.pointAtPercent(0.5);
        QPainterPath cross;
        cross.addEllipse(mid, 9, 9);
        cross.moveTo(mid + QPointF(-5, -5));
        cross.lineTo(mid + QPointF(5, 5));
        cross.moveTo(mid + QPointF(5, -5));
        cross.lineTo(mid + QPointF(-5, 5));
        auto *mark = new QGraphicsPathItem(cross, line);
        mark->setPen(QPen(blockedColour(), 2.5));
        mark->setBrush(Qt::white);
        m_scene->addItem(line);
        m_items.append(line);
        m_broken.insert(key, line);
    }
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
        const QRectF card = m_scene->sceneRectOf(it.key());
        if (card.isNull())
            continue;
        auto *badge = new QGraphicsEllipseItem(QRectF(card.topRight() + QPointF(-14, -14), QSizeF(28, 28)));
        badge->setPen(QPen(Qt::white, 2));
        badge->setBrush(extraColour());
        badge->setZValue(OverlayZ);
        badge->setAcceptedMouseButtons(Qt::NoButton);
        badge->setToolTip(
            tr("Today's rules admit %n opening(s) the plan does not ask for", nullptr, it.value()));
        auto *text = new QGraphicsSimpleTextItem(u"+"_s + QString::number(it.value()), badge);
        QFont font = text->font();
        font.setBold(true);
        text->setFont(font);
        text->setBrush(Qt::white);
        const QRectF box = text->boundingRect();
        text->setPos(badge->rect().center() - box.center());
        m_scene->addItem(badge);
        m_items.append(badge);
        m_marks.insert(it.key(), badge);
    }
}

} // namespace portolan
