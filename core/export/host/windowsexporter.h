#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Windows Defender Firewall: a PowerShell script per node of
// New-NetFirewallRule calls in one rule group (every user text in
// PowerShell single quotes). Windows cannot redirect ports: reported.
// Not validated on Debian (no PowerShell): golden files only.
class WindowsExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(WindowsExporter)
public:
    static constexpr int NameCap = 200;

    QString id() const override { return QStringLiteral("windows"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
