// MainWindow's Arrange menu (align, distribute, auto layout) and the
// overview dock: the editor's tools for tidying and finding one's way
// around a large drawing.
#include "mainwindow.h"

#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "canvas/overviewview.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace portolan {

void MainWindow::createOverviewDock()
{
    auto overview = new OverviewView(m_view, this);
    auto dock = new QDockWidget(tr("Overview"), this);
    dock->setObjectName(u"OverviewDock"_s);
    dock->setWidget(overview);
    // A tab beside the history, so the inspector above keeps its height.
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto history = findChild<QDockWidget *>(u"HistoryDock"_s)) {
        tabifyDockWidget(history, dock);
        dock->raise();
    }
    if (auto inspector = findChild<QDockWidget *>(u"InspectorDock"_s))
        resizeDocks({inspector, dock}, {620, 260}, Qt::Vertical);
}

void MainWindow::createArrangeMenu()
{
    auto arrange = new QMenu(tr("&Arrange"), this);
    // Before View, where drawing tools usually sit (Inkscape, yEd).
    menuBar()->insertMenu(m_viewMenu ? m_viewMenu->menuAction() : nullptr, arrange);
    auto add = [&](const QString &text, const QString &shortcut, Alignment::Mode mode) {
        QAction *a = arrange->addAction(text);
        a->setShortcut(QKeySequence(shortcut));
        a->setObjectName(u"arrange"_s + QString::number(int(mode)));
        connect(a, &QAction::triggered, this, [this, mode] { m_scene->alignSelection(mode); });
    };
    add(tr("Align &Left"), tr("Alt+Shift+L"), Alignment::Mode::Left);
    add(tr("Align Centres &Horizontally"), tr("Alt+Shift+H"), Alignment::Mode::HorizontalCentre);
    add(tr("Align &Right"), tr("Alt+Shift+R"), Alignment::Mode::Right);
    arrange->addSeparator();
    add(tr("Align &Top"), tr("Alt+Shift+T"), Alignment::Mode::Top);
    add(tr("Align Centres &Vertically"), tr("Alt+Shift+V"), Alignment::Mode::VerticalCentre);
    add(tr("Align &Bottom"), tr("Alt+Shift+B"), Alignment::Mode::Bottom);
    arrange->addSeparator();
    add(tr("Distribute Hori&zontally"), tr("Ctrl+Alt+Shift+H"), Alignment::Mode::DistributeHorizontally);
    add(tr("Distribute V&ertically"), tr("Ctrl+Alt+Shift+V"), Alignment::Mode::DistributeVertically);
    arrange->addSeparator();
    QAction *layout = arrange->addAction(tr("&Auto Layout"));
    layout->setObjectName(u"autoLayout"_s);
    // Not Ctrl+Shift+L: that is Flows › Show Flows, and a shortcut bound
    // twice triggers neither (Qt's "ambiguous shortcut overload").
    layout->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    layout->setToolTip(tr("Lay the whole drawing out in layers: clients, load balancers, NAT layers and "
                          "firewalls, then nodes, with zones sized to their content"));
    connect(layout, &QAction::triggered, this, [this] { m_scene->autoLayout(); });
}

} // namespace portolan
