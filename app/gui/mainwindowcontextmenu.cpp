// MainWindow's context menus on the canvas: an element, a drawn connection
// or a flow path. Every entry goes through what the menus and docks do
// already (Edit › Delete, Connect Mode, the flow filter, the inspector), so
// each edit stays one undo step.
#include "mainwindow.h"

#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/document.h"
#include "flows/flowlayer.h"
#include "flows/flowspanel.h"
#include "panels/inspectorpanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::showCanvasMenu(const CanvasTarget &target, const QPoint &screenPos)
{
    const bool flowPath = target.kind == CanvasTarget::Kind::FlowPath;
    const bool line = target.kind == CanvasTarget::Kind::Connection;
    auto menu = new QMenu(this);
    menu->setObjectName(u"CanvasContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto add = [menu](const QString &text, const QString &name, bool enabled, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setEnabled(enabled);
        QObject::connect(a, &QAction::triggered, menu, slot);
        return a;
    };

    // Delete: the line alone for a line (its ends stay), as Edit › Delete.
    QAction *remove =
        add(line ? tr("&Delete Line") : tr("&Delete"), u"contextDelete"_s, !flowPath, [this, target] {
            if (target.kind == CanvasTarget::Kind::Connection)
                m_scene->selectConnection(target.connection);
            else
                m_scene->selectIds({target.id});
            deleteSelection();
        });
    if (flowPath)
        remove->setToolTip(tr("Flows are derived: delete the connection or element that asks for them"));

    // Connect from here: Connect Mode on, the line already leaving this end.
    const ElementId from = line ? target.connection.from : target.id;
    add(tr("&Connect from Here"), u"contextConnect"_s, !from.isEmpty() && m_scene->itemFor(from),
        [this, from] {
            if (!m_connectMode->isChecked())
                m_connectMode->trigger();
            m_scene->beginConnectFrom(from);
        });
    menu->addSeparator();

    // The flow filter: only this element's flows, on the canvas and in the table.
    auto showFlowsOf = [this](const ElementId &id) {
        m_scene->selectIds({id});
        if (!m_flowLayer->showAction()->isChecked())
            m_flowLayer->showAction()->trigger();
        if (!m_flowLayer->selectedOnlyAction()->isChecked())
            m_flowLayer->selectedOnlyAction()->trigger();
        QComboBox *combo = m_flowsPanel->elementFilter();
        if (const int i = combo->findData(id); i >= 0)
            combo->setCurrentIndex(i);
    };
    const bool hasElement = !target.id.isEmpty() && m_scene->itemFor(target.id);
    add(flowPath ? tr("Show Only Flows of %1").arg(target.id) : tr("Show Only This Element's &Flows"),
        u"contextShowFlows"_s, hasElement, [showFlowsOf, id = target.id] { showFlowsOf(id); });
    if (flowPath) {
        const ElementId to = target.destination;
        add(tr("Show Only Flows of %1").arg(to), u"contextShowFlowsTo"_s,
            !to.isEmpty() && m_scene->itemFor(to), [showFlowsOf, to] { showFlowsOf(to); });
        add(tr("&Select These Flows"), u"contextSelectFlows"_s, true,
            [this, keys = target.flowKeys] { m_flowLayer->select(keys, false); });
    }
    menu->addSeparator();

    // Properties: the inspector shows the element and takes the keyboard.
    add(tr("&Properties"), u"contextProperties"_s, hasElement, [this, target] {
        if (target.kind != CanvasTarget::Kind::Connection)
            m_scene->selectIds({target.id});
        m_inspector->setElement(target.id);
        if (auto dock = findChild<QDockWidget *>(u"InspectorDock"_s)) {
            dock->show();
            dock->raise();
        }
        for (QLineEdit *field : m_inspector->findChildren<QLineEdit *>())
            if (field->isVisibleTo(m_inspector) && field->isEnabled()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
    });
    menu->popup(screenPos);
}

} // namespace portolan
