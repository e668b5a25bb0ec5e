#include "catalogtreemodel.h"

#include "canvas/palettemime.h"

#include <QDir>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace portolan {

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
}

void CatalogTreeModel::setCatalogs(const CatalogSet &catalogs, const QStringList &usable)
{
    beginResetModel();
    m_catalogs = catalogs;
    m_usable = usable;
    m_nodes.clear();
    m_roots.clear();
    auto add = [this](int parent, Node n) {
        const int at = int(m_nodes.size());
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
        n.parent = parent;
        n.row = int(siblings.size());
        siblings.append(at);
        m_nodes.push_back(std::move(n));
        return at;
    };
    // Products in the order their first version appears; versions in load order.
    QMap<QString, int> products;
    for (const Catalog &c : m_catalogs.catalogs()) {
        if (!products.contains(c.product))
            products.insert(c.product, add(-1, Node{-1, 0, c.product, {}, {}, {}}));
        const int version = add(products.value(c.product), Node{-1, 0, c.product, c.id, {}, {}});
        for (const ComponentDef &component : c.components)
            add(version, Node{-1, 0, c.product, c.id, component.id, {}});
    }
    endResetModel();
}

QModelIndex CatalogTreeModel::indexOf(const QString &catalogId, const QString &componentId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.catalog == catalogId && n.component == componentId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

const CatalogTreeModel::Node *CatalogTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[size_t(index.internalId())] : nullptr;
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &rows = parent.isValid() ? node(parent)->children : m_roots;
    return createIndex(row, column, quintptr(rows[row]));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? node(parent)->children.size() : m_roots.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Catalog *catalog = m_catalogs.catalog(n->catalog);
    if (role == CatalogIdRole)
        return n->catalog;
    if (role == ComponentIdRole)
        return n->component;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (n->catalog.isEmpty()) { // product
        const Catalog *first = m_catalogs.catalog(m_nodes[size_t(n->children.value(0))].catalog);
        if (index.column() == NameColumn)
            return first ? first->productName : n->product;
        return role == Qt::DisplayRole ? tr("%n version(s)", nullptr, int(n->children.size())) : QVariant();
    }
    if (!catalog)
        return {};
    if (n->component.isEmpty()) { // version
        if (index.column() == OriginColumn) {
            const bool bundled = catalog->filePath.startsWith(u":/"_s);
            if (role == Qt::ToolTipRole)
                return bundled ? tr("Compiled into Portolan") : QDir::toNativeSeparators(catalog->filePath);
            QString origin = bundled ? tr("bundled") : QDir::toNativeSeparators(catalog->filePath);
            if (!m_usable.contains(catalog->id))
                origin = tr("%1 (browsing only)").arg(origin);
            return origin;
        }
        if (role == Qt::ToolTipRole)
            return catalog->description.isEmpty() ? catalog->title : catalog->description;
        return tr("%1 \u2014 %2").arg(catalog->version, catalog->title);
    }
    const ComponentDef *component = catalog->component(n->component);
    if (!component)
        return {};
    if (index.column() == OriginColumn)
        return role == Qt::DisplayRole ? QVariant(catalog->id + u'/' + component->id) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (!m_usable.contains(catalog->id))
            return tr("Not in the project's catalogs: copy the file into the user catalog folder to use it.");
        return tr("%1\nDrag onto a node on the canvas to run it there.").arg(component->description);
    }
    return component->title;
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Product / version / component") : tr("Origin");
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!n->component.isEmpty() && m_usable.contains(n->catalog))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList CatalogTreeModel::mimeTypes() const
{
    return {PaletteEntry::mimeType()};
}

QMimeData *CatalogTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Node *n = node(index);
        if (n && !n->component.isEmpty() && m_usable.contains(n->catalog)) {
            PaletteEntry entry;
            entry.type = PaletteEntry::Type::Component;
            entry.component = n->catalog + u'/' + n->component;
            return entry.toMime();
        }
    }
    return nullptr;
}

} // namespace portolan
