#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Azure network security groups as Terraform (azurerm_network_security_group
// with security_rule blocks). One allow rule per plan rule; priorities start
// at 100 in steps of 10 (1 when that would not fit), unique in the group
// across both directions; "portolan-deny-all-inbound" (4095) and "-outbound" (4096)
// close the group, since Azure's defaults allow the virtual network in and
// everything out. Names <= 80, descriptions <= 140; a group past 1,000
// rules or priority 4094 is refused.
class AzureTerraformExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AzureTerraformExporter)
public:
    static constexpr int FirstPriority = 100;
    static constexpr int LastAllowPriority = 4094;
    static constexpr int MaxRules = 1000;

    QString id() const override { return QStringLiteral("azure-terraform"); }
    QString title() const override { return tr("Azure network security groups (Terraform)"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;
};

} // namespace portolan
