// MainWindow's docks that show what the plan service derives from the
// document: flows, rules, findings, NAT review, catalogs, audit. Each view
// reads PlanService::snapshot() and talks to the others through ids and
// FlowSelection, never through pointers into the document.
#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "audit/auditoverlay.h"
#include "audit/auditpanel.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "catalogs/catalogbrowser.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createAnalysisDocks()
{
    {
        // Audit: probe the running deployment, results in a table and as
        // halos on the canvas.
        auto *panel = new AuditPanel(m_document, m_planService, this);
        auto *overlay = new AuditOverlay(m_document, m_scene, this);
        overlay->setObjectName(u"AuditOverlay"_s);
        auto *dock = new QDockWidget(tr("Audit"), this);
        dock->setObjectName(u"AuditDock"_s);
        dock->setWidget(panel);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide(); // a post-go-live tool: opened from the View menu
        connect(panel, &AuditPanel::outcomesChanged, overlay, &AuditOverlay::setOutcomes);
        connect(panel, &AuditPanel::elementActivated, this, [this](const QString &id) {
            m_scene->selectIds({id});
            if (m_scene->itemFor(id))
                m_view->ensureVisible(m_scene->sceneRectOf(id), 40, 40);
        });
    }
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
