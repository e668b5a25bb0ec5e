#pragma once

#include "catalog/catalogdiff.h"

#include <QAbstractTableModel>

namespace portolan {

// Two catalogs side by side (CatalogDiff): one row per component, port and
// setting, the left and right versions in their own columns, differences
// marked by a sign and a colour.
class CatalogDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ComponentColumn,
        KindColumn,
        IdColumn,
        LeftColumn,
        RightColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeRole = Qt::UserRole + 1
    }; // CatalogDifference::Change as int

    explicit CatalogDiffModel(QObject *parent = nullptr);

    void compare(const Catalog &left, const Catalog &right);
    void clear();
    // Hides rows that are the same on both sides.
    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }
    // The rows shown, in order.
    const QList<CatalogDifference> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<CatalogDifference> m_all;
    QList<CatalogDifference> m_rows;
    QString m_leftTitle;
    QString m_rightTitle;
    bool m_differencesOnly = false;
};

} // namespace portolan
