// A canvas that reads well (issue 16), driven by synthetic events on the
// offscreen platform: context menus on elements, lines and flow paths; a
// view that stays put under drops, moves and undo; zones that grow to hold
// their children and keep their own handles; flow labels clear of each
// other and of titles, arrows clear of cards after Auto Layout; the flows
// table's document titles; an open palette.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/connectionitem.h"
#include "canvas/deploymentscene.h"
#include "canvas/elementitem.h"
#include "canvas/palettemime.h"
#include "canvas/zoneitem.h"
#include "document/document.h"
#include "document/moveelementsedit.h"
#include "document/projectedits.h"
#include "flows/flowfilterproxy.h"
#include "flows/flowlayer.h"
#include "flows/flowpathitem.h"
#include "flows/flowspanel.h"
#include "flows/flowtablemodel.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "panels/inspectorpanel.h"
#include "panels/palettepanel.h"
#include "panels/palettetree.h"
#include "render/drawinglayout.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name + u".yaml"_s;
}

const QString Kong33 = u"kong-3.3-lb-stream-transparent"_s;

void open(MainWindow &w, const QString &name, qreal zoom = 1.0)
{
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.openFile(example(name)), qPrintable(w.lastError()));
    w.view()->setZoom(zoom);
    w.planService()->waitUntilCurrent();
}

// A right click as the platform reports it to the canvas.
QMenu *contextMenuAt(MainWindow &w, const QPointF &scenePos)
{
    QWidget *viewport = w.view()->viewport();
    const QPoint at = viewPoint(w, scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    QMenu *menu = nullptr;
    for (QMenu *m : w.findChildren<QMenu *>(u"CanvasContextMenu"_s))
        if (m->isVisible())
            menu = m;
    return menu;
}

// Clicks the menu entry named `name` (the menu closes and deletes itself).
bool choose(QMenu *menu, const QString &name)
{
    QAction *action = menu->findChild<QAction *>(name);
    if (!action || !action->isEnabled())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
    return true;
}

// A palette drag ending on the canvas at `scenePos`, carrying `mime`.
void dropMime(MainWindow &w, const QMimeData *mime, const QPointF &scenePos)
{
    QWidget *viewport = w.view()->viewport();
    const QPoint at = viewPoint(w, scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
}

void drop(MainWindow &w, const QString &key, const QPointF &scenePos)
{
    auto entry = PaletteEntry::fromKey(key);
    QVERIFY(entry);
    std::unique_ptr<QMimeData> mime(entry->toMime());
    dropMime(w, mime.get(), scenePos);
}

void drag(MainWindow &w, const QPointF &from, const QPointF &to)
{
    QWidget *viewport = w.view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, from));
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, viewPoint(w, from + (to - from) * step / 4.0));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, to));
}

// A point of `line` that no flow path, label or other line covers: where
// a right click means the line itself.
std::optional<QPointF> freePointOn(MainWindow &w, const QLineF &line, const QGraphicsItem *want)
{
    // A client that uses two ports of one node has two lines there, one
    // over the other: a click on either means a line between the two.
    auto same = [want](const QGraphicsItem *item) {
        if (item == want)
            return true;
        if (item->type() != ConnectionItem::Type || want->type() != ConnectionItem::Type)
            return false;
        const DrawingConnection &a = static_cast<const ConnectionItem *>(item)->connection();
        const DrawingConnection &b = static_cast<const ConnectionItem *>(want)->connection();
        return a.owner == b.owner && a.to == b.to;
    };
    for (qreal t = 0.15; t <= 0.85; t += 0.05) {
        const QPointF p = line.pointAt(t);
        const QList<QGraphicsItem *> under = w.scene()->items(p);
        if (!under.isEmpty() && same(under.first()))
            return p;
    }
    return std::nullopt;
}

QList<ElementId> cardIds(MainWindow &w)
{
    QList<ElementId> ids;
    for (QGraphicsItem *item : w.scene()->items())
        if (item->type() == ElementItem::Type)
            ids.append(w.scene()->idOf(item));
    return ids;
}

// Where titles are drawn: a card's whole box, a zone's title band.
QList<std::pair<QString, QRectF>> titleRects(MainWindow &w)
{
    QList<std::pair<QString, QRectF>> out;
    for (const ElementId &id : cardIds(w))
        out.append({id, w.scene()->sceneRectOf(id)});
    for (const Zone &z : w.document()->project().zones) {
        const QRectF r = w.scene()->sceneRectOf(z.id);
        out.append({z.id + u" title"_s, QRectF(r.left(), r.top(), r.width(), DrawingLayout::Header)});
    }
    return out;
}

QString labelProblems(MainWindow &w)
{
    QList<const FlowPathItem *> shown;
    for (const FlowPathItem *item : w.flowLayer()->items())
        if (item->isVisible() && item->isLabelShown())
            shown.append(item);
    if (shown.isEmpty())
        return u"no labels drawn"_s;
    QStringList problems;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRectF r = shown[i]->labelRect();
        for (qsizetype j = i + 1; j < shown.size(); ++j)
            if (r.intersects(shown[j]->labelRect()))
                problems.append(u"\"%1\" on \"%2\""_s.arg(shown[i]->label(), shown[j]->label()));
        for (const auto &[what, title] : titleRects(w))
            if (r.intersects(title))
                problems.append(u"\"%1\" on %2"_s.arg(shown[i]->label(), what));
    }
    return problems.join(u"; "_s);
}

bool chordCrosses(const QLineF &chord, const QRectF &r)
{
    if (r.contains(chord.p1()) || r.contains(chord.p2()))
        return true;
    const QLineF edges[] = {{r.topLeft(), r.topRight()},
                            {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()},
                            {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &e : edges)
        if (chord.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

// Arrows through a card that is neither of the piece's ends (a member
// set's end: none of its members). Cards count a few units in from the
// border: grazing a corner is not crossing.
QString crossings(MainWindow &w)
{
    QStringList problems;
    const QList<ElementId> cards = cardIds(w);
    for (const FlowPathItem *item : w.flowLayer()->items()) {
        if (!item->isVisible())
            continue;
        const FlowBundle &b = item->bundle();
        for (const FlowPathItem::Segment &s : item->segments()) {
            QStringList ends{s.from, s.to};
            if (s.from == b.source.id || s.to == b.source.id)
                ends += b.source.members;
            if (s.from == b.destination.id || s.to == b.destination.id)
                ends += b.destination.members;
            const QPainterPath path = s.path();
            for (const ElementId &id : cards) {
                if (ends.contains(id))
                    continue;
                const QRectF r = w.scene()->sceneRectOf(id).adjusted(6, 6, -6, -6);
                QPointF last = path.pointAtPercent(0);
                for (int i = 1; i <= 24; ++i) {
                    const QPointF next = path.pointAtPercent(i / 24.0);
                    if (chordCrosses(QLineF(last, next), r)) {
                        problems.append(u"%1 → %2 (%3) crosses %4"_s.arg(s.from, s.to, item->label(), id));
                        break;
                    }
                    last = next;
                }
            }
        }
    }
    return problems.join(u"; "_s);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void elementMenuDeletes();
    void elementMenuConnectsFromHere();
    void elementMenuShowsOnlyItsFlowsAndProperties();
    void lineMenuDeletesTheLineAlone();
    void flowPathMenuSelectsItsFlows();
    void viewStaysPut();
    void droppedChildZoneGrowsParent();
    void movedAndResizedChildGrowsParent();
    void parentHandleBeatsOverlappingChild();
    void labelsClearOfLabelsAndTitles_data();
    void labelsClearOfLabelsAndTitles();
    void autoLayoutArrowsMissCards_data();
    void autoLayoutArrowsMissCards();
    void documentColumnShowsTitle();
    void paletteShowsEveryGroup();
    void paletteFilters();
    void componentDropsAreStepsOfTheirOwn();
};

void TestCanvas::initTestCase()
{
    useTestSettings(u"tst_canvas"_s);
}

void TestCanvas::init()
{
    startWithCleanSettings();
}

void TestCanvas::elementMenuDeletes()
{
    MainWindow w;
    open(w, Kong33);
    const QByteArray before = savedBytes(w);
    const QRectF box = w.scene()->sceneRectOf(u"internal-apps"_s);
    w.view()->centerOn(box.center());
    QMenu *menu = contextMenuAt(w, box.center() + QPointF(30, 0));
    QVERIFY(menu);
    for (const QString &name :
         {u"contextDelete"_s, u"contextConnect"_s, u"contextShowFlows"_s, u"contextProperties"_s})
        QVERIFY2(menu->findChild<QAction *>(name) && menu->findChild<QAction *>(name)->isEnabled(),
                 qPrintable(name));
    QCOMPARE(w.scene()->selectedIds(), QStringList{u"internal-apps"_s});
    QVERIFY(choose(menu, u"contextDelete"_s));
    QVERIFY(!w.document()->project().client(u"internal-apps"_s));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
}

void TestCanvas::elementMenuConnectsFromHere()
{
    MainWindow w;
    open(w, Kong33);
    const QRectF from = w.scene()->sceneRectOf(u"internal-apps"_s);
    const QRectF to = w.scene()->sceneRectOf(u"kong-gw"_s);
    w.view()->centerOn((from.center() + to.center()) / 2);
    const qsizetype uses = w.document()->project().client(u"internal-apps"_s)->uses.size();
    QMenu *menu = contextMenuAt(w, from.center() + QPointF(30, 0));
    QVERIFY(menu);
    QVERIFY(choose(menu, u"contextConnect"_s));
    QVERIFY(w.findChild<QAction *>(u"connectModeAction"_s)->isChecked());
    QVERIFY(w.scene()->isConnecting());
    QCOMPARE(w.document()->undoStack()->count(), 0);
    // The next click on another element ends the line there: one step.
    QTest::mouseMove(w.view()->viewport(), viewPoint(w, to.center()));
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      viewPoint(w, to.center() + QPointF(30, 0)));
    QVERIFY(!w.scene()->isConnecting());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const Client *client = w.document()->project().client(u"internal-apps"_s);
    QCOMPARE(client->uses.size(), uses + 1);
    QCOMPARE(client->uses.last().target, u"kong-gw"_s);
    QVERIFY(connectionItem(w, u"internal-apps"_s, u"kong-gw"_s));

    // Escape gives up: nothing connected.
    menu = contextMenuAt(w, from.center() + QPointF(30, 0));
    QVERIFY(choose(menu, u"contextConnect"_s));
    QVERIFY(w.scene()->isConnecting());
    QTest::keyClick(w.view()->viewport(), Qt::Key_Escape);
    QVERIFY(!w.scene()->isConnecting());
    QCOMPARE(w.document()->undoStack()->count(), 1);
}

void TestCanvas::elementMenuShowsOnlyItsFlowsAndProperties()
{
    MainWindow w;
    open(w, Kong33);
    QVERIFY(!w.flowLayer()->selectedOnlyAction()->isChecked());
    const QRectF box = w.scene()->sceneRectOf(u"kong-transparent"_s);
    w.view()->centerOn(box.center());
    QMenu *menu = contextMenuAt(w, box.center() + QPointF(40, 10));
    QVERIFY(menu);
    QVERIFY(choose(menu, u"contextShowFlows"_s));
    QVERIFY(w.flowLayer()->selectedOnlyAction()->isChecked());
    QCOMPARE(w.scene()->selectedIds(), QStringList{u"kong-transparent"_s});
    int drawn = 0;
    for (const FlowPathItem *item : w.flowLayer()->items()) {
        if (!item->isVisible())
            continue;
        ++drawn;
        const FlowBundle &b = item->bundle();
        QVERIFY2(b.source.id == u"kong-transparent"_s || b.destination.id == u"kong-transparent"_s ||
                     b.hops.contains(u"kong-transparent"_s),
                 qPrintable(b.pathKey()));
    }
    QVERIFY(drawn > 0);
    QCOMPARE(w.flowsPanel()->elementFilter()->currentData().toString(), u"kong-transparent"_s);
    for (int row = 0; row < w.flowsPanel()->proxy()->rowCount(); ++row)
        QVERIFY(w.flowsPanel()
                    ->proxy()
                    ->index(row, 0)
                    .data(FlowTableModel::ElementsRole)
                    .toStringList()
                    .contains(u"kong-transparent"_s));

    // Properties: the inspector shows the element and has the keyboard.
    const QRectF lb = w.scene()->sceneRectOf(u"lb"_s);
    w.view()->centerOn(lb.center());
    menu = contextMenuAt(w, lb.center() + QPointF(40, 10));
    QVERIFY(choose(menu, u"contextProperties"_s));
    QCOMPARE(w.inspector()->element(), u"lb"_s);
    QTRY_VERIFY(QApplication::focusWidget() && w.inspector()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(w.document()->undoStack()->count(), 0);
}

void TestCanvas::lineMenuDeletesTheLineAlone()
{
    MainWindow w;
    open(w, Kong33);
    // Flows drawn over the lines would take the click: off for this one.
    w.flowLayer()->showAction()->trigger();
    ConnectionItem *line = connectionItem(w, u"operators"_s, u"kong-transparent"_s);
    QVERIFY(line);
    const QLineF l = ElementPainter::edgeLine(w.scene()->sceneRectOf(u"operators"_s),
                                              w.scene()->sceneRectOf(u"kong-transparent"_s));
    const auto at = freePointOn(w, l, line);
    QVERIFY(at);
    w.view()->centerOn(*at);
    QMenu *menu = contextMenuAt(w, *at);
    QVERIFY(menu);
    QCOMPARE(menu->findChild<QAction *>(u"contextDelete"_s)->text().remove(u'&'), u"Delete Line"_s);
    const qsizetype uses = w.document()->project().client(u"operators"_s)->uses.size();
    int lines = 0;
    for (QGraphicsItem *item : w.scene()->items())
        if (item->type() == ConnectionItem::Type) {
            const auto &c = static_cast<ConnectionItem *>(item)->connection();
            lines += c.owner == u"operators"_s && c.to == u"kong-transparent"_s;
        }
    QVERIFY(choose(menu, u"contextDelete"_s));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(w.document()->project().client(u"operators"_s));
    QVERIFY(w.document()->project().node(u"kong-transparent"_s));
    QVERIFY(w.document()->project().client(u"operators"_s)->uses.size() < uses);
    int left = 0; // the other use of the same node keeps its own line
    for (QGraphicsItem *item : w.scene()->items())
        if (item->type() == ConnectionItem::Type) {
            const auto &c = static_cast<ConnectionItem *>(item)->connection();
            left += c.owner == u"operators"_s && c.to == u"kong-transparent"_s;
        }
    QCOMPARE(left, lines - 1);
}

void TestCanvas::flowPathMenuSelectsItsFlows()
{
    MainWindow w;
    open(w, Kong33);
    const FlowPathItem *path = nullptr;
    for (const FlowPathItem *item : w.flowLayer()->items())
        if (item->isVisible() && item->isLabelShown() &&
            w.scene()->items(item->labelRect().center()).value(0) == item) {
            path = item;
            break;
        }
    QVERIFY(path);
    w.view()->centerOn(path->labelRect().center());
    QMenu *menu = contextMenuAt(w, path->labelRect().center());
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction *>(u"contextDelete"_s)->isEnabled()); // derived, not drawn
    QVERIFY(menu->findChild<QAction *>(u"contextShowFlows"_s));
    QVERIFY(choose(menu, u"contextSelectFlows"_s));
    QCOMPARE(w.flowSelection()->keys(), path->flowKeys());
}

void TestCanvas::viewStaysPut()
{
    MainWindow w;
    open(w, Kong33);
    // Looking at the drawing's bottom-right corner: the scene rect shrinks
    // and grows right there.
    QScrollBar *h = w.view()->horizontalScrollBar();
    QScrollBar *v = w.view()->verticalScrollBar();
    h->setValue(h->maximum());
    v->setValue(v->maximum());
    const QPointF fixed = w.view()->mapToScene(w.view()->viewport()->rect().center());
    const QPoint seen = viewPoint(w, fixed);
    auto unchanged = [&](const char *after) {
        QCoreApplication::processEvents();
        if (viewPoint(w, fixed) != seen)
            qWarning("%s: the view moved by %d, %d", after, (viewPoint(w, fixed) - seen).x(),
                     (viewPoint(w, fixed) - seen).y());
        return viewPoint(w, fixed) == seen;
    };
    // A drop in the rightmost zone, near its bottom-right corner.
    const QRectF ops = w.scene()->sceneRectOf(u"admin-net"_s);
    drop(w, u"node"_s, ops.bottomRight() - QPointF(100, 40));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(unchanged("drop"));
    // A move: the operators' card dragged down and right.
    const QRectF card = w.scene()->sceneRectOf(u"operators"_s);
    w.scene()->clearSelection();
    drag(w, card.center(), card.center() + QPointF(60, 80));
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QVERIFY(unchanged("move"));
    w.document()->undoStack()->undo();
    QVERIFY(unchanged("undo of the move"));
    w.document()->undoStack()->undo();
    QVERIFY(unchanged("undo of the drop"));
    w.document()->undoStack()->redo();
    QVERIFY(unchanged("redo"));

    // Zoomed out, the drawing is smaller than the window: the view used to
    // centre it again after every change.
    w.view()->setZoom(0.3);
    const QPointF fixedOut = w.view()->mapToScene(w.view()->viewport()->rect().center());
    const QPoint seenOut = viewPoint(w, fixedOut);
    const QRectF dc = w.scene()->sceneRectOf(u"dc"_s);
    drag(w, w.scene()->sceneRectOf(u"api-clients"_s).center(),
         QPointF(dc.right() + 150, w.scene()->sceneRectOf(u"api-clients"_s).center().y()));
    QCOMPARE(viewPoint(w, fixedOut), seenOut);
    w.document()->undoStack()->undo();
    QCOMPARE(viewPoint(w, fixedOut), seenOut);
}

void TestCanvas::droppedChildZoneGrowsParent()
{
    MainWindow w;
    open(w, Kong33, 0.6);
    const QByteArray before = savedBytes(w);
    const QRectF dc = w.scene()->sceneRectOf(u"dc"_s);
    w.view()->centerOn(dc.bottomRight());
    // A 320 × 200 subnet dropped 100 units inside the datacenter's corner.
    const QPointF at = dc.bottomRight() - QPointF(100, 100);
    drop(w, u"zone:subnet"_s, at);
    QCOMPARE(w.document()->undoStack()->count(), 1); // the drop and the growth: one step
    const Project &p = w.document()->project();
    QCOMPARE(p.zones.size(), 7);
    const Zone &added = p.zones.last();
    // Inside the datacenter (in the operations network there): every zone
    // around it holds it.
    QVERIFY(added.parent == u"dc"_s || w.document()->project().zone(added.parent)->parent == u"dc"_s);
    const QRectF child = w.scene()->sceneRectOf(added.id);
    QVERIFY(w.scene()->sceneRectOf(added.parent).contains(child));
    const QRectF grown = w.scene()->sceneRectOf(u"dc"_s);
    QVERIFY2(
        grown.contains(child),
        qPrintable(u"%1,%2 %3x%4"_s.arg(grown.x()).arg(grown.y()).arg(grown.width()).arg(grown.height())));
    QCOMPARE(grown.topLeft(), dc.topLeft());
    QVERIFY(grown.right() >= child.right() + 10 && grown.bottom() >= child.bottom() + 10);
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
    QCOMPARE(w.scene()->sceneRectOf(u"dc"_s), dc);
}

void TestCanvas::movedAndResizedChildGrowsParent()
{
    MainWindow w;
    open(w, Kong33, 0.6);
    const QByteArray before = savedBytes(w);
    const QRectF dc = w.scene()->sceneRectOf(u"dc"_s);
    const QRectF gateway = w.scene()->sceneRectOf(u"gateway"_s);
    w.view()->centerOn(dc.bottomLeft());
    w.scene()->clearSelection();
    // Dragged by its title 40 units past the datacenter's left edge (its
    // centre still inside): the datacenter grows left, one step.
    const QPointF grip(gateway.left() + 60, gateway.top() + 10);
    const qreal shift = dc.left() - gateway.left() - 40;
    drag(w, grip, grip + QPointF(shift, 0));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->project().zone(u"gateway"_s)->parent, u"dc"_s);
    const QRectF moved = w.scene()->sceneRectOf(u"gateway"_s);
    QCOMPARE(moved.left(), gateway.left() + shift);
    QRectF grown = w.scene()->sceneRectOf(u"dc"_s);
    QVERIFY(grown.contains(moved));
    QCOMPARE(grown.right(), dc.right());
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);

    // Resized from its bottom-right corner past the datacenter's bottom.
    w.scene()->selectIds({u"apps"_s});
    const QRectF apps = w.scene()->sceneRectOf(u"apps"_s);
    w.view()->centerOn(apps.bottomRight());
    const QPointF corner = apps.bottomRight() - QPointF(2, 2);
    const qreal down = dc.bottom() - apps.bottom() + 60;
    drag(w, corner, corner + QPointF(0, down));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const QRectF tall = w.scene()->sceneRectOf(u"apps"_s);
    QCOMPARE(tall.height(), apps.height() + down);
    grown = w.scene()->sceneRectOf(u"dc"_s);
    QVERIFY(grown.contains(tall));
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
}

void TestCanvas::parentHandleBeatsOverlappingChild()
{
    MainWindow w;
    open(w, Kong33, 0.6);
    // A file can have a child over its parent's border (an older drawing):
    // the gateway subnet put across the datacenter's left edge.
    const QRectF dc = w.scene()->sceneRectOf(u"dc"_s);
    const QRectF gateway = w.scene()->sceneRectOf(u"gateway"_s);
    w.document()->undoStack()->push(
        new MoveElementsEdit(w.document(), {{u"gateway"_s, QPointF(dc.left() - 60, gateway.top())}}));
    const QRectF child = w.scene()->sceneRectOf(u"gateway"_s);
    QVERIFY(child.left() < dc.left() && child.right() > dc.left());
    const QByteArray before = savedBytes(w);
    w.scene()->selectIds({u"dc"_s});
    // The parent's left edge, where the child lies over it.
    const QPointF edge(dc.left() + 2, child.center().y());
    QCOMPARE(w.scene()->items(edge).first(), w.scene()->itemFor(u"gateway"_s)); // the child is on top
    w.view()->centerOn(edge);
    drag(w, edge, edge - QPointF(100, 0));
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QCOMPARE(w.scene()->sceneRectOf(u"gateway"_s), child); // the child did not move
    const QRectF resized = w.scene()->sceneRectOf(u"dc"_s);
    QCOMPARE(resized.left(), dc.left() - 100);
    QCOMPARE(resized.right(), dc.right());
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
}

void TestCanvas::labelsClearOfLabelsAndTitles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("kong 3.3") << Kong33;
    QTest::newRow("cumulocity") << u"cumulocity-on-premises"_s;
}

void TestCanvas::labelsClearOfLabelsAndTitles()
{
    QFETCH(QString, name);
    MainWindow w;
    open(w, name);
    const QString problems = labelProblems(w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCanvas::autoLayoutArrowsMissCards_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n :
         {Kong33, u"cumulocity-on-premises"_s, u"kong-0x-two-datacenters-nat"_s, u"livekit-sip-aws"_s})
        QTest::newRow(qPrintable(n)) << n;
}

void TestCanvas::autoLayoutArrowsMissCards()
{
    QFETCH(QString, name);
    MainWindow w;
    open(w, name);
    w.findChild<QAction *>(u"autoLayout"_s)->trigger();
    w.planService()->waitUntilCurrent();
    QCoreApplication::processEvents();
    const QString crossed = crossings(w);
    QVERIFY2(crossed.isEmpty(), qPrintable(crossed));
    const QString problems = labelProblems(w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCanvas::documentColumnShowsTitle()
{
    MainWindow w;
    open(w, Kong33);
    const FlowTableModel *model = w.flowsPanel()->model();
    QVERIFY(model->rowCount() > 0);
    bool kong = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, FlowTableModel::Document);
        const QString text = cell.data().toString();
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(!text.contains(u"seeds/"_s) && !text.endsWith(u".txt"_s), qPrintable(text));
        QCOMPARE(tip, model->flow(row).sourceDocument);
        if (model->flow(row).sourceDocument == u"seeds/002_0e25ac38b0009e5c.txt"_s) {
            QCOMPARE(text, u"Kong Gateway 3.3.x: Network and Firewall"_s);
            kong = true;
        }
    }
    QVERIFY(kong);
}

void TestCanvas::paletteShowsEveryGroup()
{
    // A project opened: its catalogs include firewalld's services where
    // firewalld is installed (a new project has the bundled ones only).
    MainWindow w;
    open(w, Kong33);
    auto palette = w.findChild<PalettePanel *>();
    QVERIFY(palette);
    QTreeWidget *tree = palette->tree();
    QCoreApplication::processEvents();
    // Elements, zones and a group per product (Kong's three catalogs in one).
    QVERIFY(tree->topLevelItemCount() >= 10);
    QCOMPARE(PalettePanel::groupKey(tree->topLevelItem(0)), u"elements"_s);
    QCOMPARE(PalettePanel::groupKey(tree->topLevelItem(1)), u"zones"_s);
    int kongGroups = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        QVERIFY(group->childCount() > 0);
        // Elements and zones open; a product (and the two hundred firewalld
        // services above all) closed until the user opens it.
        QCOMPARE(group->isExpanded(), i < 2);
        if (PalettePanel::groupKey(group) == u"product:kong"_s) {
            ++kongGroups;
            QCOMPARE(group->childCount(), 3);
        }
    }
    QCOMPARE(kongGroups, 1);
    // Every element and zone entry, and every group's header, on screen
    // without scrolling.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        QTRY_VERIFY2(tree->viewport()->rect().contains(tree->visualItemRect(group)),
                     qPrintable(group->text(0)));
        if (i < 2) // Elements, Zones
            for (int c = 0; c < group->childCount(); ++c)
                QVERIFY2(tree->viewport()->rect().contains(tree->visualItemRect(group->child(c))),
                         qPrintable(group->child(c)->text(0)));
    }
}

// Found by hand under Xvfb: two components dropped on one node in a row
// merged into one undo step, so Ctrl+Z took back both.
void TestCanvas::componentDropsAreStepsOfTheirOwn()
{
    MainWindow w;
    open(w, Kong33);
    const Project &p = w.document()->project();
    QUndoStack *stack = w.document()->undoStack();
    const auto runs = [&](const QString &component) {
        const Node *node = p.node(u"kong-transparent"_s);
        return node && std::any_of(node->components.cbegin(), node->components.cend(),
                                   [&](const ComponentUse &use) { return use.component == component; });
    };
    const int before = stack->count();
    const QPointF at = w.scene()->sceneRectOf(u"kong-transparent"_s).center();
    drop(w, u"component:redis-6.2/server"_s, at);
    drop(w, u"component:postgresql-11/server"_s, at);
    QVERIFY(runs(u"redis-6.2/server"_s));
    QVERIFY(runs(u"postgresql-11/server"_s));
    QCOMPARE(stack->count(), before + 2);
    stack->undo();
    QVERIFY(!runs(u"postgresql-11/server"_s));
    QVERIFY(runs(u"redis-6.2/server"_s));
    stack->undo();
    QVERIFY(!runs(u"redis-6.2/server"_s));
    QCOMPARE(stack->index(), before);
}

void TestCanvas::paletteFilters()
{
    MainWindow w;
    open(w, Kong33);
    auto palette = w.findChild<PalettePanel *>();
    QVERIFY(palette);
    QTreeWidget *tree = palette->tree();
    // The user opens Redis; the filter's opening and closing leave it so.
    QTreeWidgetItem *redis = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (PalettePanel::groupKey(tree->topLevelItem(i)) == u"product:redis"_s)
            redis = tree->topLevelItem(i);
    QVERIFY(redis);
    redis->setExpanded(true);

    // Typed in mixed case: PostgreSQL's component (and firewalld's service
    // where it is installed), nothing else, in open groups.
    palette->filterBox()->setFocus();
    QTest::keyClicks(palette->filterBox(), u"PostGres"_s);
    QStringList keys;
    const auto seen = [&] {
        keys.clear();
        for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
            if ((*it)->parent() && (*it)->parent()->isExpanded())
                keys.append((*it)->data(0, Qt::UserRole).toString());
        return keys;
    };
    seen();
    QVERIFY2(keys.contains(u"component:postgresql-11/server"_s), qPrintable(keys.join(u", ")));
    for (const QString &key : std::as_const(keys))
        QVERIFY2(key.startsWith(u"component:postgresql-11/"_s) || key == u"component:firewalld/postgresql"_s,
                 qPrintable(key));
    QVERIFY(tree->topLevelItem(0)->isHidden()); // Elements
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tree->topLevelItem(i)->isHidden() || tree->topLevelItem(i)->isExpanded());
    QVERIFY(redis->isHidden());

    // Two words narrow by product and name: Redis's Sentinel (and
    // firewalld's redis-sentinel service where it is installed).
    palette->filterBox()->clear();
    QTest::keyClicks(palette->filterBox(), u"redis sentinel"_s);
    seen();
    keys.removeOne(u"component:firewalld/redis-sentinel"_s);
    QCOMPARE(keys, QStringList{u"component:redis-6.2/sentinel"_s});

    // That entry still drags onto a node.
    QTreeWidgetItem *sentinel = nullptr;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
        if ((*it)->data(0, Qt::UserRole) == u"component:redis-6.2/sentinel"_s)
            sentinel = *it;
    QVERIFY(sentinel);
    std::unique_ptr<QMimeData> mime(palette->tree()->mimeData({sentinel}));
    QVERIFY(mime);
    const Project &p = w.document()->project();
    dropMime(w, mime.get(), w.scene()->sceneRectOf(u"kong-transparent"_s).center());
    QVERIFY(std::any_of(p.node(u"kong-transparent"_s)->components.cbegin(),
                        p.node(u"kong-transparent"_s)->components.cend(),
                        [](const ComponentUse &use) { return use.component == u"redis-6.2/sentinel"_s; }));

    // Esc clears the filter: every group back, opened as the user left it.
    QTest::keyClick(palette->filterBox(), Qt::Key_Escape);
    QVERIFY(palette->filterBox()->text().isEmpty());
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        QVERIFY2(!group->isHidden(), qPrintable(group->text(0)));
        QCOMPARE(group->isExpanded(), i < 2 || group == redis);
    }
    QCOMPARE(seen().size(), 6 + 7 + redis->childCount());
    QCOMPARE(keys.last(), redis->child(redis->childCount() - 1)->data(0, Qt::UserRole).toString());

    // A filter nothing matches says so; Backspace back to a match hides it.
    QVERIFY(palette->noMatchLabel()->isHidden());
    QTest::keyClicks(palette->filterBox(), u"redisq"_s);
    QVERIFY(!palette->noMatchLabel()->isHidden());
    QVERIFY2(palette->noMatchLabel()->text().contains(u"redisq"_s),
             qPrintable(palette->noMatchLabel()->text()));
    QTest::keyClick(palette->filterBox(), Qt::Key_Backspace);
    QVERIFY(palette->noMatchLabel()->isHidden());
    QVERIFY(!seen().isEmpty());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
