#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// iptables-restore / ip6tables-restore for a Linux router, one file per
// boundary firewall (`*filter`: FORWARD policy DROP, stateful) or NAT layer
// (`*nat`: PREROUTING DNAT, POSTROUTING SNAT). Each file replaces only the
// table it names, so a router that is both loads both files. iptables has
// no per-rule session timeout: the file and the README give the sysctl.
class GatewayIptablesExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GatewayIptablesExporter)
public:
    explicit GatewayIptablesExporter(IpFamily family) : m_family(family) {}
    QString id() const override;
    QString title() const override;
    QString family() const override { return QStringLiteral("network"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;

private:
    IpFamily m_family;
};

} // namespace portolan
