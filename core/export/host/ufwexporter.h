#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// ufw: a bash script of `ufw` commands per node (every argument shell-quoted;
// at most 15 ports per rule, a range counting two, as ufw demands). ufw has
// no command for redirects: those are reported and written as comments for
// /etc/ufw/before.rules.
class UfwExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(UfwExporter)
public:
    static constexpr int PortSlots = 15;
    static constexpr int CommentCap = 200;

    QString id() const override { return QStringLiteral("ufw"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
