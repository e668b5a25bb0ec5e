#include "palettepanel.h"

#include "palettetree.h"

#include "document/document.h"
#include "render/iconlibrary.h"

#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// What the filter box matches an entry against, beyond its visible text:
// product and catalog ids, the version, the component id.
constexpr int SearchRole = Qt::UserRole + 1;
constexpr int GroupKeyRole = Qt::UserRole + 2;

} // namespace

PalettePanel::PalettePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_filter(new QLineEdit(this)), m_noMatch(new QLabel(this)),
      m_tree(new PaletteTree(this)), m_open({u"elements"_s, u"zones"_s})
{
    // With the catalog library (issue 24: nineteen catalogs and some two
    // hundred firewalld services) no window shows every entry: the filter
    // finds one by name or product, and products sit in groups that open on
    // demand.
    m_filter->setObjectName(u"PaletteFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name or product (Esc clears)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // A filter that hides everything says so, instead of an empty list that
    // looks like a palette that failed to load.
    m_noMatch->setObjectName(u"PaletteNoMatch"_s);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setContentsMargins(4, 4, 4, 4);
    m_noMatch->hide();
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree);
    setFocusProxy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &PalettePanel::applyFilter);
    // What the user opens or closes stays so across projects; what the
    // filter opens does not.
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (m_filter->text().trimmed().isEmpty())
            m_open.insert(groupKey(item));
    });
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (m_filter->text().trimmed().isEmpty())
            m_open.remove(groupKey(item));
    });
    connect(document, &Document::projectReset, this, &PalettePanel::rebuild);
    connect(document, &Document::catalogsChanged, this, &PalettePanel::rebuild);
    rebuild();
}

QString PalettePanel::groupKey(const QTreeWidgetItem *group)
{
    return group->data(0, GroupKeyRole).toString();
}

void PalettePanel::rebuild()
{
    m_tree->clear();
    auto group = [&](const QString &title, const QString &key) {
        auto item = new QTreeWidgetItem(m_tree, {title});
        item->setData(0, GroupKeyRole, key);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto entry = [](QTreeWidgetItem *parent, const QString &title, const QString &key, const QString &icon) {
        auto item = new QTreeWidgetItem(parent, {title});
        item->setData(0, Qt::UserRole, key);
        item->setData(0, SearchRole, QString(title + u' ' + key));
        item->setIcon(0, QIcon(IconLibrary::resourcePath(icon)));
        item->setToolTip(0, tr("Drag onto the canvas"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        return item;
    };
    QTreeWidgetItem *elements = group(tr("Elements"), u"elements"_s);
    entry(elements, tr("Node"), u"node"_s, u"node"_s);
    entry(elements, tr("Node group"), u"node-group"_s, u"node"_s);
    entry(elements, tr("Load balancer"), u"load-balancer"_s, u"loadbalancer"_s);
    entry(elements, tr("NAT layer"), u"nat"_s, u"nat"_s);
    entry(elements, tr("Firewall"), u"firewall"_s, u"firewall"_s);
    entry(elements, tr("Client"), u"client"_s, u"client"_s);
    QTreeWidgetItem *zones = group(tr("Zones"), u"zones"_s);
    entry(zones, tr("Internet"), u"zone:internet"_s, u"internet"_s);
    entry(zones, tr("Cloud"), u"zone:cloud"_s, u"cloud"_s);
    entry(zones, tr("Datacenter"), u"zone:datacenter"_s, u"datacenter"_s);
    entry(zones, tr("VPC / network"), u"zone:vpc"_s, u"vpc"_s);
    entry(zones, tr("Subnet"), u"zone:subnet"_s, u"subnet"_s);
    entry(zones, tr("Trusted network"), u"zone:trusted"_s, u"trusted"_s);
    entry(zones, tr("Other network"), u"zone:network"_s, u"network"_s);

    // A group per product, its versions together (Kong 0.x, 3.3 and
    // Enterprise), in catalog order. A group starts closed: open, the
    // library's components pushed the later groups' headers out of view.
    const QList<Catalog> &catalogs = m_document->catalogs().catalogs();
    QMap<QString, int> versions; // product -> catalogs of it
    for (const Catalog &catalog : catalogs)
        ++versions[catalog.product];
    QMap<QString, QTreeWidgetItem *> products;
    for (const Catalog &catalog : catalogs) {
        QTreeWidgetItem *&product = products[catalog.product];
        const bool oneVersion = versions.value(catalog.product) == 1;
        if (!product)
            product = group(oneVersion ? tr("%1 %2").arg(catalog.productName, catalog.version)
                                       : catalog.productName,
                            u"product:"_s + catalog.product);
        for (const ComponentDef &c : catalog.components) {
            QTreeWidgetItem *item =
                entry(product, oneVersion ? c.title : tr("%1: %2").arg(catalog.version, c.title),
                      u"component:"_s + catalog.id + u'/' + c.id, u"node"_s);
            item->setData(
                0, SearchRole,
                QStringList{catalog.productName, catalog.product, catalog.version, c.title, catalog.id, c.id}
                    .join(u' '));
            item->setToolTip(
                0, tr("%1 %2: %3 (drop it on a node)").arg(catalog.productName, catalog.version, c.title));
        }
    }
    for (QTreeWidgetItem *product : std::as_const(products))
        product->setText(0, tr("%1 (%n)", nullptr, product->childCount()).arg(product->text(0)));
    applyFilter();
}

void PalettePanel::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    bool anyGroup = false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString text = item->data(0, SearchRole).toString();
            const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return text.contains(word, Qt::CaseInsensitive);
            });
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
        // An item expands only once it has children: set after they are in.
        group->setExpanded(words.isEmpty() ? m_open.contains(groupKey(group)) : any);
        anyGroup = anyGroup || any;
    }
    m_noMatch->setText(tr("Nothing matches “%1”. Catalogs › New Catalog… adds a component of your own.")
                           .arg(m_filter->text().trimmed()));
    m_noMatch->setVisible(!words.isEmpty() && !anyGroup);
}

bool PalettePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Esc clears a filter, before the window's own Esc (leave compare
        // or connect mode) sees it; with nothing typed it goes on.
        if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_filter->clear();
            return event->type() == QEvent::KeyPress;
        }
        // Down goes on into the list, to the first entry shown.
        if (key == Qt::Key_Down && event->type() == QEvent::KeyPress) {
            for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden |
                                                        QTreeWidgetItemIterator::Selectable);
                 *it; ++it) {
                m_tree->setCurrentItem(*it);
                break;
            }
            m_tree->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace portolan
