#pragma once

#include "catalog.h"

#include <QCoreApplication>

namespace portolan {

// One row of a comparison of two catalogs (two versions of a product).
struct CatalogDifference
{
    enum class Kind
    {
        Component,
        Port,
        Setting
    };
    enum class Change
    {
        Unchanged,
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Port;
    Change change = Change::Unchanged;
    QString component; // component id
    QString id;        // component id, port id or setting key
    QString left;      // one-line summary in the left catalog; empty when absent
    QString right;
    QStringList fields; // Changed: what differs, translated ("port", "protocol", ...)
    friend bool operator==(const CatalogDifference &, const CatalogDifference &) = default;
};

// Compares two catalogs entry by entry. Entries are the same when they
// have the same id: components by component id, ports by component and
// port id, settings by component and key. Catalog authors keep ids stable
// across versions, while numbers are what changes (a renamed setting moves
// a port, a changed default renumbers it); matching by number would instead
// pair unrelated ports that happen to share 8000. A matched port whose
// default number, protocol, audience, setting or optionality differs is
// Changed; a setting whose type or default differs is Changed.
class CatalogDiff
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDiff)
public:
    // Every entry of both catalogs, unchanged ones included: per component
    // (left order, then components only on the right), ports then settings.
    static QList<CatalogDifference> compare(const Catalog &left, const Catalog &right);
    // The matching rule above in one translated sentence, for the UI.
    static QString matchingRule();
    static QString changeName(CatalogDifference::Change change);
    static QString kindName(CatalogDifference::Kind kind);
};

} // namespace portolan
