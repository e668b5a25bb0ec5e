#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace portolan {

// Where the objects and arrays of a JSON text start, by JSON pointer
// ("/SecurityGroups/0/IpPermissions/1"): QJsonDocument keeps no positions
// and iterates object members sorted, so readers look positions up by path
// to name each rule by file:line:column. Only for text QJsonDocument has
// already accepted (on other text the result is incomplete, never a crash).
QHash<QString, qsizetype> jsonContainerOffsets(const QByteArray &json);

// Line and column (1-based, the column in characters) of a byte offset.
void jsonLineColumn(const QByteArray &json, qsizetype offset, int *line, int *column);

} // namespace portolan
