#include "palettepanel.h"

#include "canvas/palettemime.h"
#include "document/document.h"
#include "render/iconlibrary.h"

#include <QHeaderView>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace portolan {

PalettePanel::PalettePanel(Document *document, QWidget *parent) : QTreeWidget(parent), m_document(document)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setIconSize(QSize(18, 18));
    setRootIsDecorated(true);
    connect(document, &Document::projectReset, this, &PalettePanel::rebuild);
    rebuild();
}

void PalettePanel::rebuild()
{
    clear();
    auto group = [&](const QString &title) {
        auto item = new QTreeWidgetItem(this, {title});
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto entry = [](QTreeWidgetItem *parent, const QString &title, const QString &key, const QString &icon) {
        auto item = new QTreeWidgetItem(parent, {title});
        item->setData(0, Qt::UserRole, key);
        item->setIcon(0, QIcon(IconLibrary::resourcePath(icon)));
        item->setToolTip(0, tr("Drag onto the canvas"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    QTreeWidgetItem *elements = group(tr("Elements"));
    entry(elements, tr("Node"), u"node"_s, u"node"_s);
    entry(elements, tr("Node group"), u"node-group"_s, u"node"_s);
    entry(elements, tr("Load balancer"), u"load-balancer"_s, u"loadbalancer"_s);
    entry(elements, tr("NAT layer"), u"nat"_s, u"nat"_s);
    entry(elements, tr("Firewall"), u"firewall"_s, u"firewall"_s);
    entry(elements, tr("Client"), u"client"_s, u"client"_s);
    QTreeWidgetItem *zones = group(tr("Zones"));
    entry(zones, tr("Internet"), u"zone:internet"_s, u"internet"_s);
    entry(zones, tr("Cloud"), u"zone:cloud"_s, u"cloud"_s);
    entry(zones, tr("Datacenter"), u"zone:datacenter"_s, u"datacenter"_s);
    entry(zones, tr("VPC / network"), u"zone:vpc"_s, u"vpc"_s);
    entry(zones, tr("Subnet"), u"zone:subnet"_s, u"subnet"_s);
    entry(zones, tr("Trusted network"), u"zone:trusted"_s, u"trusted"_s);
    entry(zones, tr("Other network"), u"zone:network"_s, u"network"_s);
    // One group for every catalog's components, each named with its product
    // and version: a group per product (most have one component) made the
    // palette twice as tall as a 1600 × 1000 window has room for.
    QTreeWidgetItem *components = group(tr("Components"));
    for (const Catalog &catalog : m_document->catalogs().catalogs())
        for (const ComponentDef &c : catalog.components) {
            entry(components, tr("%1 %2: %3").arg(catalog.productName, catalog.version, c.title),
                  u"component:"_s + catalog.id + u'/' + c.id, u"node"_s);
            components->child(components->childCount() - 1)
                ->setToolTip(
                    0,
                    tr("%1 %2: %3 (drop it on a node)").arg(catalog.productName, catalog.version, c.title));
        }
    // Every group open: a collapsed product below the fold is a palette
    // entry nobody finds. Expanded once the children are in (an item
    // without children does not stay expanded).
    expandAll();
}

QStringList PalettePanel::mimeTypes() const
{
    return {PaletteEntry::mimeType()};
}

QMimeData *PalettePanel::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const auto entry = PaletteEntry::fromKey(items.first()->data(0, Qt::UserRole).toString());
    return entry ? entry->toMime() : nullptr;
}

} // namespace portolan
