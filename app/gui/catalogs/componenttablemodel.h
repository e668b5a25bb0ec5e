#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>

namespace portolan {

// A table of one catalog component's entries (its ports, its settings):
// holds a copy of the catalog and the component's id; subclasses say how
// many rows the component has and what each cell shows.
class ComponentTableModel : public QAbstractTableModel
{
public:
    // Copies the catalog; an unknown component shows no rows.
    void setComponent(const Catalog &catalog, const QString &componentId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    ComponentTableModel(int columns, QObject *parent);
    virtual qsizetype rowsOf(const ComponentDef &component) const = 0;
    const ComponentDef *component() const;
    const Catalog &catalog() const { return m_catalog; }

private:
    int m_columns;
    Catalog m_catalog;
    QString m_component;
};

} // namespace portolan
