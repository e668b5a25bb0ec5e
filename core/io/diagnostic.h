#pragma once

#include <QList>
#include <QString>

namespace portolan {

// A problem in an input file. Lines and columns are 1-based, 0 = unknown.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message; // already translated
    QString hint;    // what to do about it, translated; may be empty

    // "file:line:column: message (hint)" — the form compilers use, so editors
    // and CI logs can jump to it.
    QString toString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

QString formatDiagnostics(const Diagnostics &diagnostics);

} // namespace portolan
