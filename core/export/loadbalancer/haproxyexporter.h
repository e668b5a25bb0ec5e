#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// HAProxy (2.6) configuration, one file per load balancer: a frontend and a
// backend per TCP listener, TLS terminated with a certificate under
// `crt-base` (the bundle README names the path) or passed through in TCP
// mode, `timeout client/server` from the idle timeout, the target hosts'
// addresses and ports. UDP listeners are reported as problems and left
// out: HAProxy has no UDP.
class HaproxyExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HaproxyExporter)
public:
    static constexpr auto CertificateDir = "/etc/haproxy/certs";

    QString id() const override { return QStringLiteral("haproxy"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("network"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
