#pragma once

#include "catalog.h"

#include "io/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace portolan {

// Writes a catalog in the format of docs/catalog-format.md, the inverse of
// CatalogReader: keys in the order the format's tables list them, lists in
// model order, defaults left out, user text quoted where YAML would read it
// as something else. A pure function: the same catalog gives the same bytes,
// and reading them back gives the same catalog (tests/catalogs/tst_writer).
class CatalogWriter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogWriter)
public:
    static QByteArray write(const Catalog &catalog);

    // Writes `catalog` to `path` only if its text reads back without an
    // error: the text is checked by CatalogReader under the name `path`
    // first, so a refusal carries the same file:line:column diagnostics as a
    // hand-written catalog and leaves the file as it was. The write itself is
    // atomic (SaveFile). Returns the catalog as read back (with `filePath`).
    static std::optional<Catalog> save(const Catalog &catalog, const QString &path, Diagnostics *errors);
};

} // namespace portolan
