#pragma once

#include "exporter.h"

#include <memory>
#include <vector>

namespace portolan {

using ExporterList = std::vector<std::unique_ptr<Exporter>>;

// Every export target, registered in one place (exporterregistry.cpp).
// Sub-folders that add targets (cloud/, document/) each provide one
// function, declared in cloud/cloudexporters.h and
// document/documentexporters.h:
//     void registerCloudExporters(ExporterList &list);
//     void registerDocumentExporters(ExporterList &list);
// and list their sources in cloud/sources.cmake / document/sources.cmake.
class ExporterRegistry
{
public:
    // Host targets first, then cloud, then network (gateways and load
    // balancers, gateway/networkexporters.h), then documents; within a family in
    // registration order. The list lives for the whole program.
    static QList<const Exporter *> all();
    static const Exporter *find(const QString &id);
    static QStringList ids();
    // The exporters `names` choose: ids, family names (host, cloud,
    // network, document) or all, in the registry's order whatever order
    // they were named in, each once. The first name that chooses nothing
    // goes to `unknown` and the result is empty.
    static QList<const Exporter *> select(const QStringList &names, QString *unknown);
};

} // namespace portolan
