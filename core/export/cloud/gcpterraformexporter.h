#pragma once

#include "gcpresources.h"
#include "resourcesexporter.h"

#include <QCoreApplication>

namespace portolan {

// Google Cloud firewall rules as Terraform (google_compute_firewall with
// target tags), following GcpResources. Instances get the rule set's network tag.
class GcpTerraformExporter : public ResourcesExporter<GcpResources>
{
    Q_DECLARE_TR_FUNCTIONS(GcpTerraformExporter)
public:
    QString id() const override { return QStringLiteral("gcp-terraform"); }
    QString title() const override { return tr("Google Cloud firewall rules (Terraform)"); }

private:
    void write(const CloudScope &scope, const GcpResources &plan, QList<ExportFile> &files) const override;
};

} // namespace portolan
