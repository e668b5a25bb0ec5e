#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// firewalld: per node a folder with the zone `portolan` (target DROP, one
// rich rule per peer, local address and port range; Kong `transparent`
// redirects as forward-port), the policy `portolan-egress` (HOST -> ANY,
// target CONTINUE) when the plan lists egress, and install.sh that backs up
// /etc/firewalld, installs both and makes the zone the default.
class FirewalldExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(FirewalldExporter)
public:
    static constexpr int ZoneNameCap = 17; // firewalld: chains are 28 chars at most
    static constexpr int PolicyNameCap = 18;
    static constexpr auto ZoneName = "portolan";
    static constexpr auto PolicyName = "portolan-egress";

    QString id() const override { return QStringLiteral("firewalld"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
