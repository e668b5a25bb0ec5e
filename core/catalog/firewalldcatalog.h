#pragma once

#include "catalog.h"

#include "io/diagnostic.h"

#include <QCoreApplication>

#include <optional>

namespace portolan {

// firewalld's service definitions (<service><port protocol="tcp"
// port="22"/>...) read as one catalog, `firewalld`, with a component per
// service file (`firewalld/ssh`, `firewalld/postgresql`), so any common
// service can be placed at once. Each service's TCP and UDP ports become
// ports with audience `clients`; firewalld says nothing about who should
// reach a port, and has no settings, so the catalog has neither.
// What a port cannot express (other protocols, source ports, destination
// addresses, conntrack helpers) is kept as a note on the component.
class FirewalldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FirewalldCatalog)
public:
    static constexpr auto CatalogId = "firewalld";

    // Where Debian's firewalld package installs them.
    static QString systemFolder();
    // $PORTOLAN_FIREWALLD_SERVICES if set (empty: none), else systemFolder().
    static QString folder();

    struct Summary
    {
        int filesRead = 0;        // service files parsed without error
        QStringList withoutPorts; // services left out: no TCP/UDP port Portolan can express
    };

    // Reads every *.xml in `folder`. Any broken file adds file:line:column
    // diagnostics and the whole catalog is refused, as for a YAML catalog.
    static std::optional<Catalog> readFolder(const QString &folder, Diagnostics *errors,
                                             Summary *summary = nullptr);

    // One service file; `id` is the component id it becomes. Ports of
    // <include>d services are not resolved here (readFolder does that).
    struct Service
    {
        ComponentDef component;
        SourceDocument source;
        QStringList includes; // service ids
    };
    static std::optional<Service> readService(const QByteArray &xml, const QString &path,
                                              Diagnostics *errors);

    // Component id for a service file name: firewalld names are case
    // sensitive but Portolan ids are lower case ("RH-Satellite-6").
    static QString idForFile(const QString &fileName);
};

} // namespace portolan
