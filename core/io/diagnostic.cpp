#include "diagnostic.h"

namespace portolan {

QString Diagnostic::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
    }
    text += QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + u')';
    return text;
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace portolan
