#include "catalogmenu.h"
#include "catalogeditor.h"

#include "catalog/catalogset.h"
#include "document/document.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void openEditor(Document *document, Catalog catalog, const QString &path, QWidget *window)
{
    auto editor = new CatalogEditor(document, std::move(catalog), path, window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show(); // not modal: the palette and canvas stay usable beside it
}

// Asks for one of `catalogs` by "id — title"; nullptr when cancelled.
const Catalog *chooseCatalog(const QList<Catalog> &catalogs, const QString &title, const QString &label,
                             QWidget *window)
{
    QStringList items;
    for (const Catalog &c : catalogs)
        items.append(c.id + u"  \u2014  "_s + c.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(window, title, label, items, 0, false, &ok);
    const qsizetype index = items.indexOf(chosen);
    return ok && index >= 0 ? &catalogs[index] : nullptr;
}

} // namespace

QMenu *CatalogMenu::create(Document *document, QWidget *window)
{
    auto menu = new QMenu(tr("&Catalogs"), window);
    menu->setObjectName(u"catalogsMenu"_s);
    QAction *create = menu->addAction(tr("&New Catalog…"), window, [document, window] {
        openEditor(document, CatalogEditor::blankCatalog(), {}, window);
    });
    create->setObjectName(u"newCatalogAction"_s);
    QAction *edit = menu->addAction(tr("&Edit Catalog…"), window, [document, window] {
        // Read from the folder, not the document: a new project does not
        // load the user's catalogs, and a broken file should say why here.
        const QString folder = CatalogSet::userCatalogFolder();
        CatalogSet user;
        Diagnostics errors;
        user.addFolder(folder, &errors);
        if (!errors.isEmpty())
            QMessageBox::warning(
                window, tr("Edit Catalog"),
                tr("These catalogs cannot be read and are not offered:\n%1").arg(formatDiagnostics(errors)));
        if (user.catalogs().isEmpty()) {
            QMessageBox::information(
                window, tr("Edit Catalog"),
                tr("The user catalog folder %1 holds no catalog yet: use New Catalog… or "
                   "Duplicate as User Catalog….")
                    .arg(folder));
            return;
        }
        if (const Catalog *c =
                chooseCatalog(user.catalogs(), tr("Edit Catalog"), tr("User catalog:"), window))
            openEditor(document, *c, c->filePath, window);
    });
    edit->setObjectName(u"editCatalogAction"_s);
    QAction *duplicate = menu->addAction(tr("&Duplicate as User Catalog…"), window, [document, window] {
        if (const Catalog *c = chooseCatalog(document->catalogs().catalogs(), tr("Duplicate as User Catalog"),
                                             tr("Catalog to copy:"), window))
            openEditor(document, CatalogEditor::userCopy(*c), {}, window);
    });
    duplicate->setObjectName(u"duplicateCatalogAction"_s);
    return menu;
}

} // namespace portolan
