#include "flowlayer.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "derive/flowexplanationtext.h"
#include "flowpathitem.h"

#include <QGraphicsView>

using namespace Qt::StringLiterals;

namespace portolan {

// The layer's wiring and what it answers about its paths. The rest of the
// class, by job: flowlayermenu.cpp (menu, toolbar, remembered toggles),
// flowpathrebuild.cpp (which paths exist, rebuilt incrementally),
// flowlayergeometry.cpp (the scene's rectangles into layout/flowpathgeometry
// and the result onto the items), flowlabels.cpp (label placement),
// flowhighlight.cpp (selected flows and their tags), flowlayerevents.cpp
// (the scene's events and the legend).

FlowLayer::FlowLayer(DeploymentScene *scene, PlanService *plans, FlowSelection *selection, QWidget *window)
    : QObject(window), m_scene(scene), m_plans(plans), m_selection(selection), m_snapshot(plans->snapshot())
{
    setObjectName(u"FlowLayer"_s);
    createActions(window);
    connect(plans, &PlanService::snapshotReady, this, [this](const PlanSnapshotPtr &snapshot) {
        const PlanSnapshotPtr shown = std::exchange(m_snapshot, snapshot);
        updateProductActions();
        const QList<qsizetype> *changed = snapshot->changedFlowsSince(shown.get());
        if (!changed || !updateChangedFlows(*shown, *changed))
            rebuild();
    });
    connect(scene, &DeploymentScene::geometryChanged, this, &FlowLayer::updateGeometry);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selectedOnly->isChecked())
            rebuild();
    });
    connect(selection, &FlowSelection::changed, this, [this](const QStringList &keys, const QObject *origin) {
        applyHighlight();
        // Picked in the table or the rules view: bring the path into sight.
        if (origin == this || keys.isEmpty())
            return;
        if (FlowPathItem *item = m_itemByKey.value(keys.first()); item && item->isVisible())
            for (QGraphicsView *view : m_scene->views())
                view->ensureVisible(item->sceneBoundingRect(), 40, 40);
    });
    scene->installEventFilter(this);
    updateProductActions();
    rebuild();
}

FlowLayer::~FlowLayer()
{
    // The items paint through the layer: take them out of the scene first.
    m_scene->removeEventFilter(this);
    qDeleteAll(m_items);
    delete m_legend;
}

const DrawingTheme &FlowLayer::theme() const
{
    return m_scene->theme();
}

FlowPathItem *FlowLayer::itemForFlow(const QString &flowKey) const
{
    return m_itemByKey.value(flowKey);
}

QString FlowLayer::toolTipFor(const FlowBundle &bundle) const
{
    constexpr int Shown = 6;
    QStringList parts;
    parts.append(tr("%n flow(s): %1", nullptr, int(bundle.flows.size())).arg(bundle.label()));
    for (qsizetype i = 0; i < bundle.flows.size() && i < Shown; ++i) {
        const Flow &f = bundle.flows[i];
        QString title;
        if (const ComponentDef *c = m_snapshot->catalogs.component(f.component))
            if (const PortDef *p = c->port(f.port))
                title = p->title;
        QString part = FlowBundles::explain(f, title);
        if (f.path.status == PathStatus::CannotWork)
            part += u'\n' + tr("Cannot work: %1").arg(FlowPaths::reason(f));
        // The packet hop by hop (explain) for a path of one flow or a few.
        if (bundle.flows.size() <= 2)
            if (const auto explained = FlowExplanationText::explainOne(m_snapshot->derivation, f))
                part += u'\n' + FlowExplanationText::steps(*explained).join(u'\n');
        parts.append(part);
    }
    if (bundle.flows.size() > Shown)
        parts.append(tr("… and %n more", nullptr, int(bundle.flows.size() - Shown)));
    return parts.join(u"\n\n"_s);
}

} // namespace portolan
