#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// The bundle README's "which device gets which file" section for the
// network family: every boundary firewall, NAT layer and load balancer of
// the plan with the files the chosen targets wrote for it, and the order
// to apply them in. Empty when no network target was chosen.
class NetworkReadme
{
    Q_DECLARE_TR_FUNCTIONS(NetworkReadme)
public:
    static QStringList section(const ExportInput &input, const QList<const Exporter *> &exporters,
                               const QList<ExportResult> &results);
};

} // namespace portolan
