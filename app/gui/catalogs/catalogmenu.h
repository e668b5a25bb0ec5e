#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace portolan {

class Document;

// The window's Catalogs menu: New Catalog…, Edit Catalog… (a catalog of
// the user catalog folder) and Duplicate as User Catalog… (any loaded
// catalog, bundled ones included, copied under its own id). Each opens a
// CatalogEditor on `window`.
class CatalogMenu
{
    Q_DECLARE_TR_FUNCTIONS(CatalogMenu)
public:
    static QMenu *create(Document *document, QWidget *window);
};

} // namespace portolan
