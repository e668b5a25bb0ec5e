#include "exporterregistry.h"

#include "cloud/cloudexporters.h"
#include "gateway/networkexporters.h"
#include "host/hostexporters.h"
#include "matrix/matrixexporters.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The families in the order of the contract (`export --list`, the bundle
// README): host, cloud, network, document.
ExporterList makeExporters()
{
    ExporterList list;
    for (ExporterList (*family)() : {&hostExporters, &cloudExporters, &networkExporters, &matrixExporters})
        for (std::unique_ptr<Exporter> &exporter : family())
            list.push_back(std::move(exporter));
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
