#pragma once

#include "catalog/catalogset.h"

#include <QAbstractItemModel>

#include <vector>

namespace portolan {

// Products, their versions (one catalog each) and the versions' components,
// as a tree. Holds its own copy of the catalogs: rows name catalog and
// component ids, never point into a document. Components of catalogs the
// project can use drag onto the canvas as palette entries.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CatalogIdRole = Qt::UserRole + 1,
        ComponentIdRole
    };
    enum Column
    {
        NameColumn,
        OriginColumn,
        ColumnCount
    };

    explicit CatalogTreeModel(QObject *parent = nullptr);

    // `usable`: ids of the catalogs the open project is read against; the
    // others (a folder loaded for browsing) are shown but do not drag.
    void setCatalogs(const CatalogSet &catalogs, const QStringList &usable);
    const CatalogSet &catalogs() const { return m_catalogs; }
    // The index of a catalog (component empty) or of one of its components.
    QModelIndex indexOf(const QString &catalogId, const QString &componentId = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        QString product;   // product rows
        QString catalog;   // catalog and component rows
        QString component; // component rows
        QList<int> children;
    };
    const Node *node(const QModelIndex &index) const;

    CatalogSet m_catalogs;
    QStringList m_usable;
    std::vector<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace portolan
