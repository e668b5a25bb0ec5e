#pragma once

#include "catalog.h"

#include <QCoreApplication>

namespace portolan {

// One-line descriptions of catalog entries for people: the catalog browser
// and its version comparison show the same words, so a difference the
// comparison reports is one a reader can see in the tables.
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
public:
    // The port numbers the entry has with every setting at its default:
    // "8000", "8000, 8443", "50000-60000"; "all" for every port; a
    // translated "off by default" when the setting is off or unset.
    static QString defaultPorts(const Catalog &catalog, const ComponentDef &component, const PortDef &port);
    // Where the number comes from: "fixed", "proxy_listen", "proxy_listen
    // (ssl entries)", "rtc.port_range_start–rtc.port_range_end".
    static QString portOrigin(const PortDef &port);
    // "tcp", "udp", "tcp+udp": the catalog's "both" spelt out for readers.
    static QString protocols(const QList<Protocol> &protocols);
    // "8000 ← proxy_listen" or "22": number and origin in one cell.
    static QString portCell(const Catalog &catalog, const ComponentDef &component, const PortDef &port);
    // "7946 tcp+udp · peers · cluster_listen" (plus "optional").
    static QString portSummary(const Catalog &catalog, const ComponentDef &component, const PortDef &port);
    // "listen = 0.0.0.0:8000" / "address-port (unset)".
    static QString settingSummary(const SettingDef &setting);
    // "Title (document)" of a source id, or the id itself when unknown.
    static QString sourceTitle(const Catalog &catalog, const QString &sourceId);
};

} // namespace portolan
