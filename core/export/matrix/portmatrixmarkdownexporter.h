#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// The port matrix as a Markdown (CommonMark / GitHub) table. Cell text is
// one line with `|`, backslash and the inline-markup characters
// (`*_[]<>~&!) backslash-escaped, so user text can neither end a cell nor
// turn into a link, HTML or emphasis.
class PortMatrixMarkdownExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrixMarkdownExporter)
public:
    QString id() const override { return QStringLiteral("port-matrix-md"); }
    QString title() const override { return tr("Port matrix (Markdown)"); }
    QString family() const override { return QStringLiteral("document"); }
    ExportResult generate(const ExportInput &input) const override;

    static QString escape(const QString &text);
};

} // namespace portolan
