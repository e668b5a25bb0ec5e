#pragma once

#include "labprobelist.h"
#include "labrunner.h"

#include <QMap>

namespace portolan {

// Finding where a packet died: an nft table of counters, one rule per
// probe (matched by its own source port) in prerouting before anything
// else, and in forward and input after every filter; read back as JSON.
class LabTrace
{
public:
    static const QString TableName; // "portolan_lab_trace"
    static QByteArray table(const QList<LabProbe> &probes, const QMap<int, int> &sourcePorts);
    // `nft -j list table` output -> {"pre:ID" | "fwd:ID" | "in:ID": packets}
    static QMap<QString, qint64> counters(const QByteArray &json);
    static LabHop hop(const LabTopology &topology, const LabProbe &probe,
                      const QMap<QString, QMap<QString, qint64>> &counters);
    static QString label(const LabTopology &topology, const QString &namespaceId);
};

} // namespace portolan
