#include "flowtablemodel.h"

#include "derive/flowexplanationtext.h"
#include "render/flowbundles.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace portolan {

FlowTableModel::FlowTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void FlowTableModel::setSnapshot(PlanSnapshotPtr snapshot)
{
    // The same flows, some with other addresses or ports (most edits): the
    // rows stay, the changed ones say so. A reset would make the view and
    // the proxy forget the selection and sort and filter 5,000 rows again.
    // The computation says which rows changed (ReuseFlows).
    if (const QList<qsizetype> *changed =
            snapshot ? snapshot->changedFlowsSince(m_snapshot.get()) : nullptr) {
        const PlanSnapshotPtr before = std::exchange(m_snapshot, std::move(snapshot));
        // A key holds the ports, so a port edit changes it; every old key
        // out before a new one goes in (two rows may trade keys).
        for (qsizetype row : *changed)
            m_rows.remove(before->derivation.flows[row].key());
        for (qsizetype row : *changed) {
            m_rows.insert(m_snapshot->derivation.flows[row].key(), int(row));
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot)
        for (int row = 0; row < m_snapshot->derivation.flows.size(); ++row)
            m_rows.insert(m_snapshot->derivation.flows[row].key(), row);
    endResetModel();
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->derivation.flows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowTableModel::text(const Flow &f, int column) const
{
    switch (column) {
    case Source:
        return FlowBundles::endpointName(f.source);
    case Destination:
        return FlowBundles::endpointName(f.destination);
    case Protocol:
        return f.protocol == portolan::Protocol::Any ? tr("any") : protocolName(f.protocol);
    case Ports:
        return FlowBundles::portsOf(f);
    case Audience:
        return FlowBundles::audienceTitle(f.audience);
    case Product:
        return f.product;
    case Component:
        return f.component + u" · "_s + f.port;
    case Via: {
        QStringList hops;
        for (const FlowHop &h : f.via)
            hops.append(h.id);
        return hops.join(u" → "_s);
    }
    case Path:
        switch (f.path.status) {
        case PathStatus::Works:
            return tr("works");
        case PathStatus::CannotWork:
            if (f.path.family != PathFamily::Both) {
                const QString family = f.path.family == PathFamily::IPv6 ? u"IPv6"_s : u"IPv4"_s;
                return f.path.stop.isEmpty() ? tr("cannot work over %1").arg(family)
                                             : tr("cannot work over %1 at %2").arg(family, f.path.stop);
            }
            return f.path.stop.isEmpty() ? tr("cannot work") : tr("cannot work at %1").arg(f.path.stop);
        case PathStatus::Unknown:
            return tr("unknown");
        }
        return {};
    case Document: {
        // The title a reader recognises; the file stays in the tooltip.
        const SourceDocument *document = documentOf(f);
        return document && !document->title.isEmpty() ? document->title : f.sourceDocument;
    }
    }
    return {};
}

const SourceDocument *FlowTableModel::documentOf(const Flow &f) const
{
    // The flow names the document by its file (or URL); the catalog that
    // states it, the flow's own first, has its title.
    if (f.sourceDocument.isEmpty())
        return nullptr;
    auto find = [&](const Catalog &c) -> const SourceDocument * {
        for (const SourceDocument &d : c.sources)
            if (d.document == f.sourceDocument)
                return &d;
        return nullptr;
    };
    if (const Catalog *own = m_snapshot->catalogs.catalog(f.catalog))
        if (const SourceDocument *d = find(*own))
            return d;
    for (const Catalog &c : m_snapshot->catalogs.catalogs())
        if (const SourceDocument *d = find(c))
            return d;
    return nullptr;
}

QString FlowTableModel::toolTip(const Flow &f, int column) const
{
    switch (column) {
    case Source:
    case Destination: {
        const FlowEndpoint &end = column == Source ? f.source : f.destination;
        QStringList cidrs;
        for (const Cidr &c : end.cidrs)
            cidrs.append(c.toString());
        QString tip = cidrs.join(u", "_s);
        if (end.isMemberSet())
            tip += u'\n' + tr("Members: %1").arg(end.members.join(u", "_s));
        return tip;
    }
    case Via: {
        QStringList hops;
        for (const FlowHop &h : f.via)
            hops.append(h.id + u": "_s + FlowBundles::hopText(h));
        return hops.join(u'\n');
    }
    case Path: {
        // The packet followed hop by hop, as `portolan-cli explain` prints it.
        if (const auto explained = FlowExplanationText::explainOne(m_snapshot->derivation, f))
            return FlowExplanationText::steps(*explained).join(u'\n'); // the stop and its reason included
        return f.path.status == PathStatus::Works ? QString() : FlowPaths::reason(f);
    }
    case Document:
        return f.sourceDocument;
    default: {
        QString title;
        if (const ComponentDef *c = m_snapshot->catalogs.component(f.component))
            if (const PortDef *p = c->port(f.port))
                title = p->title;
        return FlowBundles::explain(f, title);
    }
    }
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const Flow &f = flow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(f, index.column());
    case Qt::ToolTipRole:
        return toolTip(f, index.column());
    case Qt::ForegroundRole:
        // A flow that cannot work reads as an error, the whole row.
        if (f.path.status == PathStatus::CannotWork)
            return QBrush(FlowBundles::cannotWorkColor());
        return {};
    case FlowKeyRole:
        return f.key();
    case SortRole:
        if (index.column() == Ports)
            return f.protocol == portolan::Protocol::Any ? 0 : f.ports.from;
        return text(f, index.column());
    case ElementsRole: {
        QStringList ids{f.source.id, f.destination.id};
        ids += f.source.members;
        ids += f.destination.members;
        for (const FlowHop &h : f.via)
            ids.append(h.id);
        return ids;
    }
    case ProductRole:
        return f.product;
    case AudienceRole:
        return audienceName(f.audience);
    case ProtocolRole:
        return protocolName(f.protocol);
    default:
        return {};
    }
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case Protocol:
        return tr("Protocol");
    case Ports:
        return tr("Ports");
    case Audience:
        return tr("Audience");
    case Product:
        return tr("Product");
    case Component:
        return tr("Component · port");
    case Via:
        return tr("Via");
    case Path:
        return tr("Path");
    case Document:
        return tr("Document");
    }
    return {};
}

} // namespace portolan
