#include "flowlayer.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "canvas/elementitem.h"
#include "derive/flowexplanationtext.h"
#include "document/document.h"
#include "flowlegend.h"
#include "flowpathitem.h"
#include "render/drawinglayout.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QSettings>
#include <QToolBar>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qreal LaneGap = 9;

const QString ShowKey = u"flows/show"_s;
const QString HiddenAudiencesKey = u"flows/hiddenAudiences"_s;
const QString HiddenProductsKey = u"flows/hiddenProducts"_s;
const QString SelectedOnlyKey = u"flows/selectedOnly"_s;

// Where a path starts, passes or ends on the canvas.
struct Anchor
{
    ElementId id;
    QRectF rect;
    bool zone = false;
    bool hull = false; // a member set: a frame around its nodes
};

std::optional<Anchor> anchorOf(const DeploymentScene *scene, const FlowEndpoint &end)
{
    if (end.isMemberSet()) {
        QRectF united;
        for (const QString &member : end.members)
            if (scene->itemFor(member))
                united |= scene->sceneRectOf(member);
        if (united.isNull())
            return std::nullopt;
        return Anchor{end.id, united.adjusted(-8, -8 - 10, 8, 8), false, true};
    }
    if (!scene->itemFor(end.id))
        return std::nullopt;
    return Anchor{end.id, scene->sceneRectOf(end.id), scene->document()->project().zone(end.id) != nullptr,
                  false};
}

// Where the offset line leaves (or enters) `r`; the line's own end when it
// never crosses the border (a zone around the other end).
QPointF clipTo(const QRectF &r, const QLineF &line, bool start)
{
    const QList<QLineF> edges = {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
                                 QLineF(r.bottomRight(), r.bottomLeft()),
                                 QLineF(r.bottomLeft(), r.topLeft())};
    std::optional<QPointF> best;
    const QPointF other = start ? line.p2() : line.p1();
    for (const QLineF &e : edges) {
        QPointF hit;
        if (line.intersects(e, &hit) == QLineF::BoundedIntersection &&
            (!best || QLineF(hit, other).length() < QLineF(*best, other).length()))
            best = hit;
    }
    return best.value_or(start ? line.p1() : line.p2());
}

QLineF segmentLine(const Anchor &a, const Anchor &b, qreal offset)
{
    QPointF ca = a.rect.center();
    QPointF cb = b.rect.center();
    // A zone around the other end: leave from its title band instead of
    // from behind the element.
    if (a.zone && a.rect.contains(b.rect.center()))
        ca = QPointF(cb.x(), a.rect.top() + DrawingLayout::Header / 2);
    if (b.zone && b.rect.contains(a.rect.center()))
        cb = QPointF(ca.x(), b.rect.top() + DrawingLayout::Header / 2);
    // A member set around one of its own members (the rest of a cluster
    // talking to it): a short stub towards the frame's nearest side; the
    // dashed frame already says who the rest are.
    auto nearestSide = [](const QRectF &frame, const QPointF &p) {
        const qreal left = p.x() - frame.left(), right = frame.right() - p.x();
        const qreal top = p.y() - frame.top(), bottom = frame.bottom() - p.y();
        const qreal m = std::min({left, right, top, bottom});
        if (m == left)
            return QPointF(frame.left(), p.y());
        if (m == right)
            return QPointF(frame.right(), p.y());
        if (m == top)
            return QPointF(p.x(), frame.top());
        return QPointF(p.x(), frame.bottom());
    };
    constexpr qreal Stub = 22;
    if (a.hull && a.rect.contains(cb)) {
        const QLineF towards(nearestSide(a.rect, cb), cb);
        const QPointF entry = clipTo(b.rect, towards, false);
        QLineF out(entry, towards.p1());
        out.setLength(std::min(Stub, out.length()));
        return QLineF(out.p2(), entry);
    }
    if (b.hull && b.rect.contains(ca)) {
        const QLineF away(ca, nearestSide(b.rect, ca));
        const QPointF exit = clipTo(a.rect, away, true);
        QLineF out(exit, away.p2());
        out.setLength(std::min(Stub, out.length()));
        return QLineF(exit, out.p2());
    }
    // Lanes are measured from the pair in id order, so the two directions
    // between the same elements get different sides.
    QLineF ordered = a.id < b.id ? QLineF(ca, cb) : QLineF(cb, ca);
    if (ordered.length() < 1)
        return QLineF(ca, cb);
    const QPointF n = QPointF(-ordered.dy(), ordered.dx()) / ordered.length() * offset;
    const QLineF shifted(ca + n, cb + n);
    return QLineF(clipTo(a.rect, shifted, true), clipTo(b.rect, shifted, false));
}

QPainterPath loopAt(const QRectF &r, int lane)
{
    const qreal reach = 34 + 14 * lane;
    const QPointF out(r.right(), r.center().y() - 8);
    const QPointF back(r.right(), r.center().y() + 8);
    QPainterPath path(out);
    path.cubicTo(out + QPointF(reach, -reach / 1.5), back + QPointF(reach, reach / 1.5), back);
    return path;
}

} // namespace

FlowLayer::FlowLayer(DeploymentScene *scene, PlanService *plans, FlowSelection *selection, QWidget *window)
    : QObject(window), m_scene(scene), m_plans(plans), m_selection(selection), m_snapshot(plans->snapshot())
{
    setObjectName(u"FlowLayer"_s);
    createActions(window);
    connect(plans, &PlanService::snapshotReady, this, [this](const PlanSnapshotPtr &snapshot) {
        const PlanSnapshotPtr shown = std::exchange(m_snapshot, snapshot);
        updateProductActions();
        const QList<qsizetype> *changed = snapshot->changedFlowsSince(shown.get());
        if (!changed || !updateChangedFlows(*shown, *changed))
            rebuild();
    });
    connect(scene, &DeploymentScene::geometryChanged, this, &FlowLayer::updateGeometry);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selectedOnly->isChecked())
            rebuild();
    });
    connect(selection, &FlowSelection::changed, this, [this](const QStringList &keys, const QObject *origin) {
        applyHighlight();
        // Picked in the table or the rules view: bring the path into sight.
        if (origin == this || keys.isEmpty())
            return;
        if (FlowPathItem *item = m_itemByKey.value(keys.first()); item && item->isVisible())
            for (QGraphicsView *view : m_scene->views())
                view->ensureVisible(item->sceneBoundingRect(), 40, 40);
    });
    scene->installEventFilter(this);
    updateProductActions();
    rebuild();
}

FlowLayer::~FlowLayer()
{
    // The items paint through the layer: take them out of the scene first.
    m_scene->removeEventFilter(this);
    qDeleteAll(m_items);
    delete m_legend;
}

void FlowLayer::createActions(QWidget *window)
{
    QSettings settings;
    m_menu = new QMenu(tr("Flo&ws"), window);
    m_menu->setObjectName(u"FlowsMenu"_s);
    m_toolBar = new QToolBar(tr("Flows"), window);
    m_toolBar->setObjectName(u"FlowsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_show = m_menu->addAction(tr("&Show Flows"));
    m_show->setObjectName(u"ShowFlowsAction"_s);
    m_show->setCheckable(true);
    m_show->setChecked(settings.value(ShowKey, true).toBool());
    m_show->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_show->setToolTip(tr("Draw the derived port flows on the canvas"));
    m_toolBar->addAction(m_show);

    m_selectedOnly = m_menu->addAction(tr("Only Flows of the &Selected Elements"));
    m_selectedOnly->setObjectName(u"SelectedOnlyFlowsAction"_s);
    m_selectedOnly->setCheckable(true);
    m_selectedOnly->setChecked(settings.value(SelectedOnlyKey, false).toBool());
    m_selectedOnly->setToolTip(tr("Draw only the flows that start, end or pass at the selected elements"));
    m_toolBar->addAction(m_selectedOnly);
    m_menu->addSeparator();

    const QStringList hidden = settings.value(HiddenAudiencesKey).toStringList();
    m_toolBar->addSeparator();
    for (Audience a : FlowBundles::drawnAudiences()) {
        QAction *action = m_menu->addAction(FlowBundles::audienceTitle(a));
        action->setObjectName(u"FlowAudience_"_s + audienceName(a));
        action->setCheckable(true);
        action->setChecked(!hidden.contains(audienceName(a)));
        action->setToolTip(tr("Draw the flows whose audience is %1").arg(FlowBundles::audienceTitle(a)));
        QPixmap swatch(12, 12);
        swatch.fill(FlowBundles::audienceColor(a));
        action->setIcon(QIcon(swatch));
        m_audiences.insert(int(a), action);
        m_toolBar->addAction(action);
        connect(action, &QAction::toggled, this, [this] {
            saveSettings();
            rebuild();
        });
    }
    m_menu->addSeparator();
    m_productMenu = m_menu->addMenu(tr("&Products"));
    m_hiddenProducts = settings.value(HiddenProductsKey).toStringList();

    for (QAction *a : {m_show, m_selectedOnly})
        connect(a, &QAction::toggled, this, [this] {
            saveSettings();
            rebuild();
        });
}

void FlowLayer::updateProductActions()
{
    QStringList products;
    for (const Flow &f : m_snapshot->plan.flows)
        if (!products.contains(f.product))
            products.append(f.product);
    std::sort(products.begin(), products.end());
    QStringList current = m_products.keys();
    current.sort();
    if (products == current && !products.isEmpty())
        return; // the same products: keep the actions (and an open menu) as they are
    qDeleteAll(m_products);
    m_products.clear();
    m_productMenu->clear();
    for (const QString &product : std::as_const(products)) {
        QAction *action = m_productMenu->addAction(product);
        action->setCheckable(true);
        action->setChecked(!m_hiddenProducts.contains(product));
        m_products.insert(product, action);
        connect(action, &QAction::toggled, this, [this, product](bool on) {
            if (on)
                m_hiddenProducts.removeAll(product);
            else if (!m_hiddenProducts.contains(product))
                m_hiddenProducts.append(product);
            saveSettings();
            rebuild();
        });
    }
    m_productMenu->setEnabled(!products.isEmpty());
}

void FlowLayer::saveSettings() const
{
    QSettings settings;
    settings.setValue(ShowKey, m_show->isChecked());
    settings.setValue(SelectedOnlyKey, m_selectedOnly->isChecked());
    QStringList hidden;
    for (Audience a : FlowBundles::drawnAudiences())
        if (!m_audiences.value(int(a))->isChecked())
            hidden.append(audienceName(a));
    settings.setValue(HiddenAudiencesKey, hidden);
    QStringList products = m_hiddenProducts;
    products.sort();
    settings.setValue(HiddenProductsKey, products);
}

FlowFilter FlowLayer::filter() const
{
    FlowFilter f;
    for (Audience a : FlowBundles::drawnAudiences())
        if (!m_audiences.value(int(a))->isChecked())
            f.hiddenAudiences.append(a);
    for (const QString &p : m_hiddenProducts)
        f.hiddenProducts.insert(p);
    if (m_selectedOnly->isChecked())
        f.onlyElements = m_scene->selectedIds();
    return f;
}

const DrawingTheme &FlowLayer::theme() const
{
    return m_scene->theme();
}

FlowPathItem *FlowLayer::itemForFlow(const QString &flowKey) const
{
    return m_itemByKey.value(flowKey);
}

QString FlowLayer::toolTipFor(const FlowBundle &bundle) const
{
    constexpr int Shown = 6;
    QStringList parts;
    parts.append(tr("%n flow(s): %1", nullptr, int(bundle.flows.size())).arg(bundle.label()));
    for (qsizetype i = 0; i < bundle.flows.size() && i < Shown; ++i) {
        const Flow &f = bundle.flows[i];
        QString title;
        if (const ComponentDef *c = m_snapshot->catalogs.component(f.component))
            if (const PortDef *p = c->port(f.port))
                title = p->title;
        QString part = FlowBundles::explain(f, title);
        if (f.path.status == PathStatus::CannotWork)
            part += u'\n' + tr("Cannot work: %1").arg(FlowPaths::reason(f));
        // The packet hop by hop (explain) for a path of one flow or a few.
        if (bundle.flows.size() <= 2)
            if (const auto explained = FlowExplanationText::explainOne(m_snapshot->plan, f))
                part += u'\n' + FlowExplanationText::steps(*explained).join(u'\n');
        parts.append(part);
    }
    if (bundle.flows.size() > Shown)
        parts.append(tr("… and %n more", nullptr, int(bundle.flows.size() - Shown)));
    return parts.join(u"\n\n"_s);
}

void FlowLayer::rebuild()
{
    if (m_legend) {
        QList<Audience> hidden = filter().hiddenAudiences;
        m_legend->setState(hidden, theme().dark);
        m_legend->setVisible(m_show->isChecked());
    }
    // "Only the selected elements" with nothing selected draws everything:
    // an empty canvas would look like a plan without flows.
    QList<FlowBundle> bundles;
    if (m_show->isChecked())
        bundles = FlowBundles::bundle(m_snapshot->plan.flows, filter());
    // Paths that are still there keep their items: an edit changes a few
    // bundles, and replacing all of them (5,000 at 1,000 nodes) made the
    // scene re-index and repaint everything, about 2 s per edit. The order
    // is the new plan's, so lanes come out as a fresh build would draw them.
    QHash<QString, FlowPathItem *> previous;
    previous.reserve(m_items.size());
    for (FlowPathItem *item : std::as_const(m_items))
        previous.insert(item->bundle().pathKey(), item);
    QList<FlowPathItem *> next;
    next.reserve(bundles.size());
    QList<FlowPathItem *> relabel; // same path, other flows
    QStringList oldKeys;           // theirs before
    bool laidAgain = false;        // some path is new, gone or has other ends
    for (FlowBundle &bundle : bundles) {
        FlowPathItem *item = previous.take(bundle.pathKey());
        if (!item) {
            item = new FlowPathItem(this, std::move(bundle));
            m_scene->addItem(item);
            laidAgain = true;
        } else {
            const QStringList keys = item->flowKeys();
            switch (item->setBundle(std::move(bundle))) {
            case FlowPathItem::BundleChange::None:
                break;
            case FlowPathItem::BundleChange::Ends:
                laidAgain = true;
                break;
            case FlowPathItem::BundleChange::Flows:
                relabel.append(item);
                oldKeys += keys;
                break;
            }
        }
        next.append(item);
    }
    laidAgain |= !previous.isEmpty() || next != m_items;
    qDeleteAll(previous);
    m_items = std::move(next);
    if (laidAgain) {
        indexKeys();
        updateGeometry();
        return;
    }
    rekey(relabel, oldKeys);
}

void FlowLayer::rekey(const QList<FlowPathItem *> &items, const QStringList &oldKeys)
{
    // Every old key out before any new one goes in: a flow can move from
    // one changed bundle to another.
    for (const QString &key : oldKeys)
        m_itemByKey.remove(key);
    for (FlowPathItem *item : items)
        for (const QString &key : item->flowKeys())
            m_itemByKey.insert(key, item);
    // Only labels can have changed (ports added or gone): place those.
    if (!items.isEmpty()) {
        updateLabels(QSet<FlowPathItem *>(items.cbegin(), items.cend()));
        applyHighlight();
    }
}

bool FlowLayer::updateChangedFlows(const PlanSnapshot &before, const QList<qsizetype> &changed)
{
    // What rebuild() would do for an edit that changed a few flows in place
    // (a port, an address), without bundling all 5,000 flows again: only
    // the bundles holding a changed flow are rebuilt. Anything that would
    // move a path (a flow shown or hidden, other ends or hops, other
    // members) is left to rebuild(): false, nothing touched.
    if (!m_show->isChecked())
        return m_items.isEmpty();
    const FlowFilter f = filter();
    const FlowList &now = m_snapshot->plan.flows;
    QHash<FlowPathItem *, QHash<QString, qsizetype>> touched; // item -> old key -> new position
    for (qsizetype i : changed) {
        const Flow &was = before.plan.flows[i], &is = now[i];
        const bool shownBefore = f.accepts(was);
        if (shownBefore != f.accepts(is))
            return false;
        if (!shownBefore)
            continue;
        if (was.source.id != is.source.id || was.destination.id != is.destination.id ||
            was.via.size() != is.via.size() || was.source.members != is.source.members ||
            was.destination.members != is.destination.members)
            return false;
        for (qsizetype h = 0; h < is.via.size(); ++h)
            if (was.via[h].id != is.via[h].id)
                return false;
        const QString key = was.key();
        FlowPathItem *item = m_itemByKey.value(key);
        if (!item)
            return false;
        touched[item].insert(key, i);
    }
    QList<FlowPathItem *> items;
    QList<FlowBundle> bundles;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        // The path's flows with the changed ones replaced, in plan (key)
        // order; FlowBundles::bundle makes them into the path's one bundle.
        const FlowList &drawn = it.key()->bundle().flows;
        const QStringList drawnKeys = it.key()->flowKeys(); // parallel to `drawn`
        QList<QPair<QString, Flow>> flows;
        flows.reserve(drawn.size());
        for (qsizetype n = 0; n < drawn.size(); ++n) {
            const qsizetype position = it->value(drawnKeys[n], -1);
            if (position < 0)
                flows.append({drawnKeys[n], drawn[n]});
            else
                flows.append({now[position].key(), now[position]});
        }
        std::sort(flows.begin(), flows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        FlowList ordered;
        ordered.reserve(flows.size());
        for (const auto &[key, flow] : std::as_const(flows))
            ordered.append(flow);
        QList<FlowBundle> rebuilt = FlowBundles::bundle(ordered);
        if (rebuilt.size() != 1)
            return false; // not one path after all: leave it to rebuild()
        items.append(it.key());
        bundles.append(std::move(rebuilt.first()));
    }
    QList<FlowPathItem *> relabel;
    QStringList oldKeys;
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QStringList keys = items[n]->flowKeys();
        if (items[n]->setBundle(std::move(bundles[n])) == FlowPathItem::BundleChange::Flows) {
            relabel.append(items[n]);
            oldKeys += keys;
        }
    }
    rekey(relabel, oldKeys);
    return true;
}

void FlowLayer::updateLabels(const QSet<FlowPathItem *> &moved)
{
    // Inside a member set every member gets the same arrow: one label per
    // set and text keeps the frame readable. Which one shows can change
    // with any label, so this looks at every path, but places only the
    // labels that moved, appeared or went; those keep off the labels that
    // stay and off each other, in path order (the same drawing always
    // gets the same places).
    QSet<QString> labelledSets;
    ObstacleGrid placed(m_scene->sceneRect(), 80);
    QList<FlowPathItem *> toPlace;
    for (FlowPathItem *item : std::as_const(m_items)) {
        if (!item->isVisible())
            continue;
        bool shown = true;
        if (item->isWithinMemberSet()) {
            const QString key = item->memberSetLabelKey();
            shown = !labelledSets.contains(key);
            labelledSets.insert(key);
        }
        // A hidden label goes back to its piece's own place (where a fresh
        // drawing puts it); a shown one may have to slide off a card.
        const bool toggled = shown != item->isLabelShown();
        item->setLabelShown(shown);
        if (toggled || moved.contains(item))
            toPlace.append(item);
        else if (shown)
            placed.insert({{}, item->labelRect()});
    }
    for (FlowPathItem *item : std::as_const(toPlace))
        placeLabelOf(item, placed);
}

void FlowLayer::indexKeys()
{
    m_itemByKey.clear();
    m_itemByKey.reserve(m_items.size() * 2);
    for (FlowPathItem *item : std::as_const(m_items))
        for (const QString &key : item->flowKeys())
            m_itemByKey.insert(key, item);
}

namespace {

QPointF pointOn(const FlowPathItem::Segment &s, qreal t)
{
    return s.control ? (1 - t) * (1 - t) * s.line.p1() + 2 * (1 - t) * t * *s.control + t * t * s.line.p2()
                     : s.line.pointAt(t);
}

// A label beside the line rather than on it: the centre moves along the
// line's normal just far enough for the box to clear the line.
QPointF besideLine(const FlowPathItem::Segment &s, qreal t, const QSizeF &size, qreal side)
{
    const QPointF a = pointOn(s, std::max(0.0, t - 0.01)), b = pointOn(s, std::min(1.0, t + 0.01));
    const QLineF tangent(a, b);
    if (tangent.length() < 1e-6)
        return pointOn(s, t);
    const QPointF n(-tangent.dy() / tangent.length(), tangent.dx() / tangent.length());
    const qreal reach = std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2 + 3;
    return pointOn(s, t) + side * reach * n;
}

} // namespace

void FlowLayer::placeLabelOf(FlowPathItem *item, ObstacleGrid &placed)
{
    // A label over a card hides its name, over a zone's title band the
    // zone's, over another label both: try the label's own place, then
    // along each piece of the path (longest first), then beside it; the
    // first place free of all three wins. Tried before it moves, so an
    // unchanged path leaves its item (and the scene) alone.
    const QRectF own = item->labelRectAt(-1);
    if (!item->isLabelShown()) {
        item->setLabelRect(own);
        return;
    }
    auto isFree = [&](const QRectF &r) {
        const QRectF padded = r.adjusted(-1, -1, 1, 1);
        return !labelOnElement(r) && !placed.anyNear(padded, [&](const ObstacleGrid::Obstacle &o) {
            return o.rect.intersects(padded);
        });
    };
    std::optional<QRectF> chosen;
    if (isFree(own)) {
        chosen = own;
    } else if (!item->segments().isEmpty()) {
        QList<const FlowPathItem::Segment *> pieces;
        for (const FlowPathItem::Segment &s : item->segments())
            pieces.append(&s);
        std::stable_sort(pieces.begin(), pieces.end(),
                         [](const auto *a, const auto *b) { return a->line.length() > b->line.length(); });
        const QSizeF size = own.size();
        auto at = [&](const QPointF &centre) {
            return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        };
        static constexpr qreal Along[] = {0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.15, 0.85};
        // On the line, then beside it, then further off (a dense knot of
        // paths between a few cards).
        for (qreal side : {0.0, 1.0, -1.0, 2.2, -2.2, 3.4, -3.4, 4.6, -4.6, 5.8, -5.8}) {
            for (const FlowPathItem::Segment *s : std::as_const(pieces)) {
                for (qreal t : Along) {
                    const QRectF r = at(side == 0 ? pointOn(*s, t) : besideLine(*s, t, size, side));
                    if (isFree(r)) {
                        chosen = r;
                        break;
                    }
                }
                if (chosen)
                    break;
            }
            if (chosen)
                break;
        }
    }
    if (!chosen) {
        // No free place along the path (a member set's own loop has no
        // piece; two cards close together leave none): step away from the
        // label's own place in widening rings, nearest first.
        const qreal dx = own.width() / 2 + 2, dy = own.height() + 2;
        for (int ring = 1; ring <= 8 && !chosen; ++ring)
            for (const QPointF &step : {QPointF(0, -1), QPointF(0, 1), QPointF(1, 0), QPointF(-1, 0),
                                        QPointF(1, -1), QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1)}) {
                const QRectF r = own.translated(step.x() * dx * ring, step.y() * dy * ring);
                if (isFree(r)) {
                    chosen = r;
                    break;
                }
            }
    }
    item->setLabelRect(chosen.value_or(own));
    placed.insert({{}, item->labelRect()});
}

void FlowLayer::updateGeometry()
{
    if (m_items.isEmpty())
        return;
    collectObstacles();
    struct Planned
    {
        QList<Anchor> chain;
        bool ok = false;
    };
    QList<Planned> planned;
    planned.reserve(m_items.size());
    // Pass 1: the anchors of every path and how many paths use each pair
    // of elements, so parallel paths get lanes side by side.
    QHash<QString, int> pairCount;
    QHash<ElementId, int> loopCount;
    // Thousands of paths share a few hundred ends: look each up once.
    // (A member set's id names its cluster and zone; the members are
    // compared all the same, cheaply: they share one list.)
    QHash<ElementId, std::pair<QStringList, std::optional<Anchor>>> anchors;
    auto anchor = [&](const FlowEndpoint &end) {
        auto it = anchors.constFind(end.id);
        if (it != anchors.cend() && it->first == end.members)
            return it->second;
        const std::optional<Anchor> a = anchorOf(m_scene, end);
        anchors.insert(end.id, {end.members, a});
        return a;
    };
    auto pairKey = [](const ElementId &a, const ElementId &b) -> QString {
        return a < b ? a + u'|' + b : b + u'|' + a;
    };
    for (FlowPathItem *item : std::as_const(m_items)) {
        const FlowBundle &b = item->bundle();
        Planned p;
        const auto src = anchor(b.source);
        const auto dst = anchor(b.destination);
        if (src && dst) {
            p.ok = true;
            p.chain.append(*src);
            for (const QString &hop : b.hops) {
                if (hop == b.source.id || hop == b.destination.id || !m_scene->itemFor(hop))
                    continue; // links have no box; an end is not its own hop
                p.chain.append(Anchor{hop, m_scene->sceneRectOf(hop), false, false});
            }
            p.chain.append(*dst);
            if (p.chain.size() == 2 && src->id == dst->id)
                loopCount[src->id]++;
            for (qsizetype i = 1; i < p.chain.size(); ++i)
                if (p.chain[i - 1].id != p.chain[i].id)
                    pairCount[pairKey(p.chain[i - 1].id, p.chain[i].id)]++;
        }
        planned.append(p);
    }
    QHash<QString, int> pairUsed;
    QHash<ElementId, int> loopUsed;
    QSet<FlowPathItem *> laid;
    QList<QRectF> framedHulls; // member-set frames some path draws already
    for (qsizetype n = 0; n < m_items.size(); ++n) {
        FlowPathItem *item = m_items[n];
        const Planned &p = planned[n];
        item->setVisible(p.ok);
        if (!p.ok)
            continue;
        QList<FlowPathItem::Segment> segments;
        QPainterPath loop;
        QList<QRectF> hulls;
        for (const Anchor &a : p.chain)
            if (a.hull && !hulls.contains(a.rect))
                hulls.append(a.rect);
        if (p.chain.size() == 2 && p.chain[0].id == p.chain[1].id) {
            loop = loopAt(p.chain[0].rect, loopUsed[p.chain[0].id]++);
        } else {
            for (qsizetype i = 1; i < p.chain.size(); ++i) {
                const Anchor &a = p.chain[i - 1];
                const Anchor &b = p.chain[i];
                if (a.id == b.id)
                    continue;
                const QString key = pairKey(a.id, b.id);
                const int count = pairCount.value(key);
                const int lane = pairUsed[key]++;
                const qreal centred = lane - (count - 1) / 2.0;
                FlowPathItem::Segment s{segmentLine(a, b, centred * LaneGap), a.id, b.id, 0.5, std::nullopt};
                // A straight line through another element would read as a
                // hop there: bow around it instead.
                // The first bow, on either side and ever wider, that clears
                // every card; the narrowest when none does.
                if (crossesElement(s.line, a.id, b.id)) {
                    const QLineF ordered = a.id < b.id ? s.line : QLineF(s.line.p2(), s.line.p1());
                    const QPointF normal =
                        QPointF(-ordered.dy(), ordered.dx()) / std::max(1.0, ordered.length());
                    const QPointF centre = s.line.center();
                    auto bow = [&](qreal reach, int side) {
                        const QPointF control =
                            centre + side * normal * (2 * (reach + centred * LaneGap * 1.6));
                        return std::pair(QLineF(clipTo(a.rect, QLineF(a.rect.center(), control), true),
                                                clipTo(b.rect, QLineF(control, b.rect.center()), false)),
                                         control);
                    };
                    auto [line, control] = bow(48, 1);
                    bool clear = false;
                    for (qreal reach : {48.0, 96.0, 150.0, 220.0, 320.0}) {
                        for (int side : {1, -1}) {
                            const auto [l, c] = bow(reach, side);
                            if (!bowCrossesElement(l, c, a.id, b.id)) {
                                std::tie(line, control, clear) = std::tuple(l, c, true);
                                break;
                            }
                        }
                        if (clear)
                            break;
                    }
                    s.line = line;
                    s.control = control;
                }
                // Staggered along the line so that parallel labels do not stack.
                s.labelAt = std::clamp(0.5 + centred * 0.16, 0.2, 0.8);
                segments.append(s);
            }
        }
        QList<bool> drawn;
        for (const QRectF &hull : std::as_const(hulls)) {
            drawn.append(!framedHulls.contains(hull));
            if (drawn.last())
                framedHulls.append(hull);
        }
        item->setGeometry(segments, loop, hulls, drawn);
        laid.insert(item);
    }
    updateLabels(laid);
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

bool FlowLayer::crossesElement(const QLineF &line, const ElementId &from, const ElementId &to) const
{
    const QRectF span = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
    return m_obstacles.anyAlong(line, 1, [&](const ObstacleGrid::Obstacle &o) {
        // The element's own card, a little shrunk: grazing a corner is fine.
        const QRectF r = o.rect.adjusted(6, 6, -6, -6);
        if (!r.isValid() || !r.intersects(span) || o.id == from || o.id == to)
            return false;
        if (r.contains(line.p1()) || r.contains(line.p2()))
            return true;
        const QLineF edges[] = {{r.topLeft(), r.topRight()},
                                {r.topRight(), r.bottomRight()},
                                {r.bottomRight(), r.bottomLeft()},
                                {r.bottomLeft(), r.topLeft()}};
        for (const QLineF &edge : edges)
            if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                return true;
        return false;
    });
}

bool FlowLayer::labelOnElement(const QRectF &rect) const
{
    return m_titles.anyNear(rect, [&](const ObstacleGrid::Obstacle &o) { return o.rect.intersects(rect); });
}

bool FlowLayer::bowCrossesElement(const QLineF &line, const QPointF &control, const ElementId &from,
                                  const ElementId &to) const
{
    // The curve as a few chords: close enough to tell a card in the way.
    constexpr int Chords = 12;
    const FlowPathItem::Segment bow{line, from, to, 0.5, control};
    QPointF last = line.p1();
    for (int i = 1; i <= Chords; ++i) {
        const QPointF next = pointOn(bow, qreal(i) / Chords);
        if (crossesElement(QLineF(last, next), from, to))
            return true;
        last = next;
    }
    return false;
}

void FlowLayer::applyHighlight()
{
    const QStringList keys = m_selection->keys();
    const QSet<QString> selected(keys.cbegin(), keys.cend());
    bool any = false;
    for (const QString &k : keys)
        any |= m_itemByKey.contains(k);
    // Nothing selected before or now: every path is plain already.
    if (!any && !m_anyHighlighted)
        return;
    m_anyHighlighted = any;
    for (FlowPathItem *item : std::as_const(m_items)) {
        QList<const Flow *> chosen;
        for (const Flow &f : item->bundle().flows)
            if (selected.contains(f.key()))
                chosen.append(&f);
        QList<FlowPathItem::Tag> tags;
        if (!chosen.isEmpty()) {
            // One tag per place on the path, listing what each selected flow
            // looks like there (at most a few lines).
            auto add = [&tags](const QPointF &at, const QStringList &lines) {
                QStringList distinct = lines;
                distinct.removeDuplicates();
                if (distinct.size() > 4) {
                    const qsizetype more = distinct.size() - 3;
                    distinct = distinct.mid(0, 3);
                    distinct.append(FlowLayer::tr("… and %n more", nullptr, int(more)));
                }
                tags.append({at, distinct.join(u'\n')});
            };
            const auto &segs = item->segments();
            if (!segs.isEmpty()) {
                QStringList src, dst;
                for (const Flow *f : chosen) {
                    src.append(FlowBundles::sourceText(*f));
                    dst.append(FlowBundles::destinationText(*f));
                }
                add(segs.first().line.p1(), src);
                for (const auto &s : segs) {
                    if (s.to == item->bundle().destination.id)
                        continue;
                    QStringList lines;
                    for (const Flow *f : chosen)
                        for (const FlowHop &hop : f->via)
                            if (hop.id == s.to)
                                lines.append(hop.id + u": "_s + FlowBundles::hopText(hop));
                    if (!lines.isEmpty())
                        add(s.line.p2(), lines);
                }
                add(segs.last().line.p2(), dst);
            }
        }
        item->setHighlight(!chosen.isEmpty(), any && chosen.isEmpty(), tags);
    }
}

void FlowLayer::select(const QStringList &keys, bool toggle)
{
    QStringList next = keys;
    if (toggle) {
        next = m_selection->keys();
        const bool allIn =
            std::all_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return next.contains(k); });
        for (const QString &k : keys) {
            if (allIn)
                next.removeAll(k);
            else if (!next.contains(k))
                next.append(k);
        }
    }
    m_selection->setKeys(next, this);
}

bool FlowLayer::eventFilter(QObject *watched, QEvent *event)
{
    // A left click on the canvas that misses every flow ends the flow
    // selection, as a click on empty space ends the element selection.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMousePress) {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && !m_selection->keys().isEmpty()) {
            bool onFlow = false;
            for (QGraphicsItem *item : m_scene->items(e->scenePos()))
                onFlow |= item->type() == FlowPathItem::Type;
            if (!onFlow)
                m_selection->clear(this);
        }
    }
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneContextMenu) {
        const auto *menu = static_cast<QGraphicsSceneContextMenuEvent *>(event);
        if (flowPathMenu(menu->scenePos(), menu->screenPos()))
            return true;
    }
    // Path tooltips are written when asked for (FlowPathItem::ensureToolTip);
    // the scene, which handles the event after this, shows them.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneHelp) {
        const auto *help = static_cast<QGraphicsSceneHelpEvent *>(event);
        for (QGraphicsItem *item : m_scene->items(help->scenePos()))
            if (item->type() == FlowPathItem::Type)
                static_cast<FlowPathItem *>(item)->ensureToolTip();
    }
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        placeLegend();
    return QObject::eventFilter(watched, event);
}

bool FlowLayer::flowPathMenu(const QPointF &scenePos, const QPoint &screenPos)
{
    // Only when a path is the topmost thing under the mouse: paths are
    // drawn over the cards, but a card's menu is wanted off the line.
    const QList<QGraphicsItem *> under = m_scene->items(scenePos);
    if (under.isEmpty() || under.first()->type() != FlowPathItem::Type || !under.first()->isVisible())
        return false;
    const auto *item = static_cast<const FlowPathItem *>(under.first());
    const FlowBundle &b = item->bundle();
    // A member set stands for its members: the menu acts on the first.
    auto element = [this](const FlowEndpoint &end) {
        if (m_scene->itemFor(end.id))
            return end.id;
        for (const QString &member : end.members)
            if (m_scene->itemFor(member))
                return member;
        return ElementId();
    };
    CanvasTarget target;
    target.kind = CanvasTarget::Kind::FlowPath;
    target.id = element(b.source);
    target.destination = element(b.destination);
    target.flowKeys = item->flowKeys();
    target.label = item->label();
    Q_EMIT contextMenuRequested(target, screenPos);
    return true;
}

void FlowLayer::attachLegend(QWidget *viewport)
{
    // A sibling above the viewport rather than its child: the graphics
    // view paints its viewport over child widgets.
    m_viewport = viewport;
    m_legend = new FlowLegend(viewport->parentWidget());
    m_legend->raise();
    viewport->installEventFilter(this);
    m_legend->setState(filter().hiddenAudiences, theme().dark);
    m_legend->setVisible(m_show->isChecked());
    placeLegend();
}

void FlowLayer::placeLegend()
{
    if (!m_legend || !m_viewport)
        return;
    m_legend->resize(m_legend->sizeHint());
    const QRect area = m_viewport->geometry();
    m_legend->move(area.left() + 10, area.bottom() - m_legend->height() - 10);
    m_legend->raise();
}

} // namespace portolan
