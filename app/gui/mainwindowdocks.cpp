// MainWindow's docks that show what the plan service derives from the
// document: flows, rules, findings, NAT review, catalogs, audit. Each view
// reads PlanService::snapshot() and talks to the others through ids and
// FlowSelection, never through pointers into the document.
#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "catalogs/catalogbrowser.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createAnalysisDocks()
{
    // Catalog browser: what the palette's components are made of, and two
    // versions of a product side by side. Hidden at first: it is reference
    // material, opened from the View menu when wanted.
    {
        auto dock = new QDockWidget(tr("Catalogs"), this);
        dock->setObjectName(u"CatalogBrowserDock"_s);
        dock->setWidget(new CatalogBrowser(m_document, dock));
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
}

} // namespace portolan
