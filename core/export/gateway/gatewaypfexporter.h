#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// pf (OpenBSD syntax; OPNsense and pfSense import the rules) for a router,
// one file per boundary firewall (`pass` rules on forwarded traffic, default
// block, the TCP session timeout as `set timeout tcp.established`) or NAT
// layer (`match ... rdr-to` for the static mappings, `match out ... nat-to`
// for source NAT). Not validated: there is no pfctl on Linux.
class GatewayPfExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GatewayPfExporter)
public:
    QString id() const override { return QStringLiteral("gateway-pf"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("network"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
