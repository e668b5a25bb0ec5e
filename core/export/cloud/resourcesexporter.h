#pragma once

#include "cloudscope.h"

namespace portolan {

// A cloud exporter that writes its files from one provider's resources
// (AwsResources, DoResources, GcpResources: each names its ProviderId and
// ProviderTitle). The opening they all share is here, once: no rule set of
// the provider is a warning, the resources' problems are the result's, and
// resources with an error write nothing (CloudScope::buildResources).
template <typename Resources> class ResourcesExporter : public Exporter
{
public:
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const final
    {
        ExportResult result;
        const CloudScope scope = CloudScope::forProvider(input, Resources::ProviderId);
        const std::optional<Resources> resources =
            scope.buildResources<Resources>(QString::fromUtf16(Resources::ProviderTitle), result);
        if (resources)
            write(scope, *resources, result.files);
        return result;
    }

protected:
    // Appends the files of `resources`, which have no errors.
    virtual void write(const CloudScope &scope, const Resources &resources,
                       QList<ExportFile> &files) const = 0;
};

} // namespace portolan
