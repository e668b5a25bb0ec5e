#include "catalogtable.h"

#include <QComboBox>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace portolan {

CatalogTable::CatalogTable(const QString &name, const QList<Column> &columns, QWidget *parent)
    : QTableWidget(0, int(columns.size()), parent), m_columns(columns)
{
    setObjectName(name);
    QStringList titles;
    for (const Column &c : columns)
        titles.append(c.title);
    setHorizontalHeaderLabels(titles);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling)
            return;
        const QTableWidgetItem *cell = item(row, column);
        if (!cell)
            return;
        const bool check = m_columns.value(column).kind == Kind::Check;
        Q_EMIT cellEdited(
            row, column, check ? (cell->checkState() == Qt::Checked ? u"true"_s : u"false"_s) : cell->text());
    });
}

int CatalogTable::selectedRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void CatalogTable::setChoice(int row, int column, const QString &value, const QStringList &choices)
{
    auto combo = qobject_cast<QComboBox *>(cellWidget(row, column));
    if (!combo) {
        combo = new QComboBox(this);
        combo->setObjectName(objectName() + u'.' + QString::number(row) + u'.' + QString::number(column));
        connect(combo, &QComboBox::activated, this, [this, combo, column] {
            // The row the combo box stands in now, not the one it was made for.
            for (int r = 0; r < rowCount(); ++r)
                if (cellWidget(r, column) == combo)
                    Q_EMIT cellEdited(r, column, combo->currentData().toString());
        });
        setCellWidget(row, column, combo);
    }
    QStringList items = choices;
    if (!items.contains(value))
        items.append(value);
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QString &choice : std::as_const(items))
        combo->addItem(choice.isEmpty() ? tr("(none)") : choice, choice);
    combo->setCurrentIndex(int(items.indexOf(value)));
}

void CatalogTable::setRows(const QList<QStringList> &rows, const QList<QStringList> &problems,
                           const QList<QStringList> &choices)
{
    m_filling = true;
    if (rowCount() != rows.size()) {
        // Row widgets belong to rows: start again when rows come or go.
        setRowCount(0);
        setRowCount(int(rows.size()));
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString value = rows[r].value(c);
            const QString problem = problems.value(r).value(c);
            const Kind kind = m_columns[c].kind;
            if (kind == Kind::Choice) {
                setChoice(r, c, value, choices.value(c));
                cellWidget(r, c)->setToolTip(problem);
                cellWidget(r, c)->setStyleSheet(problem.isEmpty() ? QString() : u"color: #8a1010;"_s);
                continue;
            }
            QTableWidgetItem *cell = item(r, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                setItem(r, c, cell);
            }
            if (kind == Kind::Check) {
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                cell->setCheckState(value == u"true"_s ? Qt::Checked : Qt::Unchecked);
            } else if (cell->text() != value) {
                cell->setText(value);
            }
            cell->setToolTip(problem);
            cell->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xff, 0xe5, 0xe5)));
        }
    }
    m_filling = false;
}

} // namespace portolan
