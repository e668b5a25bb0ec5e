#pragma once

#include "catalog/catalogset.h"
#include "model/fielddescription.h"
#include "model/project.h"

#include <QCoreApplication>

namespace portolan {

// One editable property of an element (or, for the empty id, of the project
// itself: name and description) as the inspector shows it. Values
// travel as text (what the user types) so one change command serves them
// all and validation is "does this text parse".
struct PropertyInfo
{
    enum class Type
    {
        Text,
        Id,
        Zone,
        Integer,
        Addresses,
        Cidrs,
        Choice,
        Bool,
        Setting,
        Address, // one address (NAT mapping ends)
        Ports    // a port or a range
    };
    QString key;   // "name", "cidrs", "setting:<component>:<key>", ...
    QString label; // translated
    Type type = Type::Text;
    QStringList choices;      // Choice and Zone
    QString value;            // current text
    QString defaultValue;     // Setting: catalog default
    bool overridden = false;  // Setting: the node overrides the default
    QString group;            // translated section title ("General", component title)
    QStringList choiceLabels; // Choice: what to show for each choice (empty = the choices)
    QString toolTip;          // translated help: a setting's catalog title, file and port notes
};

class ElementProperties
{
    Q_DECLARE_TR_FUNCTIONS(ElementProperties)
public:
    static QList<PropertyInfo> properties(const Project &project, const CatalogSet &catalogs,
                                          const ElementId &id);
    static QString value(const Project &project, const CatalogSet &catalogs, const ElementId &id,
                         const QString &key);
    // Parses `text` and applies it. For settings, empty text removes the
    // override (back to the catalog default). For "id" the element and every
    // reference to it are renamed; referrers are appended to `changed`.
    static bool setValue(Project &project, const CatalogSet &catalogs, const ElementId &id,
                         const QString &key, const QString &text, QStringList *changed, QString *error);
    // What setValue would say, without changing anything (validation as you type).
    static QString validate(const Project &project, const CatalogSet &catalogs, const ElementId &id,
                            const QString &key, const QString &text);

    // What changing `key` does besides setting it, from the kind's field
    // description: moving the element to another container or changing a
    // line on the canvas (the undoable edit reports those aspects), and
    // whether typing in it merges into one undo step.
    static FieldEffects effects(const Project &project, const ElementId &id, const QString &key);

    static QString settingKey(const QString &component, const QString &setting);
};

} // namespace portolan
