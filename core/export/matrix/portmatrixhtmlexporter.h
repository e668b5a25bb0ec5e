#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// The port matrix as one self-contained HTML5 page (UTF-8, inline style, no
// script). All text goes through QString::toHtmlEscaped plus ' -> &#39;.
class PortMatrixHtmlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrixHtmlExporter)
public:
    QString id() const override { return QStringLiteral("port-matrix-html"); }
    QString title() const override { return tr("Port matrix (HTML)"); }
    QString family() const override { return QStringLiteral("document"); }
    ExportResult generate(const ExportInput &input) const override;

    static QString escape(const QString &text);
};

} // namespace portolan
