#pragma once

// A broken fixture's expected diagnostic, kept beside it as <name>.expect:
//
//   at: 12:5                 line:column (0:0 = the file as a whole)
//   message: unknown key     a substring of the message
//   hint: did you mean       optional: a substring of the hint
//   count: 1                 optional: exactly this many diagnostics
//
// Shared by the project and catalog loader tests.

#include "io/diagnostic.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan::test {

struct Expectation
{
    int line = -1;
    int column = -1;
    QString message;
    QString hint;
    int count = -1; // -1 = any number

    static std::optional<Expectation> read(const QString &path, QString *problem)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *problem = QStringLiteral("no expectation file ") + path;
            return std::nullopt;
        }
        Expectation e;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString key = line.section(u':', 0, 0).trimmed();
            const QString value = line.section(u':', 1).trimmed();
            if (key == QStringLiteral("at")) {
                bool okLine = false, okColumn = false;
                e.line = value.section(u':', 0, 0).toInt(&okLine);
                e.column = value.section(u':', 1).toInt(&okColumn);
                if (!okLine || !okColumn) {
                    *problem = QStringLiteral("bad 'at' in ") + path;
                    return std::nullopt;
                }
            } else if (key == QStringLiteral("message")) {
                e.message = value;
            } else if (key == QStringLiteral("hint")) {
                e.hint = value;
            } else if (key == QStringLiteral("count")) {
                bool ok = false;
                e.count = value.toInt(&ok);
                if (!ok) {
                    *problem = QStringLiteral("bad 'count' in ") + path;
                    return std::nullopt;
                }
            } else {
                *problem = QStringLiteral("unknown key '%1' in %2").arg(key, path);
                return std::nullopt;
            }
        }
        if (e.line < 0 || e.message.isEmpty()) {
            *problem = QStringLiteral("%1 needs 'at' and 'message'").arg(path);
            return std::nullopt;
        }
        return e;
    }

    bool matches(const Diagnostic &d) const
    {
        return d.line == line && d.column == column && d.message.contains(message) &&
               (hint.isEmpty() || d.hint.contains(hint));
    }

    QString toString() const
    {
        return QStringLiteral("%1:%2: ...%3... (%4)").arg(line).arg(column).arg(message, hint);
    }
};

} // namespace portolan::test
