#pragma once

#include "doresources.h"
#include "resourcesexporter.h"

#include <QCoreApplication>

namespace portolan {

// DigitalOcean cloud firewalls as Terraform (digitalocean_tag and
// digitalocean_firewall with inbound_rule / outbound_rule), following DoResources.
class DoTerraformExporter : public ResourcesExporter<DoResources>
{
    Q_DECLARE_TR_FUNCTIONS(DoTerraformExporter)
public:
    QString id() const override { return QStringLiteral("digitalocean-terraform"); }
    QString title() const override { return tr("DigitalOcean cloud firewalls (Terraform)"); }

private:
    void write(const CloudScope &scope, const DoResources &plan, QList<ExportFile> &files) const override;
};

} // namespace portolan
