#pragma once

#include "catalog.h"

#include "io/diagnostic.h"

#include <QCoreApplication>

#include <memory>

namespace portolan {

// The catalogs a project is read against: the bundled ones (compiled into
// the binary as Qt resources), the user's folder, and a folder beside the
// project. Later sources may add catalogs but not replace a bundled id, so a
// project means the same thing on every machine.
class CatalogSet
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSet)
public:
    // The bundled catalogs; loading them cannot fail in a released build
    // (tests prove it), so errors here are programming errors and are
    // reported through `errors` all the same.
    static CatalogSet bundled(Diagnostics *errors = nullptr);
    // The user's catalog folder: $PORTOLAN_CATALOG_PATH if set, else
    // <AppDataLocation>/catalogs (e.g. ~/.local/share/Portolan/catalogs).
    static QString userCatalogFolder();

    // Loads every *.yaml in `folder`; a broken file adds diagnostics and
    // nothing of it. Returns false if anything failed.
    bool addFolder(const QString &folder, Diagnostics *errors);
    bool add(Catalog catalog, Diagnostics *errors);

    const QList<Catalog> &catalogs() const { return m_catalogs; }
    const Catalog *catalog(const QString &id) const;
    // "<catalog id>/<component id>"
    const ComponentDef *component(const QString &reference, const Catalog **catalogOut = nullptr) const;
    QStringList componentReferences() const;

private:
    QList<Catalog> m_catalogs;
};

} // namespace portolan
