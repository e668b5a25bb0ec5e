#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// One line of a port matrix, in the shape of the vendors' own tables
// (Cumulocity's "Source IP | Source Port | Destination IP | Destination
// Port | Service", LiveKit's port table): who connects, to what, which
// protocol and port, the service, why, and the document it rests on. All
// cells are plain, cleaned user text; each format escapes them.
struct PortMatrixRow
{
    QString source;
    QString sourcePort;
    QString destination;
    QString destinationPort;
    QString protocol;
    QString service;
    QString why;
    QString document;
};

// Builds the rows from Derivation::flows (already sorted by key) and the
// catalogs: PortDef::service and title, the flow's hops, SourceDocument.
class PortMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrix)
public:
    static QList<PortMatrixRow> rows(const ExportInput &input);
    static QStringList headers(); // translated column titles
    static QString title(const ExportInput &input);
    static ExportProblem noFlows();
};

} // namespace portolan
