#pragma once

#include "elementproperties.h"

namespace portolan {

// The row-structured parts of an element, as the inspector shows them: a
// load balancer's listeners, a NAT layer's static mappings, a firewall's
// inside zones, a client's uses. Each is a table whose cells are ordinary
// PropertyInfo values keyed "<list>/<row>/<column>" ("listeners/0/port"),
// so a cell edit is a ChangePropertyEdit like any other field and rows
// come and go with a ListRowEdit.
struct ListInfo
{
    QString key;                     // "listeners", "mappings", "inside", "uses"
    QString label;                   // translated title
    QStringList columns;             // translated column titles
    QList<QList<PropertyInfo>> rows; // one PropertyInfo per cell
    QString addLabel;                // translated text of the add button
};

class ElementLists
{
    Q_DECLARE_TR_FUNCTIONS(ElementLists)
public:
    static QList<ListInfo> lists(const Project &project, const CatalogSet &catalogs, const ElementId &id);

    static QString cellKey(const QString &list, int row, const QString &column);
    static bool isCellKey(const QString &key);
    // The list a cell key belongs to ("listeners" for "listeners/0/port").
    static QString listOf(const QString &cellKey);

    static QString value(const Project &project, const CatalogSet &catalogs, const ElementId &id,
                         const QString &key);
    // Parses and applies one cell. A change that would leave the project
    // unreadable (a client use left without the listener it goes through,
    // a mapping whose two port ranges differ in size) is refused or, for
    // the mapping's other side, followed: the other range keeps its start
    // and takes the new size.
    static bool setCell(Project &project, const CatalogSet &catalogs, const ElementId &id, const QString &key,
                        const QString &text, QString *error);
    // Appends a row with sensible values (a listener to the first node with
    // a client port, a mapping from the NAT's first outside address, ...);
    // false with a reason when there is nothing to point it at.
    static bool addRow(Project &project, const CatalogSet &catalogs, const ElementId &id, const QString &list,
                       QString *error);
    static bool removeRow(Project &project, const ElementId &id, const QString &list, int row,
                          QString *error);
};

} // namespace portolan
