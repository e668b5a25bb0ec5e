#pragma once

#include "componenttablemodel.h"

namespace portolan {

// The ports of one catalog component: id, protocol, the number with every
// setting at its default and the setting it comes from, audience, and the
// source document with the sentence the entry rests on.
class PortTableModel : public ComponentTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qsizetype rowsOf(const ComponentDef &component) const override { return component.ports.size(); }
};

} // namespace portolan
