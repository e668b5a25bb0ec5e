#pragma once

#include "elements.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace portolan {

struct Project;

// The names of the enums' tables (elements.cpp), in order: Choice fields' choices.
QStringList zoneKindNames();
QStringList providerNames(); // "" (None) first
QStringList linkKindNames();
QStringList clientRoleNames();

// How a field is stored in the project file and edited in the inspector.
enum class FieldType
{
    Id,        // the element's id; written first, with the name right after it
    Text,      // free text; left out when empty
    Reference, // a zone id
    Integer,   // a whole number in [min, max]; left out when equal to the fallback
    Boolean,   // true or false; left out when false
    Addresses, // a flow list of addresses
    Cidrs,     // a flow list of CIDRs
    Zones,     // a flow list of zone ids (a firewall's inside zones)
    ZonePair,  // a flow list of exactly two different zone ids (a link's ends)
    Choice,    // one name of an enum's table; left out when empty (unset)
    Nested,    // a list of records with their own reader and writer (components, listeners)
    Position,  // canvas position
    Size,      // canvas size (zones)
};

// What an inspector edit of a field does besides setting its value; the
// property-change undoable edit reads it.
struct FieldEffects
{
    bool moves = false;    // the element goes to another container (a zone, a parent)
    bool connects = false; // a line on the canvas changes (a link's ends)
    // Typing in the field merges into one undo step. Renaming an id never
    // merges: later commands name the element by its new id.
    bool merges = true;
};

// One field of one element kind, described once: the project reader, the
// canonical writer, the inspector, the property-change undoable edit, the
// JSON schema (tst_fielddescriptions) and the docs table row all read it.
// Text is translated in the contexts its users already had ("ElementProperties"
// for labels and inspector messages, "ProjectReader" for file errors) so
// existing translations keep applying.
//
// A kind's description lists its fields in file order. The inspector shows
// the labelled ones in that order too, except that the fields which move the
// element (its zone, a zone's parent, a NAT layer's sides) come right after
// the text fields: where an element lives is what one looks for first.
template <typename E> struct FieldDescription
{
    const char16_t *key = nullptr;
    // The inspector's key where it is not the file's (a zone's parent is its "zone").
    const char16_t *editKey = nullptr;
    // False: an inspector view of a value the file stores in another field
    // (a link's ends "a" and "b", stored as "between").
    bool inFile = true;
    FieldType type = FieldType::Text;
    const char *label = nullptr; // inspector label; null = not shown in the inspector
    // docs/project-format.md: the row's type, default and meaning cells; null
    // type = no row of its own (name and description share one).
    const char *docType = nullptr;
    const char *docDefault = nullptr;
    const char *docMeaning = nullptr;
    bool required = false;         // the reader wants it; written even when empty
    bool writtenAtDefault = false; // a Choice written even at its default (a client's role)
    FieldEffects effects = {};
    int min = 0;
    int max = 0;
    int fallback = 0;
    int editMax = 0;                             // the inspector's bound where tighter than max (0: max)
    QString E::*text = nullptr;                  // Id, Text, Reference; ZonePair: the first zone
    QString E::*second = nullptr;                // ZonePair: the second zone
    int E::*integer = nullptr;                   // Integer
    bool E::*flag = nullptr;                     // Boolean
    QList<QHostAddress> E::*addresses = nullptr; // Addresses
    CidrList E::*cidrs = nullptr;                // Cidrs
    QList<ElementId> E::*zones = nullptr;        // Zones
    Placement E::*placement = nullptr;           // Position, Size
    // Choice: the names (an empty first name = may be unset) and text access.
    QStringList (*choices)() = nullptr;
    QString (*choiceGet)(const E &) = nullptr;
    bool (*choiceSet)(E &, const QString &) = nullptr;
    // The inspector's parse where it differs from the file's: a zone's
    // provider is unset with empty text, which the file spells by leaving it out.
    bool (*choiceEdit)(E &, const QString &) = nullptr;
    const char *choiceError = nullptr; // reader message ("ProjectReader"), %1 = the text
    const char *choiceHint = nullptr;  // its hint; a %1 in it = the names, from the enum's one table
    // Nested: the definition its list items follow; any other type: a shared
    // definition its value follows instead of the inline one (timeouts).
    const char *schemaRef = nullptr;
    // Inspector validation after the value is set: an error ("ElementProperties") or empty.
    QString (*check)(const E &, const Project &) = nullptr;

    QString name() const { return QString::fromUtf16(key); }
    QString editName() const { return QString::fromUtf16(editKey ? editKey : key); }
};

// The field the inspector shows under `key`, if any.
template <typename E>
const FieldDescription<E> *findEditable(const QList<FieldDescription<E>> &fields, const QString &key)
{
    for (const FieldDescription<E> &f : fields)
        if (f.label && key == f.editName())
            return &f;
    return nullptr;
}

// The fields every kind (or several) shares, with their docs rows.
template <typename E> FieldDescription<E> idField()
{
    return {.key = u"id",
            .type = FieldType::Id,
            .label = QT_TRANSLATE_NOOP("ElementProperties", "Id"),
            .docType = "id",
            .docDefault = "required",
            .docMeaning = "",
            .required = true,
            .effects = {.merges = false},
            .text = &E::id};
}

template <typename E> FieldDescription<E> nameField()
{
    return {.key = u"name",
            .type = FieldType::Text,
            .label = QT_TRANSLATE_NOOP("ElementProperties", "Name"),
            .text = &E::name};
}

template <typename E> FieldDescription<E> descriptionField()
{
    return {.key = u"description",
            .type = FieldType::Text,
            .label = QT_TRANSLATE_NOOP("ElementProperties", "Description"),
            .text = &E::description};
}

// A required zone the element lives in or stands between; `label` is
// translated in "ElementProperties".
template <typename E>
FieldDescription<E> zoneField(const char16_t *key, ElementId E::*member, const char *label,
                              const char *meaning = "")
{
    return {.key = key,
            .type = FieldType::Reference,
            .label = label,
            .docType = "zone id",
            .docDefault = "required",
            .docMeaning = meaning,
            .required = true,
            .effects = {.moves = true},
            .text = member};
}

template <typename E>
FieldDescription<E> addressesField(QList<QHostAddress> E::*member, const char *label, const char *meaning,
                                   QString (*check)(const E &, const Project &) = nullptr)
{
    return {.key = u"addresses",
            .type = FieldType::Addresses,
            .label = label,
            .docType = "list of addresses",
            .docDefault = "empty",
            .docMeaning = meaning,
            .addresses = member,
            .check = check};
}

// The file takes any timeout; the inspector offers up to a week.
template <typename E> FieldDescription<E> idleTimeoutField(int E::*member, const char *meaning = "")
{
    return {.key = u"idle_timeout",
            .type = FieldType::Integer,
            .label = QT_TRANSLATE_NOOP("ElementProperties", "Idle timeout (s)"),
            .docType = "timeout",
            .docDefault = "not stated",
            .docMeaning = meaning,
            .min = 0,
            .max = 10'000'000,
            .fallback = 0,
            .editMax = 7 * 24 * 3600,
            .integer = member,
            .schemaRef = "#/definitions/timeout"};
}

// A list of records the kind reads and writes itself; `items` is their
// schema definition.
template <typename E>
FieldDescription<E> nestedField(const char16_t *key, const char *docType, const char *items,
                                const char *meaning = "")
{
    return {.key = key,
            .type = FieldType::Nested,
            .docType = docType,
            .docDefault = "empty",
            .docMeaning = meaning,
            .schemaRef = items};
}

template <typename E> FieldDescription<E> positionField()
{
    return {.key = u"position",
            .type = FieldType::Position,
            .docType = "pair",
            .docDefault = "absent",
            .docMeaning = "",
            .placement = &E::placement};
}

} // namespace portolan
