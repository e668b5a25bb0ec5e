#include "scratchmount.h"

#include <QFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

QString g_unavailable = u"ScratchMount::enterPrivateNamespace() was not called"_s;

QString systemError(const char *what)
{
    return QString::fromLatin1(what) + u": "_s + QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString ScratchMount::enterPrivateNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0) {
        g_unavailable = systemError("unshare(CLONE_NEWNS) (needs root or CAP_SYS_ADMIN)");
        return g_unavailable;
    }
    // Without this, mounts made here could propagate to the parent namespace.
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        g_unavailable = systemError("making / private in the new mount namespace");
        return g_unavailable;
    }
    g_unavailable.clear();
    return {};
}

QString ScratchMount::unavailableReason()
{
    return g_unavailable;
}

bool ScratchMount::mountTmpfs(const QString &dir, qint64 bytes, QString *error)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0) {
        *error = systemError("mount -t tmpfs");
        return false;
    }
    return true;
}

bool ScratchMount::remountReadOnly(const QString &dir, QString *error)
{
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
        *error = systemError("mount -o remount,ro");
        return false;
    }
    return true;
}

bool ScratchMount::unmount(const QString &dir, QString *error)
{
    if (::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) != 0) {
        *error = systemError("umount");
        return false;
    }
    return true;
}

qint64 ScratchMount::fill(const QString &dir, qint64 leaveFree, QString *error)
{
    QFile filler(dir + u"/filler"_s);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = filler.errorString();
        return -1;
    }
    qint64 written = 0;
    // Page by page: tmpfs allocates whole pages, so the last write that
    // fits decides how full it is.
    const QByteArray page(4096, 'f');
    for (;;) {
        QStorageInfo storage(dir);
        storage.refresh();
        if (storage.bytesAvailable() < leaveFree + page.size())
            break;
        if (filler.write(page) != page.size())
            break; // full already
        written += page.size();
    }
    filler.close();
    return written;
}

} // namespace portolan::test
