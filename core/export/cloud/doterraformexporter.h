#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// DigitalOcean cloud firewalls as Terraform (digitalocean_tag and
// digitalocean_firewall with inbound_rule / outbound_rule), following DoResources.
class DoTerraformExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DoTerraformExporter)
public:
    QString id() const override { return QStringLiteral("digitalocean-terraform"); }
    QString title() const override { return tr("DigitalOcean cloud firewalls (Terraform)"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;
};

} // namespace portolan
