// MainWindow's docks that show what the plan service derives from the
// document: flows, rules, findings, NAT review, catalogs, audit. Each view
// reads PlanService::snapshot() and talks to the others through ids and
// FlowSelection, never through pointers into the document.
#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
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
}

} // namespace portolan
