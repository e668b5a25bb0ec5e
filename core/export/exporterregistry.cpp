#include "exporterregistry.h"

#include "host/firewalldexporter.h"
#include "host/iptablesexporter.h"
#include "host/nftablesexporter.h"
#include "host/pfexporter.h"
#include "host/ufwexporter.h"
#include "host/windowsexporter.h"

#include "cloud/cloudexporters.h"
#include "document/documentexporters.h"
#include "gateway/networkexporters.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

ExporterList makeExporters()
{
    ExporterList list;
    list.push_back(std::make_unique<IptablesExporter>(IpFamily::IPv4));
    list.push_back(std::make_unique<IptablesExporter>(IpFamily::IPv6));
    list.push_back(std::make_unique<NftablesExporter>());
    list.push_back(std::make_unique<FirewalldExporter>());
    list.push_back(std::make_unique<UfwExporter>());
    list.push_back(std::make_unique<PfExporter>());
    list.push_back(std::make_unique<WindowsExporter>());
    registerCloudExporters(list);
    registerNetworkExporters(list);
    registerDocumentExporters(list);
    // Family order is part of the contract (`export --list`, bundle README);
    // stable_sort keeps registration order inside a family.
    auto rank = [](const Exporter &e) {
        const QString f = e.family();
        return f == u"host"_s ? 0 : f == u"cloud"_s ? 1 : f == u"network"_s ? 2 : f == u"document"_s ? 3 : 4;
    };
    std::stable_sort(list.begin(), list.end(),
                     [&](const auto &a, const auto &b) { return rank(*a) < rank(*b); });
    return list;
}

const ExporterList &registry()
{
    static const ExporterList list = makeExporters();
    return list;
}

} // namespace

QList<const Exporter *> ExporterRegistry::all()
{
    QList<const Exporter *> out;
    for (const auto &e : registry())
        out.append(e.get());
    return out;
}

const Exporter *ExporterRegistry::find(const QString &id)
{
    for (const auto &e : registry())
        if (e->id() == id)
            return e.get();
    return nullptr;
}

QStringList ExporterRegistry::ids()
{
    QStringList out;
    for (const auto &e : registry())
        out.append(e->id());
    return out;
}

QList<const Exporter *> ExporterRegistry::select(const QStringList &names, QString *unknown)
{
    QList<const Exporter *> chosen;
    for (const QString &name : names) {
        bool any = false;
        for (const Exporter *e : all()) {
            if (name == u"all"_s || e->id() == name || e->family() == name) {
                any = true;
                if (!chosen.contains(e))
                    chosen.append(e);
            }
        }
        if (!any) {
            if (unknown)
                *unknown = name;
            return {};
        }
    }
    QList<const Exporter *> ordered;
    for (const Exporter *e : all())
        if (chosen.contains(e))
            ordered.append(e);
    return ordered;
}

} // namespace portolan
