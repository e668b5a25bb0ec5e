#include "portmatrixcsvexporter.h"

#include "portmatrix.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString PortMatrixCsvExporter::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.at(0)))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\r') && !value.contains(u'\n'))
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

ExportResult PortMatrixCsvExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QList<PortMatrixRow> rows = PortMatrix::rows(input);
    if (rows.isEmpty())
        result.problems.append(PortMatrix::noFlows());

    auto line = [](const QStringList &cells) -> QString {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(field(cell));
        return fields.join(u',') + u"\r\n"_s;
    };
    QString text = line(PortMatrix::headers());
    for (const PortMatrixRow &row : rows)
        text += line({row.source, row.sourcePort, row.destination, row.destinationPort, row.protocol,
                      row.service, row.why, row.document});

    result.files.append(
        {u"port-matrix/port-matrix.csv"_s, text.toUtf8(), tr("Port matrix as CSV (RFC 4180)"), false});
    return result;
}

} // namespace portolan
