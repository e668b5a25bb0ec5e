#pragma once

// Small helpers shared by the derivation tests: read a project from YAML
// text or a file against the bundled catalogs, and pick flows and rules.

#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "project/projectreader.h"

#include <QFile>
#include <QTest>

#include <functional>
#include <optional>

namespace portolan::test {

inline const CatalogSet &bundledCatalogs()
{
    static const CatalogSet set = CatalogSet::bundled();
    return set;
}

inline std::optional<Project> readProject(const QByteArray &yaml)
{
    Diagnostics errors;
    auto project = ProjectReader::read(yaml, QStringLiteral("test.yaml"), bundledCatalogs(), &errors);
    for (const Diagnostic &d : std::as_const(errors))
        qWarning().noquote() << d.toString();
    return project;
}

inline QString examplePath(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name;
}

inline std::optional<Project> readExample(const QString &name)
{
    Diagnostics errors;
    auto project = ProjectReader::readFile(examplePath(name), bundledCatalogs(), &errors);
    for (const Diagnostic &d : std::as_const(errors))
        qWarning().noquote() << d.toString();
    return project;
}

inline FlowList select(const FlowList &flows, const std::function<bool(const Flow &)> &keep)
{
    FlowList result;
    for (const Flow &f : flows)
        if (keep(f))
            result.append(f);
    return result;
}

// "tcp/8000", "udp/50000-60000", one per flow, sorted and unique.
inline QStringList portSet(const FlowList &flows)
{
    QStringList result;
    for (const Flow &f : flows)
        result.append(protocolName(f.protocol) + u'/' + f.ports.toString());
    result.sort();
    result.removeDuplicates();
    return result;
}

inline QStringList viaIds(const Flow &flow)
{
    QStringList ids;
    for (const FlowHop &hop : flow.via)
        ids.append(hop.id);
    return ids;
}

inline QStringList cidrStrings(const CidrList &list)
{
    QStringList result;
    for (const Cidr &c : list)
        result.append(c.toString());
    return result;
}

inline QStringList portStrings(const QList<PortRange> &ports)
{
    QStringList result;
    for (const PortRange &p : ports)
        result.append(p.toString());
    return result;
}

} // namespace portolan::test
