// File > Reconcile… and reconcile mode (reconcile/): the dock and the
// folder of today's rules it reads.
#include "mainwindow.h"

#include "reconcile/reconcilemode.h"
#include "reconcile/reconcilepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createReconcileMode()
{
    m_reconcileMode = new ReconcileMode(m_planService, m_scene, m_view, m_flowLayer, m_flowSelection, this);
    m_reconcileMode->setObjectName(u"ReconcileMode"_s);
    auto *dock = new QDockWidget(tr("Reconcile"), this);
    dock->setObjectName(u"ReconcileDock"_s);
    dock->setWidget(m_reconcileMode->panel());
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Over the flows table, which stays one tab away: the rows select flows.
    if (auto *flows = findChild<QDockWidget *>(u"FlowsDock"_s))
        tabifyDockWidget(flows, dock);
    dock->hide();
    // Closing the dock is leaving: the overlay never outlives its list.
    connect(dock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!shown)
            m_reconcileMode->leave();
    });
    connect(m_reconcileMode, &ReconcileMode::activeChanged, this, [this, dock](bool active) {
        if (active) {
            dock->show();
            dock->raise();
            resizeDocks({dock}, {height() * 9 / 20}, Qt::Vertical); // room for the files and the rows
            statusBar()->showMessage(tr("Reconcile: close the dock to leave"), 6000);
        } else {
            dock->hide();
        }
    });
}

void MainWindow::showReconcileDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of Today's Rules"));
    if (!folder.isEmpty())
        m_reconcileMode->start(folder);
}

} // namespace portolan
