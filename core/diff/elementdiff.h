#pragma once

#include "model/project.h"

#include <QList>
#include <QString>

namespace portolan {

// One field of an element (or of the project) that differs between two
// plans. `key` is the field's path in the project file: "addresses",
// "components[kong-0.x/kong].settings.proxy_listen", "listeners[0].port".
// Values are the file's own spelling ("[10.0.0.1, 10.0.0.2]"); an empty
// value means the field is not set (left out of the file) on that side.
struct FieldChange
{
    QString key;
    QString oldValue;
    QString newValue;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// An element added, removed or changed, found by id. An id that names an
// element of another kind on the other side is a removal and an addition.
struct ElementDifference
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    ElementKind elementKind = ElementKind::Node;
    ElementId id;
    QString name;              // display name (user text): the new side's; a removed element's own
    QList<FieldChange> fields; // Changed only, in file order
    friend bool operator==(const ElementDifference &, const ElementDifference &) = default;
};
QString elementChangeKindName(ElementDifference::Kind kind); // "added", "removed", "changed"

struct ElementDiffOptions
{
    // Canvas positions and sizes are the drawing, not the plan: left out
    // unless asked for.
    bool includeLayout = false;
};

// Elements compared by value first (the model's operator==); only the few
// that differ are written through ProjectWriter, the canonical file form,
// and compared key by key, so a field reads exactly as the file spells it
// and a new model field is covered the day the writer writes it.
class ElementDiff
{
public:
    // Zones, nodes, load balancers, NAT layers, firewalls, links, clients,
    // in that order; within a kind changed and removed elements in the old
    // file's order, then added ones in the new file's order.
    static QList<ElementDifference> compare(const Project &before, const Project &after,
                                            const ElementDiffOptions &options = {});
    // The project's own fields (name, description).
    static QList<FieldChange> projectFields(const Project &before, const Project &after);
};

} // namespace portolan
