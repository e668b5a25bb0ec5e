// MainWindow's menus, toolbar and shortcuts, apart from its behaviour.
#include "mainwindow.h"

#include "analysis/planservice.h"
#include "autosaver.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "catalogs/catalogmenu.h"
#include "document/document.h"
#include "export/exportdialog.h"
#include "flows/flowlayer.h"
#include "preferences/preferencesdialog.h"
#include "recentfiles.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createActions()
{
    QUndoStack *stack = m_document->undoStack();
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"MainToolBar"_s);
    auto action = [this](QMenu *menu, const QString &text, QKeySequence shortcut, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    tools->addAction(action(file, tr("&New"), QKeySequence::New, [this] { newDocument(); }));
    tools->addAction(action(file, tr("&Open…"), QKeySequence::Open, [this] { open(); }));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const QFileInfo &info :
         QDir(u":/portolan/examples"_s).entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        connect(examples->addAction(info.completeBaseName()), &QAction::triggered, this,
                [this, path = info.filePath()] {
                    if (maybeSave())
                        openFile(path);
                });
    }
    tools->addAction(action(file, tr("&Save"), QKeySequence::Save, [this] { save(); }));
    action(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    action(file, tr("&Export Drawing…"), QKeySequence(tr("Ctrl+E")), [this] { exportDrawingAs(); });
    // Rule bundles: the plan is made current first, so the files match the
    // document as it stands, not a computation still under way.
    action(file, tr("Export &Rules…"), QKeySequence(tr("Ctrl+Shift+E")), [this] {
        m_planService->waitUntilCurrent();
        auto dialog = new ExportDialog(m_planService->snapshot(), m_document->filePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::bundleWritten, this, [this](const QString &folder, int files) {
            statusBar()->showMessage(
                tr("Wrote %n file(s) to %1", nullptr, files).arg(QDir::toNativeSeparators(folder)), 6000);
        });
        dialog->open();
    })->setObjectName(u"ExportRulesAction"_s);
    action(file, tr("Compare &With…"), QKeySequence(), [this] {
        showCompareDialog();
    })->setObjectName(u"CompareWithAction"_s);
    action(file, tr("Re&concile…"), QKeySequence(), [this] {
        showReconcileDialog();
    })->setObjectName(u"ReconcileAction"_s);
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    edit->addSeparator();
    action(edit, tr("Cu&t"), QKeySequence::Cut, [this] { cutSelection(); });
    action(edit, tr("&Copy"), QKeySequence::Copy, [this] { copySelection(); });
    action(edit, tr("&Paste"), QKeySequence::Paste, [this] { paste(); });
    action(edit, tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), [this] { duplicateSelection(); });
    action(edit, tr("&Delete"), QKeySequence::Delete, [this] { deleteSelection(); });
    edit->addSeparator();
    action(edit, tr("Select &All"), QKeySequence::SelectAll,
           [this] { m_scene->selectIds(m_document->project().allIds()); });
    edit->addSeparator();
    QAction *connectMode = action(edit, tr("&Connect Mode"), QKeySequence(tr("C")), [this](bool on) {
        m_scene->setConnectMode(on);
        m_view->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
    });
    connectMode->setCheckable(true);
    connectMode->setObjectName(u"connectModeAction"_s);
    m_connectMode = connectMode;
    connectMode->setToolTip(
        tr("Drag from one element to another to connect them (or hold Alt while dragging)"));
    QAction *snap =
        action(edit, tr("S&nap to Grid"), QKeySequence(), [this](bool on) { m_scene->setSnapToGrid(on); });
    snap->setCheckable(true);
    snap->setChecked(true);
    edit->addSeparator();
    QAction *preferences = action(edit, tr("Pre&ferences…"), QKeySequence::Preferences, [this] {
        auto dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::autosaveIntervalChanged, m_autosaver, &Autosaver::reloadInterval);
        dialog->open(); // not exec(): no nested event loop
    });
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    tools->addSeparator();
    tools->addAction(connectMode);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = action(m_viewMenu, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    action(m_viewMenu, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    action(m_viewMenu, tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), [this] { m_view->setZoom(1.0); });
    tools->addAction(action(m_viewMenu, tr("&Fit to Window"), QKeySequence(tr("Ctrl+Shift+F")),
                            [this] { m_view->fitAll(); }));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tools->toggleViewAction());

    if (m_flowLayer) {
        menuBar()->addMenu(m_flowLayer->menu());
        addToolBar(m_flowLayer->toolBar());
        m_viewMenu->addAction(m_flowLayer->toolBar()->toggleViewAction());
    }
    menuBar()->addMenu(CatalogMenu::create(m_document, this));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) {
        connect(m_recentMenu->addAction(QDir::toNativeSeparators(path)), &QAction::triggered, this,
                [this, path] {
                    if (maybeSave())
                        openFile(path);
                });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, m_recent,
                &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace portolan
