#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// pf.conf (OpenBSD syntax; FreeBSD differs in redirects): tables per rule,
// `block` defaults, `pass ... quick` rules with state, `rdr-to` redirects.
// Not validated on Debian (no pfctl): golden files only.
class PfExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PfExporter)
public:
    QString id() const override { return QStringLiteral("pf"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
