#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Google Cloud firewall rules as a bash script of
// `gcloud compute firewall-rules create` commands (GcpResources). Every value is
// a single-quoted shell word; the network name comes from an environment
// variable with the plan's name as default. Ends with the rollback command.
class GcloudExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GcloudExporter)
public:
    QString id() const override { return QStringLiteral("gcloud"); }
    QString title() const override { return tr("Google Cloud firewall rules (gcloud script)"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;
};

} // namespace portolan
