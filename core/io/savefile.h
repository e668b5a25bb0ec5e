#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

// Writes a whole file atomically: the target holds either its old content or
// all of `bytes`, never a part. QSaveFile alone is not enough in Qt 6.4: its
// write() only fills a buffer, and when flushing that buffer inside commit()
// fails (disk full) commit() still renames the short or empty file over the
// target. Flushing first and checking turns a full disk into an error that
// leaves the target untouched. `reason` gets the system's reason ("No space
// left on device", "Read-only file system") for the caller's message.
namespace SaveFile {

bool write(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace SaveFile

} // namespace portolan
