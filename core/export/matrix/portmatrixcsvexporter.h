#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// The port matrix as CSV per RFC 4180: UTF-8, CRLF line ends, a header row,
// fields with a comma, quote, CR or LF in double quotes with quotes doubled.
// A field that a spreadsheet would run as a formula (starting with = + - @,
// tab or CR) gets a leading apostrophe, the usual guard against CSV
// injection; numbers and addresses never start that way.
class PortMatrixCsvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrixCsvExporter)
public:
    QString id() const override { return QStringLiteral("port-matrix-csv"); }
    QString title() const override { return tr("Port matrix (CSV)"); }
    QString family() const override { return QStringLiteral("document"); }
    ExportResult generate(const ExportInput &input) const override;

    static QString field(const QString &text);
};

} // namespace portolan
