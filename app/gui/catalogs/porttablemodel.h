#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>

namespace portolan {

// The ports of one catalog component: id, protocol, the number with every
// setting at its default and the setting it comes from, audience, and the
// source document with the sentence the entry rests on.
class PortTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TitleColumn,
        ProtocolColumn,
        PortColumn,
        AudienceColumn,
        SourceColumn,
        QuoteColumn,
        ColumnCount
    };

    explicit PortTableModel(QObject *parent = nullptr);
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
