#include "deploymentscene.h"

#include "connectionitem.h"
#include "document/addelementsedit.h"
#include "document/connectedit.h"
#include "document/disconnectedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/moveelementsedit.h"
#include "document/projectedits.h"
#include "document/propertystepedit.h"
#include "document/removeelementsedit.h"
#include "document/reparentedit.h"
#include "document/resizezoneedit.h"
#include "elementitem.h"
#include "layout/applylayoutedit.h"
#include "model/zonetree.h"
#include "zonegrowth.h"
#include "zoneitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace portolan {

DeploymentScene::DeploymentScene(Document *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_theme(DrawingTheme::lightTheme())
{
    // No BSP index: flows make this a changing scene of thousands of long
    // items, and keeping the tree current after a plan update cost more
    // than it saved (a linear scan of 6,000 bounding rects is a few tens of
    // microseconds).
    setItemIndexMethod(NoIndex);
    connect(document, &Document::projectReset, this, [this] {
        cancelConnect(); // its first end may be gone
        m_fresh = true;
        sync();
        m_fresh = false;
    });
    connect(document, &Document::elementsAdded, this, &DeploymentScene::sync);
    connect(document, &Document::elementsRemoved, this, &DeploymentScene::sync);
    connect(document, &Document::elementsChanged, this,
            [this](const QStringList &ids, ChangeAspects aspects) {
                if (aspects == ChangeAspect::Properties && repaintInPlace(ids))
                    return;
                sync();
                for (const ElementId &id : ids)
                    if (QGraphicsItem *item = m_items.value(id))
                        item->update();
            });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { ++m_nudgeKey; });
    sync();
}

DeploymentScene::~DeploymentScene()
{
    // ~QGraphicsScene deletes the items after this class's part is gone, and
    // deleting a selected item emits selectionChanged: our own slots would
    // then run on a half-destroyed scene (UBSan, asan stage, tst_mainwindow).
    disconnect(this, nullptr, this, nullptr);
}

void DeploymentScene::setTheme(const DrawingTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    update();
    Q_EMIT themeChanged();
}

ElementId DeploymentScene::idOf(const QGraphicsItem *item) const
{
    if (!item)
        return {};
    if (item->type() == ElementItem::Type)
        return static_cast<const ElementItem *>(item)->id();
    if (item->type() == ZoneItem::Type)
        return static_cast<const ZoneItem *>(item)->id();
    if (item->type() == ConnectionItem::Type)
        return static_cast<const ConnectionItem *>(item)->connection().owner;
    return {};
}

QRectF DeploymentScene::sceneRectOf(const ElementId &id) const
{
    const QGraphicsItem *item = m_items.value(id);
    if (!item)
        return {};
    const QRectF frame = item->type() == ZoneItem::Type ? static_cast<const ZoneItem *>(item)->frame()
                                                        : static_cast<const ElementItem *>(item)->frame();
    return item->mapRectToScene(frame);
}

QStringList DeploymentScene::selectedIds() const
{
    QStringList out;
    for (const ElementId &id : m_document->project().allIds()) {
        const QGraphicsItem *item = m_items.value(id);
        if (item && item->isSelected())
            out.append(id);
    }
    for (const ConnectionItem *c : m_connections)
        if (c->isSelected() && !out.contains(c->connection().owner))
            out.append(c->connection().owner);
    return out;
}

void DeploymentScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const ElementId &id : ids)
        if (QGraphicsItem *item = m_items.value(id))
            item->setSelected(true);
    for (ConnectionItem *c : std::as_const(m_connections))
        if (m_document->project().link(c->connection().owner) && ids.contains(c->connection().owner))
            c->setSelected(true);
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QPointF DeploymentScene::snapped(const QPointF &pos, const QGraphicsItem *parent) const
{
    const QPointF scenePos = parent ? parent->mapToScene(pos) : pos;
    const QPointF rounded(std::round(scenePos.x() / GridSize) * GridSize,
                          std::round(scenePos.y() / GridSize) * GridSize);
    return parent ? parent->mapFromScene(rounded) : rounded;
}

ElementId DeploymentScene::zoneAt(const QPointF &scenePos, const QStringList &exclude) const
{
    const Project &p = m_document->project();
    QStringList excluded = exclude;
    for (const ElementId &id : exclude)
        if (p.zone(id))
            excluded += ProjectEdits::contents(p, id);
    ElementId best;
    int bestDepth = -1;
    const ZoneTree tree(p);
    for (int i = 0; i < p.zones.size(); ++i) {
        const Zone &z = p.zones[i];
        if (excluded.contains(z.id) || !sceneRectOf(z.id).contains(scenePos))
            continue;
        const int depth = tree.depth(i);
        if (depth > bestDepth) {
            best = z.id;
            bestDepth = depth;
        }
    }
    return best;
}

namespace {

// The full name and id: a box's label may be elided or, zoomed out, shown
// without its details.
QString toolTipFor(const Project &p, const ElementId &id)
{
    const auto element = elementOf(p, id);
    if (!element)
        return id;
    const QString name = std::visit([](const auto &e) { return e.name; }, *element);
    const QString kind = elementKindName(kindOf(*element));
    return name.isEmpty() || name == id ? u"%1 (%2)"_s.arg(id, kind) : u"%1\n%2 (%3)"_s.arg(name, id, kind);
}

} // namespace

ElementId DeploymentScene::elementAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ElementItem::Type || item->type() == ZoneItem::Type)
            return idOf(item);
    }
    return {};
}

void DeploymentScene::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const Project &p = m_document->project();
    m_layout = DrawingLayout::compute(p);
    const QStringList selected = selectedIds();
    // Detach first so removing a zone item cannot delete items that stay.
    for (QGraphicsItem *item : std::as_const(m_items))
        item->setParentItem(nullptr);
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!p.kindOf(it.key()) || p.link(it.key())) {
            delete it.value();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    const QStringList ids = p.allIds();
    for (const ElementId &id : ids) {
        if (p.link(id) || m_items.contains(id))
            continue;
        QGraphicsItem *item = p.zone(id) ? static_cast<QGraphicsItem *>(new ZoneItem(this, id))
                                         : static_cast<QGraphicsItem *>(new ElementItem(this, id));
        addItem(item);
        m_items.insert(id, item);
    }
    for (const ElementId &id : ids) {
        QGraphicsItem *item = m_items.value(id);
        if (!item)
            continue;
        const QRectF rect = m_layout.rect(id);
        if (item->type() == ZoneItem::Type)
            static_cast<ZoneItem *>(item)->setSize(rect.size());
        else
            static_cast<ElementItem *>(item)->setSize(rect.size());
        item->setToolTip(toolTipFor(p, id));
        const ElementId container = ProjectEdits::container(p, id);
        QGraphicsItem *parent = p.zone(container) ? m_items.value(container) : nullptr;
        item->setParentItem(parent);
        // Positions are set without snapping: the document is the truth.
        const bool snap = m_snap;
        m_snap = false;
        item->setPos(parent ? rect.topLeft() - m_layout.rect(container).topLeft() : rect.topLeft());
        m_snap = snap;
        item->update();
    }
    rebuildConnections();
    updateSceneRect();
    for (const ElementId &id : selected)
        if (QGraphicsItem *item = m_items.value(id))
            item->setSelected(true);
    m_syncing = false;
    Q_EMIT geometryChanged();
}

void DeploymentScene::updateSceneRect()
{
    const QRectF bounds = m_layout.bounds();
    QRectF rect = bounds.isNull() ? QRectF(0, 0, 800, 600) : bounds.adjusted(-400, -300, 400, 300);
    // A view's scroll bars are ranges over the scene rect. A rect that no
    // longer holds what a view shows (an element dropped, moved or undone
    // near the edge of the drawing) makes the view clamp its scroll bars,
    // or centre a scene smaller than the window: the drawing jumps under
    // the mouse and the next click lands on something else. So the rect
    // never leaves out what a view shows now; it shrinks when the user
    // scrolls away and the drawing changes again.
    // The area counts as the viewport would be without scroll bars: a rect
    // that holds just the smaller viewport makes the bars come and go, and
    // the drawing moves by their width each time.
    for (const QGraphicsView *view : m_fresh ? QList<QGraphicsView *>() : views()) {
        const QRect area(view->viewport()->rect().topLeft(), view->maximumViewportSize());
        rect |= view->mapToScene(area.adjusted(-2, -2, 2, 2)).boundingRect();
    }
    if (rect != sceneRect())
        setSceneRect(rect);
}

bool DeploymentScene::repaintInPlace(const QStringList &ids)
{
    // A property edit (a setting, an address, a name) usually leaves every
    // box where it was: repaint the edited boxes and stop there. A full sync
    // re-parents and repaints every item and makes the flows re-route:
    // at 1,000 nodes that was most of an edit's time on the UI thread.
    const Project &p = m_document->project();
    DrawingLayout layout = DrawingLayout::compute(p);
    if (layout.rects() != m_layout.rects())
        return false;
    const QList<DrawingConnection> connections = ElementPainter::connections(p);
    if (connections.size() != m_connections.size())
        return false;
    for (qsizetype i = 0; i < connections.size(); ++i)
        if (!(connections[i] == m_connections[i]->connection()))
            return false;
    m_layout = std::move(layout);
    for (const ElementId &id : ids)
        if (QGraphicsItem *item = m_items.value(id)) {
            item->setToolTip(toolTipFor(p, id));
            item->update();
        }
    return true;
}

void DeploymentScene::rebuildConnections()
{
    // Deleting a selected line emits selectionChanged, whose listeners read
    // m_connections: empty it before the items go.
    qDeleteAll(std::exchange(m_connections, {}));
    for (const DrawingConnection &c : ElementPainter::connections(m_document->project())) {
        if (!m_items.contains(c.from) || !m_items.contains(c.to))
            continue;
        auto item = new ConnectionItem(this, c);
        addItem(item);
        m_connections.append(item);
    }
}

void DeploymentScene::updateConnections()
{
    if (m_syncing)
        return;
    for (ConnectionItem *c : std::as_const(m_connections))
        c->updateGeometry();
    Q_EMIT geometryChanged();
}

QStringList DeploymentScene::dropPaletteEntry(const PaletteEntry &entry, const QPointF &scenePos,
                                              QString *error)
{
    const Project &p = m_document->project();
    const QPointF at = m_snap ? snapped(scenePos, nullptr) : scenePos;
    if (entry.type == PaletteEntry::Type::Component) {
        // A component dropped on a node runs on that node.
        const ElementId target = elementAt(scenePos);
        if (!p.node(target)) {
            *error = tr("Drop a component on a node to add it there.");
            return {};
        }
        const QString current = ElementProperties::value(p, m_document->catalogs(), target, u"components"_s);
        if (current.split(u", "_s).contains(entry.component)) {
            *error = tr("%1 already runs %2.").arg(target, entry.component);
            return {};
        }
        // A drop is a step of its own: Ctrl+Z takes back this component only.
        auto command =
            new PropertyStepEdit(m_document, target, u"components"_s,
                                 current.isEmpty() ? entry.component : current + u", "_s + entry.component);
        if (!command->error().isEmpty()) {
            *error = command->error();
            delete command;
            return {};
        }
        m_document->undoStack()->push(command);
        return {target};
    }
    const ElementId zone = zoneAt(scenePos);
    if (entry.kind != ElementKind::Zone && zone.isEmpty()) {
        *error = tr("Drop it inside a zone: every element sits in one.");
        return {};
    }
    QString base =
        entry.kind == ElementKind::Zone ? zoneKindName(entry.zoneKind) : elementKindName(entry.kind);
    if (entry.count > 1)
        base = u"node-group"_s;
    AnyElement element = makeElement(entry.kind, ProjectEdits::uniqueId(p, base), zone);
    std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (!std::is_same_v<T, Link>)
                e.placement.position = at;
            if constexpr (std::is_same_v<T, Zone>) {
                e.kind = entry.zoneKind;
                e.placement.size = QSizeF(320, 200);
                e.name = tr("New %1").arg(zoneKindName(entry.zoneKind));
            } else if constexpr (std::is_same_v<T, Node>) {
                e.count = entry.count;
                e.name = entry.count > 1 ? tr("Node group") : tr("Node");
            } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                e.name = tr("Load balancer");
            } else if constexpr (std::is_same_v<T, NatLayer>) {
                e.name = tr("NAT");
                e.inside = zone;
            } else if constexpr (std::is_same_v<T, Firewall>) {
                e.name = tr("Firewall");
                e.inside = {zone};
            } else if constexpr (std::is_same_v<T, Client>) {
                e.name = tr("Clients");
            }
        },
        element);
    auto command = new AddElementsEdit(m_document, {element});
    const QStringList added = command->addedIds();
    // Dropped near its zone's edge: the zone grows to hold it, in the same
    // step (one undo takes both back).
    QHash<ElementId, QRectF> growth;
    if (added.size() == 1) {
        const QSizeF size = entry.kind == ElementKind::Zone
                                ? QSizeF(320, 200)
                                : QSizeF(DrawingLayout::ElementWidth, DrawingLayout::ElementHeight);
        growth = ZoneGrowth::grow(p, {{added.first(), QRectF(at, size)}}, {{added.first(), zone}},
                                  [this](const ElementId &id) { return sceneRectOf(id); });
    }
    QUndoStack *stack = m_document->undoStack();
    if (!growth.isEmpty())
        stack->beginMacro(command->text());
    stack->push(command);
    pushGrowth(growth);
    if (!growth.isEmpty())
        stack->endMacro();
    selectIds(added);
    return added;
}

bool DeploymentScene::connectElements(const ElementId &from, const ElementId &to, QString *error)
{
    auto command = new ConnectEdit(m_document, from, to);
    if (!command->error().isEmpty()) {
        *error = command->error();
        delete command;
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

void DeploymentScene::commitMove(const QHash<ElementId, QPointF> &sceneTopLefts, const QString &text)
{
    const Project &p = m_document->project();
    QHash<ElementId, QPointF> positions = sceneTopLefts;
    // A position counts only inside a placed zone: pin unplaced ancestors
    // where they are drawn now, so nothing jumps back.
    for (auto it = sceneTopLefts.cbegin(); it != sceneTopLefts.cend(); ++it) {
        for (ElementId up = ProjectEdits::container(p, it.key()); !up.isEmpty();
             up = ProjectEdits::container(p, up))
            if (!ProjectEdits::position(p, up) && !positions.contains(up))
                positions.insert(up, m_layout.rect(up).topLeft());
    }
    // Dropped into another zone: the element moves there too (one step).
    QHash<ElementId, QStringList> reparent;
    for (auto it = sceneTopLefts.cbegin(); it != sceneTopLefts.cend(); ++it) {
        const QRectF r(it.value(), sceneRectOf(it.key()).size());
        const ElementId target = zoneAt(r.center(), {it.key()});
        if (target != ProjectEdits::container(p, it.key()) && (!target.isEmpty() || p.zone(it.key())))
            reparent[target].append(it.key());
    }
    // Moved near its zone's edge: the zone grows rather than let it stick out.
    QHash<ElementId, QRectF> edited;
    QHash<ElementId, ElementId> containers;
    for (auto it = sceneTopLefts.cbegin(); it != sceneTopLefts.cend(); ++it)
        edited.insert(it.key(), QRectF(it.value(), sceneRectOf(it.key()).size()));
    for (auto it = reparent.cbegin(); it != reparent.cend(); ++it)
        for (const ElementId &id : it.value())
            containers.insert(id, it.key());
    const QHash<ElementId, QRectF> growth =
        ZoneGrowth::grow(p, edited, containers, [this](const ElementId &id) { return sceneRectOf(id); });
    QUndoStack *stack = m_document->undoStack();
    const bool macro = !reparent.isEmpty() || !growth.isEmpty();
    if (macro)
        stack->beginMacro(!text.isEmpty() ? text
                                          : (reparent.isEmpty() ? tr("Move") : tr("Move into another zone")));
    for (auto it = reparent.cbegin(); it != reparent.cend(); ++it) {
        auto command = new ReparentEdit(m_document, it.value(), it.key());
        if (!command->error().isEmpty())
            Q_EMIT statusMessage(command->error());
        stack->push(command);
    }
    auto move = new MoveElementsEdit(m_document, positions);
    if (!text.isEmpty())
        move->setText(text);
    stack->push(move);
    pushGrowth(growth);
    if (macro)
        stack->endMacro();
    sync(); // a refused or empty move puts the items back where the document says
}

void DeploymentScene::nudgeSelection(const QPointF &delta)
{
    QHash<ElementId, QPointF> positions;
    for (const ElementId &id : selectedIds())
        if (!m_document->project().link(id))
            positions.insert(id, sceneRectOf(id).topLeft() + delta);
    if (positions.isEmpty())
        return;
    m_document->undoStack()->push(new MoveElementsEdit(m_document, positions, m_nudgeKey));
}

void DeploymentScene::commitResize(const ElementId &zone, const QRectF &sceneRect)
{
    // A child zone resized past its parent's edge grows the parent too.
    const QHash<ElementId, QRectF> growth =
        ZoneGrowth::grow(m_document->project(), {{zone, sceneRect}}, {},
                         [this](const ElementId &id) { return sceneRectOf(id); });
    QUndoStack *stack = m_document->undoStack();
    auto resize = new ResizeZoneEdit(m_document, zone, sceneRect.topLeft(), sceneRect.size());
    if (!growth.isEmpty())
        stack->beginMacro(resize->text());
    stack->push(resize);
    pushGrowth(growth);
    if (!growth.isEmpty())
        stack->endMacro();
    sync();
}

void DeploymentScene::pushGrowth(const QHash<ElementId, QRectF> &growth)
{
    QStringList zones = growth.keys();
    zones.sort();
    for (const ElementId &zone : std::as_const(zones)) {
        const QRectF r = growth.value(zone);
        m_document->undoStack()->push(new ResizeZoneEdit(m_document, zone, r.topLeft(), r.size()));
    }
}

namespace {

QString alignmentText(Alignment::Mode mode)
{
    switch (mode) {
    case Alignment::Mode::Left:
        return DeploymentScene::tr("Align left");
    case Alignment::Mode::HorizontalCentre:
        return DeploymentScene::tr("Align centres horizontally");
    case Alignment::Mode::Right:
        return DeploymentScene::tr("Align right");
    case Alignment::Mode::Top:
        return DeploymentScene::tr("Align top");
    case Alignment::Mode::VerticalCentre:
        return DeploymentScene::tr("Align centres vertically");
    case Alignment::Mode::Bottom:
        return DeploymentScene::tr("Align bottom");
    case Alignment::Mode::DistributeHorizontally:
        return DeploymentScene::tr("Distribute horizontally");
    case Alignment::Mode::DistributeVertically:
        return DeploymentScene::tr("Distribute vertically");
    }
    return {};
}

} // namespace

QStringList DeploymentScene::topLevelSelection() const
{
    const Project &p = m_document->project();
    QStringList ids;
    for (const ElementId &id : selectedIds())
        if (m_items.value(id) && m_items.value(id)->isSelected())
            ids.append(id);
    // Whatever sits inside a selected zone moves with it, not on its own.
    QStringList out;
    for (const ElementId &id : std::as_const(ids)) {
        bool inside = false;
        for (ElementId up = ProjectEdits::container(p, id); !up.isEmpty() && !inside;
             up = ProjectEdits::container(p, up))
            inside = ids.contains(up);
        if (!inside)
            out.append(id);
    }
    return out;
}

void DeploymentScene::alignSelection(Alignment::Mode mode)
{
    QHash<ElementId, QRectF> rects;
    for (const ElementId &id : topLevelSelection())
        rects.insert(id, sceneRectOf(id));
    QHash<ElementId, QPointF> positions = Alignment::arrange(rects, mode);
    for (auto it = positions.begin(); it != positions.end();)
        it = it.value() == rects.value(it.key()).topLeft() ? positions.erase(it) : std::next(it);
    if (positions.isEmpty()) {
        Q_EMIT statusMessage(mode == Alignment::Mode::DistributeHorizontally ||
                                     mode == Alignment::Mode::DistributeVertically
                                 ? tr("Select three or more elements to distribute.")
                                 : tr("Select two or more elements to align."));
        return;
    }
    commitMove(positions, alignmentText(mode));
}

void DeploymentScene::autoLayout()
{
    if (m_document->project().allIds().isEmpty())
        return;
    m_document->undoStack()->push(new ApplyLayoutEdit(
        m_document, AutoLayout::compute(m_document->project(), DrawingLayout::autoLayoutMetrics())));
}

void DeploymentScene::deleteSelection()
{
    const Project &p = m_document->project();
    QStringList elements;
    for (const ElementId &id : p.allIds())
        if (QGraphicsItem *item = m_items.value(id); item && item->isSelected())
            elements.append(id);
    QList<DrawingConnection> lines;
    for (const ConnectionItem *c : std::as_const(m_connections)) {
        if (!c->isSelected())
            continue;
        if (p.link(c->connection().owner)) {
            if (!elements.contains(c->connection().owner))
                elements.append(c->connection().owner);
        } else {
            lines.append(c->connection());
        }
    }
    // Lines whose ends or owner go anyway need no step of their own.
    const QStringList closure = ProjectEdits::removalClosure(p, elements);
    lines.removeIf([&](const DrawingConnection &c) {
        return closure.contains(c.owner) || closure.contains(c.to) || closure.contains(c.from);
    });
    // Highest index first, so the indices still to come stay valid.
    std::sort(lines.begin(), lines.end(), [](const DrawingConnection &a, const DrawingConnection &b) {
        return a.owner != b.owner ? a.owner < b.owner : a.index > b.index;
    });
    if (elements.isEmpty() && lines.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    const bool macro = (elements.isEmpty() ? 0 : 1) + lines.size() > 1;
    if (macro)
        stack->beginMacro(tr("Delete"));
    if (!elements.isEmpty())
        stack->push(new RemoveElementsEdit(m_document, elements));
    for (const DrawingConnection &c : std::as_const(lines)) {
        auto command = new DisconnectEdit(m_document, c.owner, c.to, c.index);
        if (!command->error().isEmpty())
            Q_EMIT statusMessage(command->error());
        stack->push(command);
    }
    if (macro)
        stack->endMacro();
}

void DeploymentScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(PaletteEntry::fromMime(event->mimeData()).has_value());
}

void DeploymentScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(PaletteEntry::fromMime(event->mimeData()).has_value());
}

void DeploymentScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto entry = PaletteEntry::fromMime(event->mimeData());
    if (!entry) {
        event->ignore();
        return;
    }
    QString error;
    if (dropPaletteEntry(*entry, event->scenePos(), &error).isEmpty())
        Q_EMIT statusMessage(error);
    event->acceptProposedAction();
}

void DeploymentScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Connect from here (the context menu): this press picks the other end.
    if (m_clickToConnect) {
        const ElementId from = m_connectFrom;
        const ElementId to = event->button() == Qt::LeftButton ? elementAt(event->scenePos()) : ElementId();
        cancelConnect();
        QString error;
        if (to.isEmpty() || to == from)
            Q_EMIT statusMessage(tr("Not connected: click another element to connect to."));
        else if (!connectElements(from, to, &error))
            Q_EMIT statusMessage(error);
        event->accept();
        return;
    }
    // Connect mode, or Alt+drag: draw a line from one element to another.
    if (event->button() == Qt::LeftButton && (m_connectMode || event->modifiers() & Qt::AltModifier)) {
        m_connectFrom = elementAt(event->scenePos());
        if (!m_connectFrom.isEmpty()) {
            m_rubberLine = addLine(QLineF(event->scenePos(), event->scenePos()),
                                   QPen(m_theme.selection, 2, Qt::DashLine));
            m_rubberLine->setZValue(100);
            event->accept();
            return;
        }
    }
    // A zone's resize handle goes before whatever overlaps it (a child zone
    // over its parent's border, a line): those sit above the zone and
    // would take the press. They let the left button pass for this press.
    QList<std::pair<QGraphicsItem *, Qt::MouseButtons>> muted;
    if (event->button() == Qt::LeftButton)
        if (ZoneItem *zone = zoneHandleAt(event->scenePos()))
            for (QGraphicsItem *item : items(event->scenePos())) {
                if (item == zone)
                    break;
                if (item->acceptedMouseButtons() & Qt::LeftButton) {
                    muted.append({item, item->acceptedMouseButtons()});
                    item->setAcceptedMouseButtons(item->acceptedMouseButtons() & ~Qt::LeftButton);
                }
            }
    QGraphicsScene::mousePressEvent(event);
    for (const auto &[item, buttons] : std::as_const(muted))
        item->setAcceptedMouseButtons(buttons);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems())
        if (item->type() != ConnectionItem::Type)
            m_pressPositions.insert(idOf(item), item->scenePos());
}

void DeploymentScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DeploymentScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_clickToConnect)
        return; // the line waits for a press on the other end
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const ElementId to = elementAt(event->scenePos());
        QString error;
        if (!to.isEmpty() && !connectElements(m_connectFrom, to, &error))
            Q_EMIT statusMessage(error);
        m_connectFrom.clear();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // Only items whose parent did not move with them: a zone carries its content.
    QHash<ElementId, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        QGraphicsItem *item = m_items.value(it.key());
        if (!item || item->scenePos() == it.value())
            continue;
        bool parentMoved = false;
        for (QGraphicsItem *up = item->parentItem(); up; up = up->parentItem())
            parentMoved |= m_pressPositions.contains(idOf(up));
        if (!parentMoved)
            moved.insert(it.key(), item->scenePos());
    }
    m_pressPositions.clear();
    if (!moved.isEmpty())
        commitMove(moved);
}

} // namespace portolan
