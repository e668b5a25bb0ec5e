#pragma once

#include "doresources.h"
#include "resourcesexporter.h"

#include <QCoreApplication>

namespace portolan {

// DigitalOcean cloud firewalls as a bash script of `doctl compute tag create`
// and `doctl compute firewall create` commands (DoResources); every value is a
// single-quoted shell word. Ends with the rollback commands.
class DoctlExporter : public ResourcesExporter<DoResources>
{
    Q_DECLARE_TR_FUNCTIONS(DoctlExporter)
public:
    QString id() const override { return QStringLiteral("doctl"); }
    QString title() const override { return tr("DigitalOcean cloud firewalls (doctl script)"); }

    // "protocol:tcp,ports:80,address:10.0.0.0/8,tag:web" (doctl's rule syntax)
    static QString ruleText(const DoRule &rule);

private:
    void write(const CloudScope &scope, const DoResources &plan, QList<ExportFile> &files) const override;
};

} // namespace portolan
