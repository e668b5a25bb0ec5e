// File > Compare With… and compare mode (compare/): the dock, the Esc
// shortcut, and the dialog that chooses the other side.
#include "mainwindow.h"

#include "compare/comparedialog.h"
#include "compare/comparemode.h"
#include "compare/comparepanel.h"
#include "document/document.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createCompareMode()
{
    m_compareMode = new CompareMode(m_document, m_scene, m_view, this);
    m_compareMode->setObjectName(u"CompareMode"_s);
    auto *dock = new QDockWidget(tr("Compare"), this);
    dock->setObjectName(u"CompareDock"_s);
    dock->setWidget(m_compareMode->panel());
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // Over the inspector, which stays one tab away: a row selects an
    // element, and the inspector says what it is now.
    if (auto *inspector = findChild<QDockWidget *>(u"InspectorDock"_s))
        tabifyDockWidget(inspector, dock);
    dock->hide();
    // No close button: an overlay without its list would be a mode the
    // user cannot see how to leave. Leave (or Esc) closes it.
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    auto *leave = new QAction(tr("Leave Compare Mode"), this);
    leave->setObjectName(u"LeaveCompareAction"_s);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    // Only while comparing, so Esc keeps cancelling a connection otherwise.
    leave->setEnabled(false);
    addAction(leave);
    connect(leave, &QAction::triggered, m_compareMode, &CompareMode::leave);
    connect(m_compareMode, &CompareMode::activeChanged, this, [this, dock, leave](bool active) {
        leave->setEnabled(active);
        if (active) {
            dock->show();
            dock->raise();
            statusBar()->showMessage(tr("Compare mode: Esc leaves it"), 6000);
        } else {
            dock->hide();
            statusBar()->clearMessage();
        }
    });
}

void MainWindow::showCompareDialog()
{
    auto *dialog = new CompareDialog(m_document->filePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->loaded())
            m_compareMode->start(*dialog->loaded(), dialog->label());
    });
    dialog->open();
}

} // namespace portolan
