#include "rulespanel.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "rulesmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

RulesPanel::RulesPanel(PlanService *plans, FlowSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(new RulesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTreeView(this)), m_search(new QLineEdit(this))
{
    setObjectName(u"RulesPanel"_s);
    m_proxy->setSourceModel(m_model);
    // A point stays when one of its rules matches, and shows that rule.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"RulesTree"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_search->setPlaceholderText(tr("Search rules (point, port, address, comment)…"));
    m_search->setClearButtonEnabled(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPanel::pushSelection);
    connect(selection, &FlowSelection::changed, this,
            [this](const QStringList &keys, const QObject *) { m_model->setSelectedFlows(keys); });
    connect(plans, &PlanService::snapshotReady, this, &RulesPanel::setSnapshot);
    setSnapshot(plans->snapshot());
}

void RulesPanel::setSnapshot(const PlanSnapshotPtr &snapshot)
{
    // Behind another tab (the default: Flows is in front) the rules wait
    // until they are looked at; rebuilding them per edit was a few ms of
    // every edit at 1,000 nodes for nobody.
    if (!m_shown) {
        m_pending = snapshot;
        return;
    }
    m_pending.reset();
    applySnapshot(snapshot);
}

void RulesPanel::setShown(bool shown)
{
    m_shown = shown;
    if (m_shown && m_pending)
        applySnapshot(std::exchange(m_pending, {}));
}

void RulesPanel::applySnapshot(const PlanSnapshotPtr &snapshot)
{
    // Keep the points the user opened open across plan updates.
    QStringList expanded;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (m_view->isExpanded(i))
            expanded.append(i.data(RulesModel::RuleSetIdRole).toString());
    }
    m_syncing = true;
    m_model->setSnapshot(snapshot);
    m_model->setSelectedFlows(m_selection->keys());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (expanded.contains(i.data(RulesModel::RuleSetIdRole).toString()))
            m_view->expand(i);
    }
    m_syncing = false;
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_view->expandAll();
        for (int c = 0; c < RulesModel::ColumnCount; ++c)
            m_view->resizeColumnToContents(c);
        // A small plan reads best open; a large one starts as a list of points.
        int rules = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            rules += m_model->rowCount(m_model->index(r, 0));
        if (rules > 150)
            m_view->collapseAll();
    }
}

void RulesPanel::pushSelection()
{
    if (m_syncing)
        return;
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys += row.data(RulesModel::FlowKeysRole).toStringList();
    keys.removeDuplicates();
    keys.sort();
    m_selection->setKeys(keys, this);
}

} // namespace portolan
