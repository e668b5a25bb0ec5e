#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Google Cloud firewall rules as Terraform (google_compute_firewall with
// target tags), following GcpResources. Instances get the rule set's network tag.
class GcpTerraformExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GcpTerraformExporter)
public:
    QString id() const override { return QStringLiteral("gcp-terraform"); }
    QString title() const override { return tr("Google Cloud firewall rules (Terraform)"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;
};

} // namespace portolan
