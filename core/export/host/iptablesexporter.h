#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// iptables-restore (IPv4) or ip6tables-restore (IPv6) files, one per node:
// *nat PREROUTING REDIRECT for Kong `transparent` listeners, then *filter
// with default policies, conntrack, multiport within its 15-slot limit and
// sanitised comments of at most 255 characters.
class IptablesExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(IptablesExporter)
public:
    explicit IptablesExporter(IpFamily family) : m_family(family) {}
    QString id() const override;
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;

private:
    IpFamily m_family;
};

} // namespace portolan
