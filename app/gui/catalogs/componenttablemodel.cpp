#include "componenttablemodel.h"

namespace portolan {

ComponentTableModel::ComponentTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

void ComponentTableModel::setComponent(const Catalog &catalog, const QString &componentId)
{
    beginResetModel();
    m_catalog = catalog;
    m_component = componentId;
    endResetModel();
}

void ComponentTableModel::clear()
{
    setComponent({}, {});
}

const ComponentDef *ComponentTableModel::component() const
{
    return m_catalog.component(m_component);
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    const ComponentDef *c = component();
    return parent.isValid() || !c ? 0 : int(rowsOf(*c));
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

} // namespace portolan
