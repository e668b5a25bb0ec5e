#include "catalogdiffmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

using Change = CatalogDifference::Change;

// Light tints that keep default text readable; the sign in the change
// column says the same for readers who do not see the colour.
QColor tint(Change change)
{
    switch (change) {
    case Change::Added:
        return QColor(0xd9, 0xf2, 0xd9);
    case Change::Removed:
        return QColor(0xf8, 0xd8, 0xd8);
    case Change::Changed:
        return QColor(0xfd, 0xef, 0xc3);
    case Change::Unchanged:
        break;
    }
    return {};
}

QString sign(Change change)
{
    switch (change) {
    case Change::Added:
        return u"+"_s;
    case Change::Removed:
        return u"\u2212"_s;
    case Change::Changed:
        return u"~"_s;
    case Change::Unchanged:
        break;
    }
    return u"="_s;
}

} // namespace

CatalogDiffModel::CatalogDiffModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CatalogDiffModel::compare(const Catalog &left, const Catalog &right)
{
    m_all = CatalogDiff::compare(left, right);
    m_leftTitle = left.productName + u' ' + left.version;
    m_rightTitle = right.productName + u' ' + right.version;
    refilter();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void CatalogDiffModel::clear()
{
    m_all.clear();
    m_leftTitle.clear();
    m_rightTitle.clear();
    refilter();
}

void CatalogDiffModel::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    refilter();
}

void CatalogDiffModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (const CatalogDifference &d : std::as_const(m_all))
        if (!m_differencesOnly || d.change != Change::Unchanged ||
            d.kind == CatalogDifference::Kind::Component)
            m_rows.append(d);
    endResetModel();
}

int CatalogDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CatalogDifference &d = m_rows[index.row()];
    const bool component = d.kind == CatalogDifference::Kind::Component;
    switch (role) {
    case ChangeRole:
        return int(d.change);
    case Qt::BackgroundRole: {
        const QColor c = tint(d.change);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::FontRole:
        if (component) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LeftColumn || index.column() == RightColumn)
            return index.column() == LeftColumn ? d.left : d.right;
        if (index.column() == ChangeColumn && !d.fields.isEmpty())
            return tr("Differs in: %1").arg(d.fields.join(u", "_s));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ComponentColumn:
        return d.component;
    case KindColumn:
        return CatalogDiff::kindName(d.kind);
    case IdColumn:
        return d.id;
    case LeftColumn:
        return d.left.isEmpty() ? u"\u2014"_s : d.left;
    case RightColumn:
        return d.right.isEmpty() ? u"\u2014"_s : d.right;
    case ChangeColumn: {
        QString text = sign(d.change) + u' ' + CatalogDiff::changeName(d.change);
        if (!d.fields.isEmpty())
            text += u": "_s + d.fields.join(u", "_s);
        return text;
    }
    }
    return {};
}

QVariant CatalogDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case KindColumn:
        return tr("Kind");
    case IdColumn:
        return tr("Id / key");
    case LeftColumn:
        return m_leftTitle.isEmpty() ? tr("Left") : m_leftTitle;
    case RightColumn:
        return m_rightTitle.isEmpty() ? tr("Right") : m_rightTitle;
    case ChangeColumn:
        return tr("Difference");
    }
    return {};
}

} // namespace portolan
