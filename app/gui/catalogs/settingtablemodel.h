#pragma once

#include "componenttablemodel.h"

namespace portolan {

// The settings of one catalog component: key, type, default, what it is,
// the file it is set in and the source document.
class SettingTableModel : public ComponentTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qsizetype rowsOf(const ComponentDef &component) const override { return component.settings.size(); }
};

} // namespace portolan
