#pragma once

#include "gcpresources.h"
#include "resourcesexporter.h"

#include <QCoreApplication>

namespace portolan {

// Google Cloud firewall rules as a bash script of
// `gcloud compute firewall-rules create` commands (GcpResources). Every value is
// a single-quoted shell word; the network name comes from an environment
// variable with the plan's name as default. Ends with the rollback command.
class GcloudExporter : public ResourcesExporter<GcpResources>
{
    Q_DECLARE_TR_FUNCTIONS(GcloudExporter)
public:
    QString id() const override { return QStringLiteral("gcloud"); }
    QString title() const override { return tr("Google Cloud firewall rules (gcloud script)"); }

private:
    void write(const CloudScope &scope, const GcpResources &plan, QList<ExportFile> &files) const override;
};

} // namespace portolan
