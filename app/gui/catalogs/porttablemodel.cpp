#include "porttablemodel.h"

#include "catalog/catalogtext.h"

using namespace Qt::StringLiterals;

namespace portolan {

PortTableModel::PortTableModel(QObject *parent) : ComponentTableModel(ColumnCount, parent)
{
}

QVariant PortTableModel::data(const QModelIndex &index, int role) const
{
    const ComponentDef *c = component();
    if (!c || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PortDef &port = c->ports[index.row()];
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SourceColumn:
            if (const SourceDocument *source = catalog().sourceDocument(port.source))
                return source->document;
            return {};
        case QuoteColumn:
        case TitleColumn: {
            QStringList lines{port.quote};
            lines += port.notes;
            if (!port.enabledBy.isEmpty())
                lines.append(tr("Enabled by the feature %1.").arg(port.enabledBy));
            if (!port.excludedBy.isEmpty())
                lines.append(tr("Switched off by: %1.").arg(port.excludedBy.join(u", "_s)));
            lines.removeAll(QString());
            return lines.join(u"\n\n"_s);
        }
        case PortColumn:
            return CatalogText::portOrigin(port);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return port.id;
    case TitleColumn:
        return port.optional ? tr("%1 (optional)").arg(port.title) : port.title;
    case ProtocolColumn:
        return CatalogText::protocols(port.protocols);
    case PortColumn:
        return CatalogText::portCell(catalog(), *c, port);
    case AudienceColumn:
        return port.audience == Audience::Egress && !port.egressTo.isEmpty()
                   ? tr("egress to %1").arg(port.egressTo)
                   : audienceName(port.audience);
    case SourceColumn:
        return CatalogText::sourceTitle(catalog(), port.source);
    case QuoteColumn:
        return port.quote;
    }
    return {};
}

QVariant PortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Port");
    case ProtocolColumn:
        return tr("Protocol");
    case PortColumn:
        return tr("Number \u2190 setting");
    case AudienceColumn:
        return tr("Audience");
    case SourceColumn:
        return tr("Source document");
    case QuoteColumn:
        return tr("Quote");
    }
    return {};
}

} // namespace portolan
