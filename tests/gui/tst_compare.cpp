// File > Compare With… (issue 21): the open plan against a modified copy or
// a git revision, on the canvas (CompareOverlay) and in the Compare dock,
// driven through MainWindow on the offscreen platform.
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "compare/comparedialog.h"
#include "compare/comparemode.h"
#include "compare/compareoverlay.h"
#include "compare/comparepanel.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString Example =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The example as an older version of itself would have it, so that against
// the example (new) it reads: api-consumers added, kong-c removed, kong-b
// renamed, kong-a's Admin API port changed (8444 then, 8001 now).
QByteArray olderCopy()
{
    QByteArray yaml = readAll(Example);
    auto replace = [&yaml](const QByteArray &from, const QByteArray &to) {
        const int at = yaml.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        yaml.replace(at, from.size(), to);
    };
    // A node that was there then.
    replace("  - id: kong-b\n",
            "  - id: kong-c\n    name: Kong C\n    zone: dc1\n    addresses: [192.168.1.11]\n"
            "    components:\n      - use: kong-0.x/node\n      - use: base/host\n    position: [300, 380]\n"
            "  - id: kong-b\n");
    replace("    name: Kong B (behind NAT)\n", "    name: Kong B\n");
    replace("      - use: kong-0.x/node\n      - use: base/host\n    position: [60, 380]\n",
            "      - use: kong-0.x/node\n        settings:\n          admin_api_listen: 0.0.0.0:8444\n"
            "      - use: base/host\n    position: [60, 380]\n");
    // No API consumers yet.
    const int from = yaml.indexOf("  - id: api-consumers\n");
    const int to = yaml.indexOf("  - id: operators\n");
    [&] { QVERIFY(from > 0 && to > from); }();
    yaml.remove(from, to - from);
    return yaml;
}

// The flow layer draws once the plan service has derived: count items after.
int settledItemCount(MainWindow &w)
{
    w.planService()->waitUntilCurrent();
    QCoreApplication::processEvents();
    return int(w.scene()->items().size());
}

// "added", "removed", "changed", or "none" when the overlay marks nothing.
QString mark(const CompareOverlay *overlay, const QString &id)
{
    const auto kind = overlay->markOf(id);
    return kind ? elementChangeKindName(*kind) : u"none"_s;
}

int run(const QString &folder, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(u"git"_s, args);
    if (!p.waitForFinished(60'000))
        return -1;
    return p.exitCode();
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

    // Opens File > Compare With…, lets `fill` choose, clicks Compare.
    CompareDialog *compareWith(MainWindow &w, const std::function<void(CompareDialog *)> &fill)
    {
        auto *action = w.findChild<QAction *>(u"CompareWithAction"_s);
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = w.findChild<CompareDialog *>();
        if (!dialog)
            return nullptr;
        fill(dialog);
        auto *button = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(button, Qt::LeftButton);
        return dialog;
    }

    QDockWidget *dock(MainWindow &w) { return w.findChild<QDockWidget *>(u"CompareDock"_s); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compareWithAFile()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(u"older.yaml"_s);
        QVERIFY(writeAll(older, olderCopy()));

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(Example), qPrintable(w.lastError()));
        const int itemsBefore = settledItemCount(w);
        CompareMode *mode = w.compareMode();
        QVERIFY(!mode->isActive());
        QVERIFY(!dock(w)->isVisible());

        QSignalSpy shown(mode, &CompareMode::diffChanged);
        compareWith(w, [&](CompareDialog *d) { d->setFile(older); });
        QCOMPARE(shown.size(), 1);
        QVERIFY(mode->isActive());
        QVERIFY(dock(w)->isVisible());

        // The overlay: marks by id, the removed node ghosted where the old
        // plan drew it.
        CompareOverlay *overlay = mode->overlay();
        QCOMPARE(mark(overlay, u"api-consumers"_s), u"added"_s);
        QCOMPARE(mark(overlay, u"kong-c"_s), u"removed"_s);
        QCOMPARE(mark(overlay, u"kong-b"_s), u"changed"_s);
        QCOMPARE(mark(overlay, u"kong-a"_s), u"changed"_s);
        QCOMPARE(mark(overlay, u"operators"_s), u"none"_s);
        QVERIFY(!w.scene()->itemFor(u"kong-c"_s));
        // Kong C stood 240 to the right of Kong A, which has not moved.
        QCOMPARE(overlay->markRect(u"kong-c"_s).center(),
                 w.scene()->sceneRectOf(u"kong-a"_s).center() + QPointF(240, 0));
        // Flows: the consumers' flows added, kong-a's admin flow changed.
        const PlanDiff &diff = mode->diff();
        QCOMPARE(int(diff.elements.size()), 4);
        bool added = false, portMoved = false;
        for (const FlowChange &f : diff.flows) {
            added |= f.kind == FlowChange::Kind::Added && f.flow().source.id == u"api-consumers"_s;
            portMoved |= f.kind == FlowChange::Kind::Changed && f.flow().destination.id == u"kong-a"_s &&
                         f.fields.contains(FieldChange{u"ports"_s, u"8444"_s, u"8001"_s});
        }
        QVERIFY(added);
        QVERIFY(portMoved);
        QVERIFY(overlay->flowLineCount() > 0);
        QVERIFY(int(w.scene()->items().size()) > itemsBefore);

        // The dock: groups with their counts, rows by id.
        ComparePanel *panel = mode->panel();
        QCOMPARE(panel->group(u"elements"_s)->text(0), u"Elements (4)"_s);
        QCOMPARE(panel->group(u"elements"_s)->childCount(), 4);
        QCOMPARE(panel->group(u"flows"_s)->text(0), u"Flows (%1)"_s.arg(diff.flows.size()));
        QCOMPARE(panel->group(u"flows"_s)->childCount(), int(diff.flows.size()));
        QCOMPARE(panel->group(u"findings"_s)->childCount(),
                 int(diff.newFindings.size() + diff.resolvedFindings.size()));
        QTreeWidgetItem *kongB = nullptr;
        for (int i = 0; i < panel->group(u"elements"_s)->childCount(); ++i) {
            QTreeWidgetItem *row = panel->group(u"elements"_s)->child(i);
            if (row->data(0, Qt::UserRole + 1).toString() == u"kong-b"_s)
                kongB = row;
        }
        QVERIFY(kongB);
        QVERIFY2(kongB->child(0)->text(0).contains(u"Kong B (behind NAT)"_s),
                 qPrintable(kongB->child(0)->text(0)));

        // A click on a row selects that element on the canvas.
        QTreeWidget *tree = panel->tree();
        tree->scrollToItem(kongB);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(kongB).center());
        QCOMPARE(w.scene()->selectedIds(), QStringList{u"kong-b"_s});
        // A flow row highlights its line and selects nothing.
        QTreeWidgetItem *flowRow = panel->group(u"flows"_s)->child(0);
        tree->scrollToItem(flowRow);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(flowRow).center());
        QCOMPARE(overlay->highlightedFlow(), qsizetype(0));
        QVERIFY(w.scene()->selectedIds().isEmpty());

        // Leave: the normal view exactly, the document untouched.
        QTest::mouseClick(panel->leaveButton(), Qt::LeftButton);
        QVERIFY(!mode->isActive());
        QCOMPARE(settledItemCount(w), itemsBefore);
        QVERIFY(w.scene()->selectedItems().isEmpty());
        QVERIFY(!dock(w)->isVisible());
        QCOMPARE(mark(overlay, u"kong-c"_s), u"none"_s);
        QVERIFY(w.document()->undoStack()->isClean());
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QCOMPARE(w.document()->filePath(), Example);
    }

    // Editing while comparing recomputes the diff; the Esc action leaves.
    void editsRecomputeAndEscapeLeaves()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(u"older.yaml"_s);
        QVERIFY(writeAll(older, olderCopy()));
        MainWindow w;
        w.show();
        w.activateWindow(); // Esc is a window shortcut: only an active window gets it
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY2(w.openFile(Example), qPrintable(w.lastError()));
        const int itemsBefore = settledItemCount(w);
        compareWith(w, [&](CompareDialog *d) { d->setFile(older); });
        CompareMode *mode = w.compareMode();
        QVERIFY(mode->isActive());
        QCOMPARE(mark(mode->overlay(), u"operators"_s), u"none"_s);

        QSignalSpy recomputed(mode, &CompareMode::diffChanged);
        w.document()->undoStack()->push(
            new ChangePropertyEdit(w.document(), u"operators"_s, u"name"_s, u"Operations team"_s));
        QVERIFY(recomputed.wait(5000));
        QCOMPARE(mark(mode->overlay(), u"operators"_s), u"changed"_s);
        QCOMPARE(mode->panel()->group(u"elements"_s)->text(0), u"Elements (5)"_s);

        // Esc is the Leave action's shortcut, enabled only while comparing.
        // (A synthetic Esc on the offscreen platform does not reach the
        // shortcut map here; the action is triggered as the key would.)
        auto *leave = w.findChild<QAction *>(u"LeaveCompareAction"_s);
        QVERIFY(leave);
        QCOMPARE(leave->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(leave->isEnabled());
        leave->trigger();
        QVERIFY(!leave->isEnabled());
        QVERIFY(!mode->isActive());
        QCOMPARE(settledItemCount(w), itemsBefore);
        QVERIFY(!dock(w)->isVisible());
        // The edit is the user's own and stays.
        QCOMPARE(w.document()->undoStack()->count(), 1);
    }

    // The real Esc key: it cancels a connection being drawn first (the
    // canvas takes the shortcut override), then leaves compare mode.
    void escapeKeyCancelsConnectingThenLeaves()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(u"older.yaml"_s);
        QVERIFY(writeAll(older, olderCopy()));
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY2(w.openFile(Example), qPrintable(w.lastError()));
        compareWith(w, [&](CompareDialog *d) { d->setFile(older); });
        CompareMode *mode = w.compareMode();
        QVERIFY(mode->isActive());
        auto *view = w.findChild<CanvasView *>();
        QVERIFY(view);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        w.scene()->beginConnectFrom(u"kong-a"_s);
        QVERIFY(w.scene()->isConnecting());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!w.scene()->isConnecting());
        QVERIFY2(mode->isActive(), "the first Esc only cancels the connection");

        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!mode->isActive());
        QVERIFY(!dock(w)->isVisible());
    }

    void compareWithAGitRevision()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.yaml"_s);
        QVERIFY(writeAll(plan, readAll(Example)));
        if (run(dir.path(), {u"init"_s, u"-q"_s}) != 0)
            QSKIP("git is not available");
        QCOMPARE(run(dir.path(), {u"add"_s, u"plan.yaml"_s}), 0);
        QCOMPARE(run(dir.path(), {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.org"_s,
                                  u"commit"_s, u"-q"_s, u"-m"_s, u"First plan"_s}),
                 0);
        QByteArray yaml = readAll(plan);
        yaml.replace("    name: Kong A\n", "    name: Kong A (primary)\n");
        QVERIFY(writeAll(plan, yaml));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(plan), qPrintable(w.lastError()));
        const int itemsBefore = settledItemCount(w);

        // A bad revision: the reason in the dialog, nothing else changes.
        QPointer<CompareDialog> dialog = compareWith(w, [](CompareDialog *d) {
            // Branch and the commit that touched the file are offered.
            auto *combo = d->findChild<QComboBox *>(u"CompareRevision"_s);
            QVERIFY(combo->count() >= 3);
            QCOMPARE(combo->itemText(0), u"HEAD"_s);
            QVERIFY2(combo->itemText(combo->count() - 1).endsWith(u" First plan"_s),
                     qPrintable(combo->itemText(combo->count() - 1)));
            d->setRevision(u"no-such-revision"_s);
        });
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(u"no-such-revision"_s), qPrintable(dialog->errorText()));
        QVERIFY(!w.compareMode()->isActive());
        QCOMPARE(settledItemCount(w), itemsBefore);
        QVERIFY(w.document()->undoStack()->isClean());

        // HEAD, typed over the bad one in the same dialog.
        dialog->setRevision(u"HEAD"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!dialog || !dialog->isVisible());
        QVERIFY(w.compareMode()->isActive());
        const PlanDiff &diff = w.compareMode()->diff();
        QCOMPARE(diff.oldLabel, u"HEAD:plan.yaml"_s);
        QCOMPARE(int(diff.elements.size()), 1);
        QCOMPARE(diff.elements[0].id, u"kong-a"_s);
        QCOMPARE(int(diff.elements[0].fields.size()), 1);
        QCOMPARE(diff.elements[0].fields[0].key, u"name"_s);
        QCOMPARE(diff.elements[0].fields[0].oldValue, u"Kong A"_s);
        QCOMPARE(diff.elements[0].fields[0].newValue, u"Kong A (primary)"_s);
        QVERIFY(diff.flows.isEmpty()); // a rename changes no flow
        QCOMPARE(mark(w.compareMode()->overlay(), u"kong-a"_s), u"changed"_s);
        QVERIFY(w.document()->undoStack()->isClean());
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
