#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>

namespace portolan {

// The settings of one catalog component: key, type, default, what it is,
// the file it is set in and the source document.
class SettingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        TypeColumn,
        DefaultColumn,
        DescriptionColumn,
        FileColumn,
        SourceColumn,
        ColumnCount
    };

    explicit SettingTableModel(QObject *parent = nullptr);
    // Copies the catalog; an unknown component shows no rows.
    void setComponent(const Catalog &catalog, const QString &componentId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ComponentDef *component() const;

    Catalog m_catalog;
    QString m_component;
};

} // namespace portolan
