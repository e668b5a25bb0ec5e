#pragma once

#include <QSortFilterProxyModel>

namespace portolan {

// Narrows a FlowTableModel: flows touching an element (an end, a member of
// a member set, or a hop), of a product, audience or protocol, and free
// text found in any column (case-insensitive). Empty criteria match all.
// Sorts by FlowTableModel::SortRole so ports sort as numbers.
class FlowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FlowFilterProxy(QObject *parent = nullptr);

    void setElement(const QString &id);
    void setProduct(const QString &product);
    void setAudience(const QString &audienceName);
    void setProtocol(const QString &protocolName);
    void setText(const QString &text);
    QString element() const { return m_element; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changeFilter(QString *field, const QString &value);

    QString m_element;
    QString m_product;
    QString m_audience;
    QString m_protocol;
    QString m_text;
};

} // namespace portolan
