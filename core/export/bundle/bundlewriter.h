#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Writes export files to a folder so that it is never left half written:
// everything goes (QSaveFile) into a hidden temporary sibling folder, which
// then replaces the target folder by rename. An existing folder is replaced
// only when it is empty or an earlier bundle (holds MANIFEST.sha256), so a
// mistyped --out never removes someone's files.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    static bool write(const QList<ExportFile> &files, const QString &folder, QString *error);
    // A relative '/'-separated path without '.', '..' or empty parts.
    static bool isSafePath(const QString &path);
};

} // namespace portolan
