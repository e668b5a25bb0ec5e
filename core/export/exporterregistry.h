#pragma once

#include "exporter.h"

#include <memory>
#include <vector>

namespace portolan {

using ExporterList = std::vector<std::unique_ptr<Exporter>>;

// Every export target, in one list (exporterregistry.cpp) made of one
// function per family, each in its folder and returning its exporters:
//     ExporterList hostExporters();     // host/hostexporters.h
//     ExporterList cloudExporters();    // cloud/cloudexporters.h
//     ExporterList networkExporters();  // gateway/networkexporters.h (with load balancers)
//     ExporterList matrixExporters(); // matrix/matrixexporters.h
// Nothing registers itself and nothing is sorted afterwards: the order of
// the families there and of the exporters in each function is the order
// `export --list`, the bundle README and select() show.
class ExporterRegistry
{
public:
    // Host targets first, then cloud, then network, then documents; within
    // a family in its function's order. The list lives for the whole program.
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
