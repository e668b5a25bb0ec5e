#include "flowfilterproxy.h"

#include "flowtablemodel.h"

namespace portolan {

FlowFilterProxy::FlowFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FlowTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FlowFilterProxy::changeFilter(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    invalidateRowsFilter();
}

void FlowFilterProxy::setElement(const QString &id)
{
    changeFilter(&m_element, id);
}
void FlowFilterProxy::setProduct(const QString &product)
{
    changeFilter(&m_product, product);
}
void FlowFilterProxy::setAudience(const QString &audienceName)
{
    changeFilter(&m_audience, audienceName);
}
void FlowFilterProxy::setProtocol(const QString &protocolName)
{
    changeFilter(&m_protocol, protocolName);
}
void FlowFilterProxy::setText(const QString &text)
{
    changeFilter(&m_text, text.trimmed());
}

bool FlowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_element.isEmpty() && !first.data(FlowTableModel::ElementsRole).toStringList().contains(m_element))
        return false;
    if (!m_product.isEmpty() && first.data(FlowTableModel::ProductRole).toString() != m_product)
        return false;
    if (!m_audience.isEmpty() && first.data(FlowTableModel::AudienceRole).toString() != m_audience)
        return false;
    if (!m_protocol.isEmpty() && first.data(FlowTableModel::ProtocolRole).toString() != m_protocol)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace portolan
