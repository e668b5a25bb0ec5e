#pragma once

#include "elements.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace portolan {

// How a field is stored in the project file and edited in the inspector.
enum class FieldType
{
    Id,        // the element's id; written first, with the name right after it
    Text,      // free text; left out when empty
    Reference, // a zone id
    Integer,   // a whole number in [min, max]; left out when equal to the fallback
    Addresses, // a flow list of addresses
    Choice,    // one name of an enum's table; left out when empty (unset)
    Nested,    // a list of records with their own reader and writer (components, redirects)
    Position,  // canvas placement
};

// One field of one element kind, described once: the project reader, the
// canonical writer, the inspector, the property-change undo command, the
// JSON schema (tst_fielddescriptions) and the docs table row all read it.
// Text is translated in the contexts its users already had ("ElementProperties"
// for labels and inspector messages, "ProjectReader" for file errors) so
// existing translations keep applying.
template <typename E> struct FieldDescription
{
    const char16_t *key = nullptr;
    FieldType type = FieldType::Text;
    const char *label = nullptr; // inspector label; null = not shown in the inspector
    // docs/project-format.md: the row's type, default and meaning cells; null
    // type = no row of its own (name and description share one).
    const char *docType = nullptr;
    const char *docDefault = nullptr;
    const char *docMeaning = nullptr;
    bool required = false;
    bool moves = false; // editing it moves the element to another container
    int min = 0;
    int max = 0;
    int fallback = 0;
    QString E::*text = nullptr;                  // Text, Reference
    int E::*integer = nullptr;                   // Integer
    QList<QHostAddress> E::*addresses = nullptr; // Addresses
    Placement E::*placement = nullptr;           // Position
    // Choice: the names (an empty first name = may be unset) and text access.
    QStringList (*choices)() = nullptr;
    QString (*choiceGet)(const E &) = nullptr;
    bool (*choiceSet)(E &, const QString &) = nullptr;
    const char *choiceError = nullptr; // reader message ("ProjectReader"), %1 = the text
    const char *choiceHint = nullptr;  // %1 = the names, from the enum's one table
    const char *schemaItems = nullptr; // Nested: the definition its list items follow
    // Inspector validation after the value is set: an error ("ElementProperties") or empty.
    QString (*check)(const E &) = nullptr;

    QString name() const { return QString::fromUtf16(key); }
};

template <typename E>
const FieldDescription<E> *findField(const QList<FieldDescription<E>> &fields, const QString &key)
{
    for (const FieldDescription<E> &f : fields)
        if (key == QStringView(f.key))
            return &f;
    return nullptr;
}

} // namespace portolan
