// The editor's arranging and clipboard gestures, driven by synthetic events
// on the offscreen platform: align, deleting a line alone, resizing a zone
// from any edge, the system clipboard between windows, auto layout, the
// overview and the dark palette.
#include "canvas/canvasview.h"
#include "canvas/connectionitem.h"
#include "canvas/deploymentscene.h"
#include "canvas/overviewview.h"
#include "document/document.h"
#include "document/projectedits.h"
#include "elementclipboard.h"
#include "guitesthelpers.h"
#include "layout/autolayout.h"
#include "mainwindow.h"
#include "project/projectwriter.h"

#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString example(const QString &name = u"kong-0x-two-datacenters-nat.yaml"_s)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name;
}

QAction *actionNamed(MainWindow &w, const QString &name)
{
    return w.findChild<QAction *>(name);
}

QAction *actionWithShortcut(MainWindow &w, QKeySequence::StandardKey key)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcuts().contains(QKeySequence(key)))
            return a;
    return nullptr;
}

void openAtActualSize(MainWindow &w, const QString &path)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));
    w.view()->setZoom(1.0);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void alignIsOneUndoStep();
    void deleteConnectionAlone();
    void resizeZoneFromLeftEdgeAndCorner();
    void clipboardBetweenWindows();
    void autoLayoutWithoutPositions();
    void overviewClickPans();
    void darkPaletteRecolours();
};

void TestEditor::initTestCase()
{
    useTestSettings(u"tst_editor"_s);
}

void TestEditor::init()
{
    startWithCleanSettings();
}

void TestEditor::alignIsOneUndoStep()
{
    MainWindow w;
    openAtActualSize(w, example());
    const QByteArray before = savedBytes(w);
    const qreal leftA = w.scene()->sceneRectOf(u"kong-a"_s).left();
    QVERIFY(w.scene()->sceneRectOf(u"kong-b"_s).left() != leftA);
    w.scene()->selectIds({u"kong-a"_s, u"kong-b"_s, u"api-consumers"_s});
    QAction *left = actionNamed(w, u"arrange"_s + QString::number(int(Alignment::Mode::Left)));
    QVERIFY(left);
    left->trigger();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    for (const QString &id : {u"kong-a"_s, u"kong-b"_s, u"api-consumers"_s})
        QCOMPARE(w.scene()->sceneRectOf(id).left(), leftA);
    QCOMPARE(w.document()->project().node(u"kong-b"_s)->placement.position->x(), leftA);
    const QByteArray aligned = savedBytes(w);
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
    w.document()->undoStack()->redo();
    QCOMPARE(savedBytes(w), aligned);

    // Distributing three boxes vertically: equal gaps, still one step.
    w.document()->undoStack()->undo();
    actionNamed(w, u"arrange"_s + QString::number(int(Alignment::Mode::DistributeVertically)))->trigger();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QRectF r[3] = {w.scene()->sceneRectOf(u"api-consumers"_s), w.scene()->sceneRectOf(u"kong-a"_s),
                   w.scene()->sceneRectOf(u"kong-b"_s)};
    std::sort(std::begin(r), std::end(r), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    QCOMPARE(r[1].top() - r[0].bottom(), r[2].top() - r[1].bottom());
}

void TestEditor::deleteConnectionAlone()
{
    MainWindow w;
    openAtActualSize(w, example());
    const Project before = w.document()->project();
    ConnectionItem *line = connectionItem(w, u"operators"_s, u"kong-b"_s);
    QVERIFY(line);
    // Click a point on the line away from both ends and from its label.
    const QLineF l =
        ElementPainter::edgeLine(w.scene()->sceneRectOf(u"operators"_s), w.scene()->sceneRectOf(u"kong-b"_s));
    const QPointF onLine = l.pointAt(0.3);
    w.view()->centerOn(onLine);
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, viewPoint(w, onLine));
    QVERIFY(line->isSelected());
    QAction *del = actionWithShortcut(w, QKeySequence::Delete);
    QVERIFY(del);
    del->trigger();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const Project &after = w.document()->project();
    // The client and the node stay; only that one use is gone.
    QVERIFY(after.client(u"operators"_s));
    QVERIFY(after.node(u"kong-b"_s));
    QCOMPARE(after.allIds(), before.allIds());
    QCOMPARE(after.client(u"operators"_s)->uses.size(), before.client(u"operators"_s)->uses.size() - 1);
    QCOMPARE(after.client(u"operators"_s)->uses.first().target, u"kong-a"_s);
    QVERIFY(!connectionItem(w, u"operators"_s, u"kong-b"_s));
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->project() == before);
    QVERIFY(connectionItem(w, u"operators"_s, u"kong-b"_s));

    // A VPN link line goes as the link element, zones untouched.
    w.scene()->clearSelection();
    connectionItem(w, u"vpn-dc1-dc2"_s, u"dc2"_s)->setSelected(true);
    del->trigger();
    QVERIFY(!w.document()->project().link(u"vpn-dc1-dc2"_s));
    QVERIFY(w.document()->project().zone(u"dc1"_s) && w.document()->project().zone(u"dc2"_s));
}

void TestEditor::resizeZoneFromLeftEdgeAndCorner()
{
    MainWindow w;
    openAtActualSize(w, example());
    const QByteArray before = savedBytes(w);
    const QRectF start = w.scene()->sceneRectOf(u"dc2"_s);
    const QRectF node = w.scene()->sceneRectOf(u"kong-b"_s);
    w.view()->centerOn(start.center());
    w.scene()->selectIds({u"dc2"_s});
    QWidget *viewport = w.view()->viewport();

    // Left edge, 60 to the left: the right edge and the content stay.
    // (A quarter down: the VPN line to dc1 meets the edge's middle.)
    const QPointF leftMid(start.left() + 2, start.top() + start.height() / 4);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, leftMid));
    for (int step = 1; step <= 3; ++step)
        QTest::mouseMove(viewport, viewPoint(w, leftMid - QPointF(step * 20, 0)));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, leftMid - QPointF(60, 0)));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QRectF r = w.scene()->sceneRectOf(u"dc2"_s);
    QCOMPARE(r.left(), start.left() - 60);
    QCOMPARE(r.right(), start.right());
    QCOMPARE(r.top(), start.top());
    QCOMPARE(w.scene()->sceneRectOf(u"kong-b"_s), node);
    QCOMPARE(*w.document()->project().zone(u"dc2"_s)->placement.size, r.size());

    // Bottom-right corner, diagonally: a second single step.
    w.scene()->selectIds({u"dc2"_s});
    const QPointF corner = r.bottomRight() - QPointF(2, 2);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, corner));
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, viewPoint(w, corner + QPointF(step * 10, step * 10)));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, viewPoint(w, corner + QPointF(40, 40)));
    QCOMPARE(w.document()->undoStack()->count(), 2);
    const QRectF grown = w.scene()->sceneRectOf(u"dc2"_s);
    QCOMPARE(grown.topLeft(), r.topLeft());
    QCOMPARE(grown.size(), r.size() + QSizeF(40, 40));
    w.document()->undoStack()->undo();
    QCOMPARE(w.scene()->sceneRectOf(u"dc2"_s), r);
    w.document()->undoStack()->undo();
    QCOMPARE(savedBytes(w), before);
    QCOMPARE(w.scene()->sceneRectOf(u"dc2"_s), start);
}

void TestEditor::clipboardBetweenWindows()
{
    MainWindow from;
    openAtActualSize(from, example());
    from.scene()->selectIds({u"dc2"_s});
    from.copySelection();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(ElementClipboard::MimeType));
    QVERIFY(mime->text().contains(u"kong-b"_s)); // readable YAML for a text editor

    MainWindow to;
    to.show();
    QVERIFY(QTest::qWaitForWindowExposed(&to));
    to.paste();
    const Project &p = to.document()->project();
    QVERIFY(p.zone(u"dc2"_s));
    QVERIFY(p.node(u"kong-b"_s));
    QCOMPARE(p.node(u"kong-b"_s)->zone, u"dc2"_s);
    // Context (the zones dc2's NAT refers to) came along to read the copy,
    // but is not pasted: only what was selected.
    QVERIFY(!p.zone(u"wan"_s));
    QCOMPARE(to.document()->undoStack()->count(), 1);
    QCOMPARE(to.scene()->selectedIds().contains(u"dc2"_s), true);

    // Plain text that is not a project: a clear error, nothing pasted.
    const QByteArray pasted = savedBytes(to);
    QGuiApplication::clipboard()->setText(u"hello, world"_s);
    to.paste();
    QCOMPARE(savedBytes(to), pasted);
    QVERIFY2(to.lastError().contains(u"not Portolan elements"_s), qPrintable(to.lastError()));
}

void TestEditor::autoLayoutWithoutPositions()
{
    // The example with every position and size taken out.
    Document source;
    Diagnostics errors;
    QVERIFY(source.load(example(u"cumulocity-on-premises.yaml"_s), &errors));
    QByteArray yaml = ProjectWriter::write(source.project());
    QList<QByteArray> kept;
    for (const QByteArray &line : yaml.split('\n'))
        if (!line.trimmed().startsWith("position:") && !line.trimmed().startsWith("size:"))
            kept.append(line);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"unplaced.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kept.join('\n'));
    file.close();

    MainWindow w;
    openAtActualSize(w, path);
    const Project &p = w.document()->project();
    QVERIFY(AutoLayout::hasNoPositions(p));
    auto rectsNow = [&] {
        QHash<QString, QRectF> rects;
        for (const QString &id : p.allIds())
            if (!p.link(id))
                rects.insert(id, w.scene()->sceneRectOf(id));
        return rects;
    };
    // Each element inside its zone, no two in one zone overlapping.
    auto problem = [&](const QHash<QString, QRectF> &rects) -> QString {
        for (const QString &id : p.allIds()) {
            if (p.link(id))
                continue;
            const QString zone = ProjectEdits::container(p, id);
            if (!zone.isEmpty() && !rects[zone].contains(rects[id]))
                return id + u" outside "_s + zone;
            for (const QString &other : p.allIds())
                if (other != id && !p.link(other) && ProjectEdits::container(p, other) == zone &&
                    rects[id].intersects(rects[other]))
                    return id + u" overlaps "_s + other;
        }
        return {};
    };
    const QHash<QString, QRectF> drawn = rectsNow();
    QVERIFY2(problem(drawn).isEmpty(), qPrintable(problem(drawn)));

    // Arrange > Auto Layout stores that layout: one step, same picture.
    actionNamed(w, u"autoLayout"_s)->trigger();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(p.zones.first().placement.position && p.nodes.first().placement.position);
    QCOMPARE(rectsNow(), drawn);
    const QByteArray once = savedBytes(w);
    actionNamed(w, u"autoLayout"_s)->trigger(); // deterministic: nothing left to change
    QCOMPARE(savedBytes(w), once);
    w.document()->undoStack()->undo();
    QVERIFY(AutoLayout::hasNoPositions(w.document()->project()));
}

void TestEditor::overviewClickPans()
{
    MainWindow w;
    openAtActualSize(w, example());
    w.view()->setZoom(3.0);
    auto overview = w.findChild<OverviewView *>();
    QVERIFY(overview);
    QTRY_VERIFY(overview->isVisible() && overview->width() > 50);
    for (const QString &id : {u"kong-b"_s, u"operators"_s}) {
        const QPointF target = w.scene()->sceneRectOf(id).center();
        QTest::mouseClick(overview->viewport(), Qt::LeftButton, Qt::NoModifier,
                          overview->mapFromScene(target));
        QTRY_VERIFY(overview->visibleSceneRect().contains(target));
        const QPointF centre = overview->visibleSceneRect().center();
        QVERIFY2(QLineF(centre, target).length() < 30, qPrintable(id));
    }
}

void TestEditor::darkPaletteRecolours()
{
    MainWindow w;
    openAtActualSize(w, example());
    const QPalette light = QApplication::palette();
    QVERIFY(!w.scene()->theme().dark);
    const QColor lightFill = w.scene()->theme().elementFill;
    QPalette dark(QColor(0x30, 0x30, 0x30), QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_VERIFY(w.scene()->theme().dark);
    QVERIFY(w.scene()->theme().elementFill != lightFill);
    QCOMPARE(w.scene()->backgroundBrush().color(), QColor(0x1a, 0x1a, 0x1a));
    // What the canvas paints inside a node's box is dark now.
    const QRectF box = w.scene()->sceneRectOf(u"kong-a"_s);
    w.view()->centerOn(box.center());
    const QImage shot = w.view()->viewport()->grab().toImage();
    const QPoint inside = viewPoint(w, QPointF(box.right() - 12, box.bottom() - 8));
    QVERIFY2(QColor(shot.pixel(inside)).lightness() < 100, qPrintable(QColor(shot.pixel(inside)).name()));
    QApplication::setPalette(light);
    QTRY_VERIFY(!w.scene()->theme().dark);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
