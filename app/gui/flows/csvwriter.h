#pragma once

#include <QString>
#include <QStringList>

namespace portolan {

// RFC 4180 text: fields with a comma, quote, CR or LF are quoted and their
// quotes doubled; records end with CRLF. A field starting with = + - @ (or
// a tab or CR) gets a leading apostrophe so a spreadsheet opening the copy
// reads a user's element name as text, never as a formula.
class CsvWriter
{
public:
    static QString field(const QString &value);
    static QString record(const QStringList &fields);
};

} // namespace portolan
