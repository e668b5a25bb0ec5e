#include "settingtablemodel.h"

#include "catalog/catalogtext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace portolan {

SettingTableModel::SettingTableModel(QObject *parent) : ComponentTableModel(ColumnCount, parent)
{
}

QVariant SettingTableModel::data(const QModelIndex &index, int role) const
{
    const ComponentDef *c = component();
    if (!c || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SettingDef &setting = c->settings[index.row()];
    if (role == Qt::ToolTipRole) {
        if (index.column() == SourceColumn) {
            const SourceDocument *source = catalog().sourceDocument(setting.source);
            return source ? source->document : QVariant();
        }
        if (index.column() == DescriptionColumn || index.column() == DefaultColumn)
            return index.column() == DefaultColumn ? setting.defaultValue : setting.title;
        return {};
    }
    if (role == Qt::FontRole && index.column() == DefaultColumn && setting.defaultValue.isEmpty()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return setting.key;
    case TypeColumn:
        return settingTypeName(setting.type);
    case DefaultColumn:
        return setting.defaultValue.isEmpty() ? tr("unset") : setting.defaultValue;
    case DescriptionColumn:
        return setting.title;
    case FileColumn:
        return setting.file;
    case SourceColumn:
        return CatalogText::sourceTitle(catalog(), setting.source);
    }
    return {};
}

QVariant SettingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case DefaultColumn:
        return tr("Default");
    case DescriptionColumn:
        return tr("Description");
    case FileColumn:
        return tr("File");
    case SourceColumn:
        return tr("Source document");
    }
    return {};
}

} // namespace portolan
