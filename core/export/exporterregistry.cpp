#include "exporterregistry.h"

#include "host/firewalldexporter.h"
#include "host/iptablesexporter.h"
#include "host/nftablesexporter.h"
#include "host/pfexporter.h"
#include "host/ufwexporter.h"
#include "host/windowsexporter.h"

// Other helpers' folders join when they exist, so the registry builds
// before and after they land.
#if __has_include("cloud/cloudexporters.h")
#include "cloud/cloudexporters.h"
#define PORTOLAN_HAVE_CLOUD_EXPORTERS 1
#endif
#if __has_include("gateway/networkexporters.h")
#include "gateway/networkexporters.h"
#define PORTOLAN_HAVE_NETWORK_EXPORTERS 1
#endif
#if __has_include("document/documentexporters.h")
#include "document/documentexporters.h"
#define PORTOLAN_HAVE_DOCUMENT_EXPORTERS 1
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

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
#ifdef PORTOLAN_HAVE_CLOUD_EXPORTERS
    registerCloudExporters(list);
#endif
#ifdef PORTOLAN_HAVE_NETWORK_EXPORTERS
    registerNetworkExporters(list);
#endif
#ifdef PORTOLAN_HAVE_DOCUMENT_EXPORTERS
    registerDocumentExporters(list);
#endif
    // Family order is part of the contract (`export --list`, bundle README);
    // stable_sort keeps registration order inside a family.
    auto rank = [](const Exporter &e) {
        const QString f = e.family();
        return f == u"host"_s ? 0 : f == u"cloud"_s ? 1 : f == u"network"_s ? 2 : f == u"document"_s ? 3 : 4;
    };
    std::stable_sort(list.begin(), list.end(), [&](const auto &a, const auto &b) { return rank(*a) < rank(*b); });
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
