#include "reconcilepanel.h"

#include "model/displayline.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString pointText(const QString &point, const Derivation &derivation)
{
    const RuleSet *set = derivation.ruleSet(point);
    return displayLine(set && !set->name.isEmpty() ? point + u"  "_s + set->name : point);
}

} // namespace

// The rules with their place in the folder ("web-1.rules:9"), not the
// whole path each time.
QString ReconcilePanel::rulesText(const ReconcileItem &item) const
{
    const QDir folder(m_folderPath);
    QStringList lines;
    for (qsizetype k = 0; k < item.rules.size(); ++k) {
        RuleOrigin origin = item.rules[k];
        origin.file = folder.relativeFilePath(origin.file);
        lines.append(displayLine(origin.toString() + u"  "_s + item.ruleTexts.value(k)));
    }
    return lines.join(u'\n');
}

ReconcilePanel::ReconcilePanel(QWidget *parent)
    : QWidget(parent), m_folder(new QLabel(this)), m_mapping(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_results(new QTreeWidget(this)),
      m_leave(new QPushButton(tr("Leave Reconcile"), this))
{
    setObjectName(u"ReconcilePanel"_s);
    m_folder->setWordWrap(true);
    m_folder->setTextFormat(Qt::PlainText);
    m_mapping->setObjectName(u"ReconcileMapping"_s);
    m_mapping->setColumnCount(4);
    m_mapping->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Point"), tr("Why")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(u"ReconcileSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_results->setObjectName(u"ReconcileResults"_s);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Point / status"), tr("Space"), tr("Today's rule")});
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_leave->setObjectName(u"LeaveReconcileButton"_s);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_folder);
    topLayout->addWidget(m_mapping);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_results);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);
    layout->addWidget(m_leave, 0, Qt::AlignRight);

    connect(m_results, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { activate(current); });
    connect(m_leave, &QPushButton::clicked, this, &ReconcilePanel::leaveRequested);
}

void ReconcilePanel::setFiles(const QString &folder, const QList<FolderFile> &files,
                              const QList<QStringList> &choices, const Derivation &derivation)
{
    m_folderPath = folder;
    m_folder->setText(tr("Today's rules in %1").arg(displayLine(QDir::toNativeSeparators(folder))));
    m_mapping->clearContents();
    m_mapping->setRowCount(int(files.size()));
    for (int r = 0; r < files.size(); ++r) {
        const FolderFile &f = files[r];
        auto *name = new QTableWidgetItem(displayLine(f.fileName));
        name->setData(Qt::UserRole, f.fileName);
        name->setToolTip(displayLine(f.path));
        m_mapping->setItem(r, FileColumn, name);
        m_mapping->setItem(r, KindColumn, new QTableWidgetItem(rulesKindName(f.kind)));
        auto *why = new QTableWidgetItem(displayLine(f.reason));
        why->setToolTip(displayLine(f.reason));
        m_mapping->setItem(r, WhyColumn, why);
        if (f.kind == RulesKind::Unknown) {
            m_mapping->setItem(r, PointColumn, new QTableWidgetItem(tr("(skipped)")));
            continue;
        }
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(u"PointCombo:"_s + f.fileName);
        combo->addItem(tr("(not compared)"), QString());
        for (const QString &point : choices.value(r))
            combo->addItem(pointText(point, derivation), point);
        combo->setCurrentIndex(std::max(0, combo->findData(f.point)));
        connect(combo, &QComboBox::activated, this, [this, combo, fileName = f.fileName] {
            Q_EMIT pointChosen(fileName, combo->currentData().toString());
        });
        m_mapping->setCellWidget(r, PointColumn, combo);
    }
    m_mapping->resizeColumnsToContents();
    m_mapping->resizeRowsToContents();
    // The files take what their rows need, the results the rest.
    int rows = m_mapping->horizontalHeader()->height() + 2 * m_mapping->frameWidth() + 4;
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        rows += m_mapping->rowHeight(r);
    const int top = m_folder->sizeHint().height() + rows;
    m_split->setSizes({top, std::max(1, m_split->height() - top)});
}

void ReconcilePanel::setReport(const FolderReport &report, const Derivation &derivation)
{
    using S = ReconcileItem::Status;
    m_results->clear();
    int differ = 0;
    for (const ReconcileReport &r : report.reports) {
        differ += r.exact() ? 0 : 1;
        const RuleSet *set = derivation.ruleSet(r.point);
        const QString element = set ? set->element : QString();
        auto *top = new QTreeWidgetItem(
            m_results,
            {pointText(r.point, derivation),
             r.exact() ? tr("equal to the plan")
                       : tr("%1 blocked, %2 extra").arg(r.count(S::Blocked)).arg(r.count(S::Extra))});
        top->setData(0, ElementRole, element);
        for (const ReconcileItem &i : r.items) {
            if (i.status != S::Blocked && i.status != S::Extra)
                continue;
            const QString status = i.status == S::Blocked
                                       ? tr("blocked %1").arg(flowDirectionName(i.direction))
                                       : tr("extra %1").arg(flowDirectionName(i.direction));
            auto *row = new QTreeWidgetItem(top, {status, displayLine(i.space), rulesText(i)});
            row->setData(0, FlowsRole, i.status == S::Blocked ? i.flows : QStringList());
            row->setData(0, ElementRole, element);
            row->setToolTip(1, displayLine(i.detail.isEmpty() ? i.space : i.detail));
            row->setToolTip(2, rulesText(i));
            row->setForeground(0,
                               i.status == S::Blocked ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x5e, 0x00));
        }
        top->setExpanded(true);
    }
    // Spaces and rule text can be long: each column fits its text up to a
    // third of the width, the tooltip has the rest.
    for (int c = 0; c < m_results->columnCount(); ++c) {
        m_results->resizeColumnToContents(c);
        m_results->setColumnWidth(c, std::min(m_results->columnWidth(c), std::max(200, width() / 3)));
    }
    m_summary->setText(tr("%n point(s) compared", nullptr, int(report.reports.size())) + u", "_s +
                       tr("%n differ", nullptr, differ) + u", "_s +
                       tr("%n file(s) not compared", nullptr, report.unmappedRulesFiles()));
}

void ReconcilePanel::setReason(const QString &fileName, const QString &reason)
{
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        if (m_mapping->item(r, FileColumn)->data(Qt::UserRole).toString() != fileName)
            continue;
        QTableWidgetItem *why = m_mapping->item(r, WhyColumn);
        why->setText(displayLine(reason));
        why->setToolTip(displayLine(reason));
        return;
    }
}

void ReconcilePanel::setErrors(const Diagnostics &errors)
{
    m_results->clear();
    QStringList lines;
    for (const Diagnostic &d : errors)
        lines.append(displayLine(d.toString()));
    m_summary->setText(tr("Not compared: %1").arg(lines.join(u"; "_s)));
}

void ReconcilePanel::setRunning(bool running)
{
    if (running)
        m_summary->setText(tr("Comparing today's rules with the plan…"));
}

void ReconcilePanel::clear()
{
    m_folder->clear();
    m_mapping->clearContents();
    m_mapping->setRowCount(0);
    m_results->clear();
    m_summary->clear();
}

void ReconcilePanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QStringList flows = item->data(0, FlowsRole).toStringList();
    if (!flows.isEmpty())
        Q_EMIT flowsActivated(flows);
    else if (const QString element = item->data(0, ElementRole).toString(); !element.isEmpty())
        Q_EMIT elementActivated(element);
}

} // namespace portolan
