#include "savefile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace portolan::SaveFile {

bool write(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = file.errorString();
#ifdef Q_OS_UNIX
        // QSaveFile says only "is not writable"; the system says why
        // (read-only file system, permission denied).
        const QFileInfo info(path);
        const QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
        if (::access(QFile::encodeName(probe).constData(), W_OK) != 0)
            *reason = qt_error_string(errno);
#endif
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // After a short write Qt 6.4 reports "Unknown error"; the system's
        // reason (disk full) is still in errno.
        *reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace portolan::SaveFile
