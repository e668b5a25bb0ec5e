#include "flowspanel.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "csvwriter.h"
#include "flowfilterproxy.h"
#include "flowtablemodel.h"
#include "render/flowbundles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

FlowsPanel::FlowsPanel(PlanService *plans, FlowSelection *selection, QWidget *parent)
    : QWidget(parent), m_plans(plans), m_selection(selection), m_model(new FlowTableModel(this)),
      m_proxy(new FlowFilterProxy(this)), m_view(new QTableView(this)), m_element(new QComboBox(this)),
      m_product(new QComboBox(this)), m_audience(new QComboBox(this)), m_protocol(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_count(new QLabel(this))
{
    setObjectName(u"FlowsPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"FlowsTable"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // plan order until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto copySelected = new QAction(tr("&Copy Selected Rows as CSV"), m_view);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelected, &QAction::triggered, this, [this] { copy(false); });
    auto copyAll = new QAction(tr("Copy &All Visible Rows as CSV"), m_view);
    connect(copyAll, &QAction::triggered, this, [this] { copy(true); });
    m_view->addAction(copySelected);
    m_view->addAction(copyAll);
    // Edit > Copy (elements) has the same keys for the whole window: the
    // table claims Ctrl+C while it has focus, so it copies rows.
    m_view->installEventFilter(this);

    m_text->setPlaceholderText(tr("Search flows…"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(u"FlowSearch"_s);
    m_element->setToolTip(tr("Only flows that start, end or pass at this element"));
    m_product->setToolTip(tr("Only flows of this product"));
    m_audience->setToolTip(tr("Only flows of this audience"));
    m_protocol->setToolTip(tr("Only flows of this protocol"));
    for (QComboBox *c : {m_element, m_product, m_audience, m_protocol})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_element);
    filters->addWidget(m_product);
    filters->addWidget(m_audience);
    filters->addWidget(m_protocol);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    QStringList audiences{QString()}, audienceLabels{tr("All audiences")};
    for (Audience a : FlowBundles::drawnAudiences()) {
        audiences.append(audienceName(a));
        audienceLabels.append(FlowBundles::audienceTitle(a));
    }
    fillCombo(m_audience, audiences, audienceLabels);
    fillCombo(m_protocol, {QString(), u"tcp"_s, u"udp"_s, u"any"_s},
              {tr("All protocols"), u"tcp"_s, u"udp"_s, tr("any")});

    // Rows leaving the view through a filter leave the table's selection,
    // not the shared one: filtering only changes what the table shows.
    auto apply = [this] {
        m_syncing = true;
        m_proxy->setElement(m_element->currentData().toString());
        m_proxy->setProduct(m_product->currentData().toString());
        m_proxy->setAudience(m_audience->currentData().toString());
        m_proxy->setProtocol(m_protocol->currentData().toString());
        m_syncing = false;
        pullSelection();
        updateCount();
    };
    for (QComboBox *c : {m_element, m_product, m_audience, m_protocol})
        connect(c, &QComboBox::currentIndexChanged, this, apply);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_syncing = true;
        m_proxy->setText(text);
        m_syncing = false;
        pullSelection();
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FlowsPanel::pushSelection);
    connect(selection, &FlowSelection::changed, this, [this](const QStringList &, const QObject *origin) {
        if (origin != this)
            pullSelection();
    });
    connect(plans, &PlanService::snapshotReady, this, &FlowsPanel::setSnapshot);
    setSnapshot(plans->snapshot());
}

bool FlowsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copy(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlowsPanel::fillCombo(QComboBox *combo, const QStringList &values, const QStringList &labels)
{
    // Most edits change neither list; filling a combo with 1,000 elements
    // took milliseconds per edit.
    if (combo->count() == values.size()) {
        bool same = true;
        for (int i = 0; i < combo->count() && same; ++i)
            same = combo->itemData(i).toString() == values[i] && combo->itemText(i) == labels.value(i);
        if (same)
            return;
    }
    // Keep the user's choice across plan updates when it still exists.
    const QString current = combo->currentData().toString();
    QSignalBlocker blocker(combo);
    combo->clear();
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(labels.value(i), values[i]);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void FlowsPanel::setSnapshot(const PlanSnapshotPtr &snapshot)
{
    m_syncing = true;
    m_model->setSnapshot(snapshot);
    QStringList elements{QString()}, elementLabels{tr("All elements")};
    const Project &project = snapshot->project;
    auto addIds = [&](const auto &list) {
        for (const auto &element : list) {
            elements.append(element.id);
            elementLabels.append(element.id);
        }
    };
    // Project::allIds() order, links left out (no flow ends at a link).
    addIds(project.zones);
    addIds(project.nodes);
    addIds(project.loadBalancers);
    addIds(project.natLayers);
    addIds(project.firewalls);
    addIds(project.clients);
    fillCombo(m_element, elements, elementLabels);
    QStringList products{QString()};
    for (const Flow &f : snapshot->derivation.flows)
        if (!products.contains(f.product))
            products.append(f.product);
    std::sort(products.begin() + 1, products.end());
    QStringList productLabels = products;
    productLabels[0] = tr("All products");
    fillCombo(m_product, products, productLabels);
    m_proxy->setElement(m_element->currentData().toString());
    m_proxy->setProduct(m_product->currentData().toString());
    m_syncing = false;
    pullSelection();
    if (!m_sized && m_model->rowCount() > 0) {
        // Once, for the first plan with flows: later plans keep the user's widths.
        m_view->resizeColumnsToContents();
        m_sized = true;
    }
    updateCount();
}

void FlowsPanel::updateCount()
{
    m_count->setText(tr("%1 of %n flow(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void FlowsPanel::pushSelection()
{
    if (m_syncing)
        return;
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys.append(row.data(FlowTableModel::FlowKeyRole).toString());
    // Flows hidden by the filter stay selected elsewhere: the table only
    // changes what it can see.
    for (const QString &key : m_selection->keys()) {
        const int source = m_model->rowOf(key);
        if (source >= 0 && !m_proxy->mapFromSource(m_model->index(source, 0)).isValid() &&
            !keys.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    m_selection->setKeys(keys, this);
}

void FlowsPanel::pullSelection()
{
    m_syncing = true;
    QItemSelection rows;
    for (const QString &key : m_selection->keys()) {
        const int source = m_model->rowOf(key);
        if (source < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(source, 0));
        if (index.isValid())
            rows.select(index, index.siblingAtColumn(FlowTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_view->scrollTo(rows.first().topLeft());
    m_syncing = false;
}

QString FlowsPanel::csv(bool all) const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!all && !selected.isEmpty()) {
        for (const QModelIndex &i : selected)
            rows.append(i.row());
        std::sort(rows.begin(), rows.end()); // the order the user sees
    } else {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(r);
    }
    return csvOf(m_proxy, rows);
}

QString FlowsPanel::csvOf(const QAbstractItemModel *model, const QList<int> &rows)
{
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(model->headerData(c, Qt::Horizontal).toString());
    QString out = CsvWriter::record(header);
    for (int r : rows) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c)
            fields.append(model->index(r, c).data().toString());
        out += CsvWriter::record(fields);
    }
    return out;
}

void FlowsPanel::copy(bool all) const
{
    QApplication::clipboard()->setText(csv(all));
}

} // namespace portolan
