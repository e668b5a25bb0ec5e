#include "compareoverlay.h"

#include "canvas/deploymentscene.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPainterPath>
#include <QPen>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qreal OverlayZ = 1e6; // above every element, connection and flow
constexpr qreal Margin = 6;

QColor flowColour(FlowChange::Kind kind)
{
    switch (kind) {
    case FlowChange::Kind::Added:
        return CompareOverlay::colourFor(ElementDifference::Kind::Added);
    case FlowChange::Kind::Removed:
        return CompareOverlay::colourFor(ElementDifference::Kind::Removed);
    default:
        return CompareOverlay::colourFor(ElementDifference::Kind::Changed);
    }
}

// Items never take the mouse: the canvas below stays usable.
template <typename Item> Item *inert(Item *item)
{
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->setAcceptHoverEvents(false);
    return item;
}

} // namespace

CompareOverlay::CompareOverlay(DeploymentScene *scene, QObject *parent) : QObject(parent), m_scene(scene)
{
    connect(scene, &DeploymentScene::geometryChanged, this, [this] {
        if (m_shown)
            place();
    });
}

CompareOverlay::~CompareOverlay()
{
    // The scene may already be gone when the window closes; it deleted the
    // items with its own then.
    if (m_scene)
        deleteItems();
}

QColor CompareOverlay::colourFor(ElementDifference::Kind kind)
{
    switch (kind) {
    case ElementDifference::Kind::Added:
        return QColor(0x2e, 0x7d, 0x32);
    case ElementDifference::Kind::Removed:
        return QColor(0xc6, 0x28, 0x28);
    case ElementDifference::Kind::Changed:
        return QColor(0xef, 0x8a, 0x00);
    }
    return {};
}

void CompareOverlay::show(const PlanDiff &diff, const Project &oldProject)
{
    m_diff = diff;
    m_oldLayout = DrawingLayout::compute(oldProject);
    m_shown = true;
    if (m_highlight >= m_diff.flows.size())
        m_highlight = -1;
    place();
}

void CompareOverlay::clear()
{
    m_shown = false;
    m_diff = {};
    m_oldLayout = {};
    m_highlight = -1;
    deleteItems();
}

void CompareOverlay::deleteItems()
{
    qDeleteAll(m_marks);
    m_marks.clear();
    qDeleteAll(m_flowLines);
    m_flowLines.clear();
}

void CompareOverlay::place()
{
    if (!m_scene)
        return;
    // Few items, rebuilt whole: simpler than tracking which moved.
    deleteItems();
    if (!m_shown)
        return;
    for (const ElementDifference &change : std::as_const(m_diff.elements))
        addMark(change);
    for (qsizetype i = 0; i < m_diff.flows.size(); ++i)
        addFlowLine(i, m_diff.flows[i]);
}

QRectF CompareOverlay::endpointRect(const ElementId &id, bool preferOld) const
{
    const bool onCanvas = m_scene->itemFor(id) != nullptr;
    if (preferOld && m_oldLayout.contains(id) && !onCanvas)
        return m_oldLayout.rect(id);
    if (onCanvas)
        return m_scene->sceneRectOf(id);
    return m_oldLayout.rect(id); // null when neither side drew it
}

void CompareOverlay::addMark(const ElementDifference &change)
{
    const QColor colour = colourFor(change.kind);
    QRectF rect;
    if (change.kind == ElementDifference::Kind::Removed) {
        rect = m_oldLayout.rect(change.id);
    } else {
        if (!m_scene->itemFor(change.id))
            return;
        rect = m_scene->sceneRectOf(change.id).adjusted(-Margin, -Margin, Margin, Margin);
    }
    if (rect.isNull())
        return;
    auto *mark = inert(new QGraphicsRectItem(rect));
    mark->setZValue(OverlayZ);
    mark->setData(0, int(change.kind));
    mark->setData(1, change.id);
    if (change.kind == ElementDifference::Kind::Removed) {
        // A ghost: the card as it was, faint, dashed, named.
        QPen pen(colour, 2.5, Qt::DashLine);
        mark->setPen(pen);
        QColor fill = colour;
        fill.setAlpha(change.elementKind == ElementKind::Zone ? 18 : 55);
        mark->setBrush(fill);
        auto *name = inert(new QGraphicsSimpleTextItem(u"− "_s + change.name, mark));
        QFont font = name->font();
        font.setStrikeOut(true);
        font.setBold(true);
        name->setFont(font);
        name->setBrush(colour.darker(130));
        name->setPos(rect.topLeft() + QPointF(8, 6));
    } else {
        QPen pen(colour, 5);
        pen.setJoinStyle(Qt::RoundJoin);
        mark->setPen(pen);
        mark->setBrush(Qt::NoBrush);
        // A badge at the top right corner: + for added, ~ for changed.
        const qreal d = 22;
        auto *badge = inert(new QGraphicsEllipseItem(rect.right() - d / 2, rect.top() - d / 2, d, d, mark));
        badge->setBrush(colour);
        badge->setPen(QPen(Qt::white, 2));
        auto *sign = inert(new QGraphicsSimpleTextItem(
            change.kind == ElementDifference::Kind::Added ? u"+"_s : u"~"_s, badge));
        QFont font = sign->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        sign->setFont(font);
        sign->setBrush(Qt::white);
        const QRectF text = sign->boundingRect();
        sign->setPos(badge->rect().center() - text.center());
    }
    m_scene->addItem(mark);
    m_marks.insert(change.id, mark);
}

void CompareOverlay::addFlowLine(qsizetype index, const FlowChange &change)
{
    const Flow &flow = change.flow();
    const bool removed = change.kind == FlowChange::Kind::Removed;
    const QRectF from = endpointRect(flow.source.id, removed);
    const QRectF to = endpointRect(flow.destination.id, removed);
    if (from.isNull() || to.isNull() || flow.source.id == flow.destination.id)
        return;
    // From border to border, bowed a little so it does not hide the
    // drawing's own straight connection lines.
    QLineF line(from.center(), to.center());
    QPainterPath path(line.p1());
    const QLineF unitNormal = line.normalVector().unitVector();
    const QPointF normal = unitNormal.p2() - unitNormal.p1();
    path.quadTo(line.center() + normal * 28, line.p2());
    auto *item = inert(new QGraphicsPathItem(path));
    const QColor colour = flowColour(change.kind);
    QPen pen(colour, index == m_highlight ? 6 : 2.5, removed ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    item->setPen(pen);
    item->setZValue(OverlayZ - (index == m_highlight ? 0 : 1));
    item->setOpacity(index == m_highlight || m_highlight < 0 ? 0.9 : 0.45);
    item->setData(0, int(change.kind));
    m_scene->addItem(item);
    m_flowLines.insert(index, item);
}

void CompareOverlay::highlightFlow(qsizetype index)
{
    m_highlight = index;
    place();
}

std::optional<ElementDifference::Kind> CompareOverlay::markOf(const ElementId &id) const
{
    const auto it = m_marks.find(id);
    if (it == m_marks.end())
        return std::nullopt;
    return ElementDifference::Kind((*it)->data(0).toInt());
}

QRectF CompareOverlay::markRect(const ElementId &id) const
{
    const auto it = m_marks.find(id);
    return it == m_marks.end() ? QRectF() : (*it)->sceneBoundingRect();
}

QRectF CompareOverlay::flowRect(qsizetype index) const
{
    const auto it = m_flowLines.find(index);
    return it == m_flowLines.end() ? QRectF() : (*it)->sceneBoundingRect();
}

} // namespace portolan
