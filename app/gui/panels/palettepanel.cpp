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
    setIconSize(QSize(20, 20));
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
        item->setExpanded(true);
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
    for (const Catalog &catalog : m_document->catalogs().catalogs()) {
        QTreeWidgetItem *products = group(catalog.productName + u' ' + catalog.version);
        products->setExpanded(false);
        for (const ComponentDef &c : catalog.components)
            entry(products, c.title, u"component:"_s + catalog.id + u'/' + c.id, u"node"_s);
    }
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
