#pragma once

#include "io/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace portolan {

// Where the objects and arrays of a JSON text start, by JSON pointer
// ("/SecurityGroups/0/IpPermissions/1"): QJsonDocument keeps no positions
// and iterates object members sorted, so readers look positions up by path
// to name each rule by file:line:column. Only for text QJsonDocument has
// already accepted (on other text the result is incomplete, never a crash).
QHash<QString, qsizetype> jsonContainerOffsets(const QByteArray &json);

// Line and column (1-based, the column in characters) of a byte offset.
void jsonLineColumn(const QByteArray &json, qsizetype offset, int *line, int *column);

// `json` parsed, or nothing and "not valid JSON" at the line and column of
// `file` where the parser stopped.
std::optional<QJsonDocument> parseJsonDocument(const QByteArray &json, const QString &file,
                                               Diagnostics *errors);

} // namespace portolan
