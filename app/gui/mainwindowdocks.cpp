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
#include "flows/flowlayer.h"
#include "flows/flowspanel.h"
#include "rules/rulespanel.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createAnalysisDocks()
{
    // Flows: drawn on the canvas (the Flows menu is added in createActions)
    // and listed in a table; both follow FlowSelection.
    {
        m_flowLayer = new FlowLayer(m_scene, m_planService, m_flowSelection, this);
        m_flowLayer->attachLegend(m_view->viewport());
        m_flowsPanel = new FlowsPanel(m_planService, m_flowSelection, this);
        auto flows = new QDockWidget(tr("Flows"), this);
        flows->setObjectName(u"FlowsDock"_s);
        flows->setWidget(m_flowsPanel);
        addDockWidget(Qt::BottomDockWidgetArea, flows);
    }
    // Rules: the compacted rule set per enforcement point, counted against
    // its target's limit; tabbed with the flows table.
    {
        m_rulesPanel = new RulesPanel(m_planService, m_flowSelection, this);
        auto rules = new QDockWidget(tr("Rules"), this);
        rules->setObjectName(u"RulesDock"_s);
        rules->setWidget(m_rulesPanel);
        addDockWidget(Qt::BottomDockWidgetArea, rules);
        if (auto flows = findChild<QDockWidget *>(u"FlowsDock"_s)) {
            tabifyDockWidget(flows, rules);
            flows->raise();
            resizeDocks({flows}, {260}, Qt::Vertical);
        }
    }
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
        // A tab beside the flows table when opened, not a third row.
        if (auto flows = findChild<QDockWidget *>(u"FlowsDock"_s))
            tabifyDockWidget(flows, dock);
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
        if (auto flows = findChild<QDockWidget *>(u"FlowsDock"_s))
            tabifyDockWidget(flows, dock);
        dock->hide();
    }
}

} // namespace portolan
