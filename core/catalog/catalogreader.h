#pragma once

#include "catalog.h"

#include "io/diagnostic.h"

#include <QCoreApplication>

#include <optional>

namespace portolan {

// Reads one catalog YAML file (docs/catalog-format.md). Returns nothing and
// appends diagnostics on any error.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)
public:
    static std::optional<Catalog> readFile(const QString &path, Diagnostics *errors);
    static std::optional<Catalog> read(const QByteArray &data, const QString &fileName, Diagnostics *errors);
    // Checks a value against a setting type; returns a translated reason or empty.
    static QString checkSettingValue(SettingType type, const QString &value);
};

} // namespace portolan
