// MainWindow's docks that show what the plan service derives from the
// document: flows, rules, findings, NAT review, catalogs, audit. Each view
// reads PlanService::snapshot() and talks to the others through ids and
// FlowSelection, never through pointers into the document.
#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "review/natreviewpanel.h"
#include "review/reviewpanel.h"

#include <QDockWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createAnalysisDocks()
{
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
        connect(panel->tree(), &QTreeWidget::itemActivated, this,
                [showElement](QTreeWidgetItem *item) {
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
}

} // namespace portolan
