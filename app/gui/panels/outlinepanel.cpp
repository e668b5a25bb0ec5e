#include "outlinepanel.h"

#include "document/document.h"
#include "document/projectedits.h"
#include "render/iconlibrary.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace portolan {

OutlinePanel::OutlinePanel(Document *document, QWidget *parent) : QTreeWidget(parent), m_document(document)
{
    setHeaderLabels({tr("Element"), tr("Id")});
    setSelectionMode(ExtendedSelection);
    setIconSize(QSize(18, 18));
    connect(document, &Document::projectReset, this, &OutlinePanel::rebuild);
    connect(document, &Document::elementsAdded, this, &OutlinePanel::rebuild);
    connect(document, &Document::elementsRemoved, this, &OutlinePanel::rebuild);
    connect(document, &Document::elementsChanged, this,
            [this](const QStringList &ids, ChangeAspects aspects) {
                // Moves and property edits keep the tree's shape: rename in place.
                // A rebuild per keystroke cost ~100 ms of UI time at 1,000 nodes.
                if (aspects & (ChangeAspect::Container | ChangeAspect::Connections))
                    rebuild();
                else if (aspects & ChangeAspect::Properties)
                    updateNames(ids);
            });
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_updating)
            Q_EMIT idsSelected(selectedIds());
    });
    rebuild();
}

void OutlinePanel::rebuild()
{
    const QStringList selected = selectedIds();
    m_updating = true;
    clear();
    m_items.clear();
    const Project &p = m_document->project();
    QTreeWidgetItem *links = nullptr;
    for (const ElementId &id : p.allIds()) {
        const auto e = elementOf(p, id);
        const ElementKind kind = kindOf(*e);
        QString name = std::visit([](const auto &x) { return x.name; }, *e);
        if (name.isEmpty())
            name = id;
        QTreeWidgetItem *parent = nullptr;
        if (kind == ElementKind::Link) {
            if (!links) {
                links = new QTreeWidgetItem(this, {tr("Links")});
                links->setFlags(Qt::ItemIsEnabled);
            }
            parent = links;
        } else {
            parent = m_items.value(ProjectEdits::container(p, id));
        }
        auto item = parent ? new QTreeWidgetItem(parent, {name, id}) : new QTreeWidgetItem(this, {name, id});
        const ZoneKind zk = p.zone(id) ? p.zone(id)->kind : ZoneKind::Network;
        item->setIcon(0, icon(IconLibrary::resourcePath(IconLibrary::iconName(kind, zk))));
        item->setData(0, Qt::UserRole, id);
        m_items.insert(id, item);
    }
    expandAll();
    resizeColumnToContents(0);
    for (const ElementId &id : selected)
        if (auto item = m_items.value(id))
            item->setSelected(true);
    m_updating = false;
}

QIcon OutlinePanel::icon(const QString &path)
{
    // One QIcon per file: copies share the engine, so each SVG is parsed
    // once rather than once per row and rebuild.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(path);
    if (it == cache.cend())
        it = cache.insert(path, QIcon(path));
    return *it;
}

void OutlinePanel::updateNames(const QStringList &ids)
{
    const Project &p = m_document->project();
    for (const ElementId &id : ids) {
        QTreeWidgetItem *item = m_items.value(id);
        const auto e = elementOf(p, id);
        if (!item || !e) {
            rebuild();
            return;
        }
        const QString name = std::visit([](const auto &x) { return x.name; }, *e);
        item->setText(0, name.isEmpty() ? id : name);
        // A zone's kind is a property too, and picks the icon.
        const ZoneKind zk = p.zone(id) ? p.zone(id)->kind : ZoneKind::Network;
        item->setIcon(0, icon(IconLibrary::resourcePath(IconLibrary::iconName(kindOf(*e), zk))));
    }
}

QStringList OutlinePanel::selectedIds() const
{
    QStringList out;
    for (QTreeWidgetItem *item : selectedItems())
        if (const QString id = item->data(0, Qt::UserRole).toString(); !id.isEmpty())
            out.append(id);
    return out;
}

void OutlinePanel::selectIds(const QStringList &ids)
{
    m_updating = true;
    clearSelection();
    for (const ElementId &id : ids)
        if (auto item = m_items.value(id)) {
            item->setSelected(true);
            scrollToItem(item);
        }
    m_updating = false;
}

} // namespace portolan
