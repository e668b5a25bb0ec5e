#include "flowlayer.h"

#include "canvas/deploymentscene.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString ShowKey = u"flows/show"_s;
const QString HiddenAudiencesKey = u"flows/hiddenAudiences"_s;
const QString HiddenProductsKey = u"flows/hiddenProducts"_s;
const QString SelectedOnlyKey = u"flows/selectedOnly"_s;

} // namespace

void FlowLayer::createActions(QWidget *window)
{
    QSettings settings;
    m_menu = new QMenu(tr("Flo&ws"), window);
    m_menu->setObjectName(u"FlowsMenu"_s);
    m_toolBar = new QToolBar(tr("Flows"), window);
    m_toolBar->setObjectName(u"FlowsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_show = m_menu->addAction(tr("&Show Flows"));
    m_show->setObjectName(u"ShowFlowsAction"_s);
    m_show->setCheckable(true);
    m_show->setChecked(settings.value(ShowKey, true).toBool());
    m_show->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_show->setToolTip(tr("Draw the derived port flows on the canvas"));
    m_toolBar->addAction(m_show);

    m_selectedOnly = m_menu->addAction(tr("Only Flows of the &Selected Elements"));
    m_selectedOnly->setObjectName(u"SelectedOnlyFlowsAction"_s);
    m_selectedOnly->setCheckable(true);
    m_selectedOnly->setChecked(settings.value(SelectedOnlyKey, false).toBool());
    m_selectedOnly->setToolTip(tr("Draw only the flows that start, end or pass at the selected elements"));
    m_toolBar->addAction(m_selectedOnly);
    m_menu->addSeparator();

    const QStringList hidden = settings.value(HiddenAudiencesKey).toStringList();
    m_toolBar->addSeparator();
    for (Audience a : FlowBundles::drawnAudiences()) {
        QAction *action = m_menu->addAction(FlowBundles::audienceTitle(a));
        action->setObjectName(u"FlowAudience_"_s + audienceName(a));
        action->setCheckable(true);
        action->setChecked(!hidden.contains(audienceName(a)));
        action->setToolTip(tr("Draw the flows whose audience is %1").arg(FlowBundles::audienceTitle(a)));
        QPixmap swatch(12, 12);
        swatch.fill(FlowBundles::audienceColor(a));
        action->setIcon(QIcon(swatch));
        m_audiences.insert(int(a), action);
        m_toolBar->addAction(action);
        connect(action, &QAction::toggled, this, [this] {
            saveSettings();
            rebuild();
        });
    }
    m_menu->addSeparator();
    m_productMenu = m_menu->addMenu(tr("&Products"));
    m_hiddenProducts = settings.value(HiddenProductsKey).toStringList();

    for (QAction *a : {m_show, m_selectedOnly})
        connect(a, &QAction::toggled, this, [this] {
            saveSettings();
            rebuild();
        });
}

void FlowLayer::updateProductActions()
{
    QStringList products;
    for (const Flow &f : m_snapshot->derivation.flows)
        if (!products.contains(f.product))
            products.append(f.product);
    std::sort(products.begin(), products.end());
    QStringList current = m_products.keys();
    current.sort();
    if (products == current && !products.isEmpty())
        return; // the same products: keep the actions (and an open menu) as they are
    qDeleteAll(m_products);
    m_products.clear();
    m_productMenu->clear();
    for (const QString &product : std::as_const(products)) {
        QAction *action = m_productMenu->addAction(product);
        action->setCheckable(true);
        action->setChecked(!m_hiddenProducts.contains(product));
        m_products.insert(product, action);
        connect(action, &QAction::toggled, this, [this, product](bool on) {
            if (on)
                m_hiddenProducts.removeAll(product);
            else if (!m_hiddenProducts.contains(product))
                m_hiddenProducts.append(product);
            saveSettings();
            rebuild();
        });
    }
    m_productMenu->setEnabled(!products.isEmpty());
}

void FlowLayer::saveSettings() const
{
    QSettings settings;
    settings.setValue(ShowKey, m_show->isChecked());
    settings.setValue(SelectedOnlyKey, m_selectedOnly->isChecked());
    QStringList hidden;
    for (Audience a : FlowBundles::drawnAudiences())
        if (!m_audiences.value(int(a))->isChecked())
            hidden.append(audienceName(a));
    settings.setValue(HiddenAudiencesKey, hidden);
    QStringList products = m_hiddenProducts;
    products.sort();
    settings.setValue(HiddenProductsKey, products);
}

FlowFilter FlowLayer::filter() const
{
    FlowFilter f;
    for (Audience a : FlowBundles::drawnAudiences())
        if (!m_audiences.value(int(a))->isChecked())
            f.hiddenAudiences.append(a);
    for (const QString &p : m_hiddenProducts)
        f.hiddenProducts.insert(p);
    if (m_selectedOnly->isChecked())
        f.onlyElements = m_scene->selectedIds();
    return f;
}

} // namespace portolan
