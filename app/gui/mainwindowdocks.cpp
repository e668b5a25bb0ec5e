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
#include "review/natreviewpanel.h"
#include "review/reviewpanel.h"
#include "rules/rulespanel.h"

#include <QDockWidget>
#include <QTreeWidget>

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
        connect(rules, &QDockWidget::visibilityChanged, m_rulesPanel, &RulesPanel::setShown);
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

    // Shows an element a finding or NAT row is about: selected and scrolled to.
    auto showElement = [this](const QString &id) {
        if (!m_scene->itemFor(id))
            return;
        m_scene->selectIds({id});
        m_view->ensureVisible(m_scene->sceneRectOf(id), 40, 40);
    };

    // Review: the findings of the newest snapshot, counts in the title.
    {
        auto panel = new ReviewPanel(this);
        panel->setObjectName(u"ReviewPanel"_s);
        // Room for a NAT's mappings and nodes, or several findings: the
        // tabbed area takes this height for both docks.
        panel->setMinimumHeight(220);
        auto dock = new QDockWidget(panel->title(), this);
        dock->setObjectName(u"ReviewDock"_s);
        dock->setWidget(panel);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        connect(panel, &ReviewPanel::titleChanged, dock, &QDockWidget::setWindowTitle);
        connect(panel, &ReviewPanel::elementRequested, this, showElement);
        connect(m_planService, &PlanService::snapshotReady, panel, &ReviewPanel::setSnapshot);
        panel->setSnapshot(m_planService->snapshot());
    }

    // NAT review: mappings beside advertise/listen settings, proposals to
    // copy or apply. Tabbed with the review dock: both are about findings.
    {
        auto panel = new NatReviewPanel(m_document, this);
        panel->setObjectName(u"NatReviewPanel"_s);
        auto dock = new QDockWidget(tr("NAT Review"), this);
        dock->setObjectName(u"NatReviewDock"_s);
        dock->setWidget(panel);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        connect(dock, &QDockWidget::visibilityChanged, panel, &NatReviewPanel::setShown);
        if (auto review = findChild<QDockWidget *>(u"ReviewDock"_s)) {
            tabifyDockWidget(review, dock);
            review->raise();
            panel->setShown(false);
        }
        connect(panel->tree(), &QTreeWidget::itemActivated, this, [showElement](QTreeWidgetItem *item) {
            showElement(item->data(NatReviewPanel::ItemColumn, NatReviewPanel::NodeRole).toString());
        });
        connect(m_planService, &PlanService::snapshotReady, panel, &NatReviewPanel::setSnapshot);
        // Selecting a node on the canvas shows its NAT rows and proposal.
        connect(m_scene, &QGraphicsScene::selectionChanged, panel, [this, panel] {
            const QStringList ids = m_scene->selectedIds();
            if (ids.size() == 1)
                panel->selectNode(ids.first());
        });
        panel->setSnapshot(m_planService->snapshot());
    }

    // The flows table is what a new window shows in the bottom area.
    if (auto flows = findChild<QDockWidget *>(u"FlowsDock"_s))
        flows->raise();
}

} // namespace portolan
