// Every shortcut of the window is bound once: a key bound to two actions
// triggers neither (Qt: "Ambiguous shortcut overload"). The test walks every
// action the window offers (menus, submenus, toolbars, docks' toggles and
// whatever else it owns) and compares all of each action's key sequences.
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "document/document.h"
#include "flows/flowlayer.h"
#include "guitesthelpers.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

void collectMenu(QMenu *menu, QSet<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        out.insert(a);
        if (a->menu())
            collectMenu(a->menu(), out);
    }
}

// Menus (with submenus), toolbars, dock toggles, and every other action
// the window or one of its widgets owns.
QSet<QAction *> allActions(MainWindow &w)
{
    QSet<QAction *> out;
    for (QAction *a : w.menuBar()->actions()) {
        out.insert(a);
        if (a->menu())
            collectMenu(a->menu(), out);
    }
    for (QToolBar *bar : w.findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            out.insert(a);
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        out.insert(dock->toggleViewAction());
    for (QAction *a : w.findChildren<QAction *>())
        out.insert(a);
    return out;
}

QString describe(const QAction *a)
{
    QString text = a->text();
    text.remove(u'&');
    return text.isEmpty() ? a->objectName() : text;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noShortcutBoundTwice();
    void flowsAndAutoLayoutKeysWork();
};

void TestShortcuts::initTestCase()
{
    useTestSettings(u"tst_shortcuts"_s);
    startWithCleanSettings();
}

void TestShortcuts::noShortcutBoundTwice()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QSet<QAction *> actions = allActions(w);
    QVERIFY(actions.size() > 40); // menus, toolbars and docks were all found
    // A widget-scoped shortcut (the flows table's Ctrl+C, claimed while it
    // has focus) competes only with actions on the same widget; the rest
    // are live together wherever the focus is in the window.
    QHash<QString, const QAction *> windowWide;
    QHash<QPair<const QObject *, QString>, const QAction *> perWidget;
    QStringList duplicates;
    int bound = 0;
    for (const QAction *a : actions) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (key.isEmpty())
                continue;
            ++bound;
            const QString k = key.toString(QKeySequence::PortableText);
            const QAction *other = nullptr;
            if (a->shortcutContext() == Qt::WidgetShortcut ||
                a->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
                other = perWidget.value({a->parent(), k});
                if (!other)
                    perWidget.insert({a->parent(), k}, a);
            } else {
                other = windowWide.value(k);
                if (!other)
                    windowWide.insert(k, a);
            }
            if (other && other != a)
                duplicates.append(u"%1: %2 and %3"_s.arg(k, describe(other), describe(a)));
        }
    }
    QVERIFY(bound > 20);
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u"; "_s)));
}

void TestShortcuts::flowsAndAutoLayoutKeysWork()
{
    // The two that shared Ctrl+Shift+L: each key now does its own thing.
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-3.3-lb-stream-transparent.yaml")));
    QAction *show = w.flowLayer()->showAction();
    QAction *layout = w.findChild<QAction *>(u"autoLayout"_s);
    QVERIFY(show && layout);
    const bool shown = show->isChecked();
    QSignalSpy laidOut(layout, &QAction::triggered);
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(show->isChecked(), !shown);
    QCOMPARE(laidOut.count(), 0);
    for (const QKeySequence &key : layout->shortcuts())
        QTest::keySequence(&w, key);
    QCOMPARE(laidOut.count(), 1);
    QCOMPARE(w.document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
