// File > Reconcile… (issue 22): a folder of today's rules against the plan,
// driven through MainWindow on the offscreen platform with the fixture
// folder tests/reconcile/fixtures/folders/mixed: the files mapped to their
// points (by name, by address, one unmapped), a mapping chosen in the dock
// with the keyboard, the blocked and extra rows, the canvas (a blocked flow
// drawn broken, a node with an extra opening marked), a row selecting the
// flow or the node, and leaving restoring the normal view.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "mainwindow.h"
#include "reconcile/reconcilemode.h"
#include "reconcile/reconcileoverlay.h"
#include "reconcile/reconcilepanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsPathItem>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString Fixture = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/reconcile/fixtures/folders/mixed");

int rowOf(const QTableWidget *table, const QString &fileName)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, ReconcilePanel::FileColumn)->text() == fileName)
            return r;
    return -1;
}

QComboBox *comboOf(const QTableWidget *table, const QString &fileName)
{
    const int r = rowOf(table, fileName);
    return r < 0 ? nullptr : qobject_cast<QComboBox *>(table->cellWidget(r, ReconcilePanel::PointColumn));
}

// The first result row under `point` whose status starts with `status`.
QTreeWidgetItem *resultRow(const QTreeWidget *tree, const QString &point, const QString &status)
{
    for (int t = 0; t < tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = tree->topLevelItem(t);
        if (!top->text(0).startsWith(point + u"  "_s))
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->text(0).startsWith(status))
                return top->child(c);
    }
    return nullptr;
}

void clickRow(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QVERIFY(tree->viewport()->rect().contains(rect.topLeft() + QPoint(10, 2)));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    QCOMPARE(tree->currentItem(), item);
}

} // namespace

class TestReconcilePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folderOnTheCanvas()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(Fixture + u"/plan.yaml"_s), qPrintable(w.lastError()));
        w.planService()->waitUntilCurrent();
        QVERIFY(w.findChild<QAction *>(u"ReconcileAction"_s));
        const int sceneItems = int(w.scene()->items().size());

        ReconcileMode *mode = w.reconcileMode();
        QVERIFY(mode->start(Fixture + u"/today"_s));
        auto *dock = w.findChild<QDockWidget *>(u"ReconcileDock"_s);
        QVERIFY(dock && dock->isVisible());
        QTRY_VERIFY(mode->report().has_value() && !mode->isRunning());

        // The mapping as found: by name, by address, unmapped, skipped.
        QTableWidget *table = mode->panel()->mappingTable();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(comboOf(table, u"web-1.rules"_s)->currentData().toString(), u"host:web-1"_s);
        QCOMPARE(comboOf(table, u"today-x.nft.json"_s)->currentData().toString(), u"host:web-2"_s);
        QCOMPARE(comboOf(table, u"legacy.rules"_s)->currentData().toString(), QString());
        // What to do is said in the window's terms, not the command line's.
        const auto why = [&](const QString &fileName) {
            return table->item(rowOf(table, fileName), ReconcilePanel::WhyColumn)->text();
        };
        QCOMPARE(why(u"legacy.rules"_s),
                 u"neither its name nor its content names a point: choose its point in the Point column"_s);
        QVERIFY(!comboOf(table, u"README.txt"_s));
        QCOMPARE(mode->report()->reports.size(), 2);

        // Choose db-1 for legacy.rules with the keyboard: (not compared),
        // cache-1, db-1.
        QComboBox *legacy = comboOf(table, u"legacy.rules"_s);
        legacy->setFocus();
        QTest::keyClick(legacy, Qt::Key_Down);
        QTest::keyClick(legacy, Qt::Key_Down);
        QCOMPARE(legacy->currentData().toString(), u"host:db-1"_s);
        QTRY_VERIFY(!mode->isRunning() && mode->report() && mode->report()->reports.size() == 3);
        QCOMPARE(int(mode->files()[rowOf(table, u"legacy.rules"_s)].mappedBy),
                 int(FolderFile::MappedBy::Override));
        QVERIFY2(why(u"legacy.rules"_s).startsWith(u"mapped by hand to host:db-1"_s),
                 qPrintable(why(u"legacy.rules"_s)));

        // The rows: web-1's SSH blocked, web-2's extra opening.
        QTreeWidget *tree = mode->panel()->resultTree();
        QTreeWidgetItem *blocked = resultRow(tree, u"host:web-1"_s, u"blocked"_s);
        QVERIFY(blocked);
        QVERIFY(blocked->text(1).contains(u"tcp 22"_s));
        const QStringList flows = blocked->data(0, ReconcilePanel::FlowsRole).toStringList();
        QVERIFY(!flows.isEmpty());
        QTreeWidgetItem *extra = resultRow(tree, u"host:web-2"_s, u"extra"_s);
        QVERIFY(extra);
        QVERIFY(extra->text(1).contains(u"8080"_s));

        // The canvas: the blocked flow broken (red, dashed), web-2 marked.
        ReconcileOverlay *overlay = mode->overlay();
        QStringList sorted = flows;
        sorted.sort();
        QCOMPARE(overlay->brokenFlows(), sorted);
        QGraphicsPathItem *broken = overlay->brokenItem(flows.first());
        QVERIFY(broken);
        QCOMPARE(broken->pen().style(), Qt::DashLine);
        QCOMPARE(broken->pen().color(), ReconcileOverlay::blockedColour());
        // Extra openings: web-1's old ops network, web-2's 8080, db-1's 5432.
        QList<QString> marked = overlay->markedElements().keys();
        std::sort(marked.begin(), marked.end());
        QCOMPARE(marked, (QList<QString>{u"db-1"_s, u"web-1"_s, u"web-2"_s}));
        QCOMPARE(overlay->markedElements().value(u"web-2"_s), 1);
        QVERIFY(w.scene()->sceneRectOf(u"web-2"_s).intersects(overlay->markRect(u"web-2"_s)));

        // A row selects what it is about, by id.
        clickRow(tree, blocked);
        QCOMPARE(w.flowSelection()->keys(), flows);
        // Redrawn thicker.
        QCOMPARE(overlay->brokenItem(flows.first())->pen().widthF(), 6.0);
        clickRow(tree, extra);
        QCOMPARE(w.scene()->selectedIds(), QStringList{u"web-2"_s});
        QVERIFY(w.flowSelection()->keys().isEmpty());

        if (const QString shot = qEnvironmentVariable("PORTOLAN_RECONCILE_SCREENSHOT"); !shot.isEmpty()) {
            clickRow(tree, blocked);
            QTest::qWait(200);
            QVERIFY(w.grab().save(shot));
        }

        // Leaving (closing the dock) restores the normal view.
        QTest::mouseClick(mode->panel()->leaveButton(), Qt::LeftButton);
        QVERIFY(!mode->isActive());
        QVERIFY(!dock->isVisible());
        QCOMPARE(overlay->itemCount(), 0);
        QCOMPARE(int(w.scene()->items().size()), sceneItems);
        QVERIFY(w.flowSelection()->keys().isEmpty());
        QVERIFY(w.scene()->selectedIds().isEmpty());

        // Closing the dock itself leaves too.
        QVERIFY(mode->start(Fixture + u"/today"_s));
        QTRY_VERIFY(mode->report().has_value() && !mode->isRunning());
        QVERIFY(overlay->itemCount() > 0);
        dock->close();
        QVERIFY(!mode->isActive());
        QCOMPARE(int(w.scene()->items().size()), sceneItems);
    }

    // A malformed file: its place in the dock, nothing on the canvas.
    void malformedFolder()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(Fixture + u"/plan.yaml"_s), qPrintable(w.lastError()));
        ReconcileMode *mode = w.reconcileMode();
        QVERIFY(!mode->start(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/reconcile/fixtures/readers/malformed-port")));
        QVERIFY(mode->panel()->summaryLabel()->text().contains(u"rules.v4:3:25"_s));
        QCOMPARE(mode->overlay()->itemCount(), 0);
        mode->leave();
    }
};

QTEST_MAIN(TestReconcilePanel)
#include "tst_reconcilepanel.moc"
