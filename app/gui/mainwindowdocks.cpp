// MainWindow's docks that show what the plan service derives from the
// document: flows, rules, findings, NAT review, catalogs, audit. Each view
// reads PlanService::snapshot() and talks to the others through ids and
// FlowSelection, never through pointers into the document.
#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createAnalysisDocks()
{
}

} // namespace portolan
