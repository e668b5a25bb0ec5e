#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// nftables for a Linux router, one file per boundary firewall or NAT layer:
// one `inet` table per device (`portolan-fw-<id>` / `portolan-nat-<id>`, so
// a router that is both loads both files), a stateful `forward` chain with
// policy drop, `nat-prerouting` DNAT from the static mappings and
// `nat-postrouting` SNAT for source NAT, and a `ct timeout` policy for the
// stated TCP session timeout.
class GatewayNftablesExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GatewayNftablesExporter)
public:
    static constexpr int CommentCap = 128;

    QString id() const override { return QStringLiteral("gateway-nftables"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("network"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
