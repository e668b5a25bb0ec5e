#include "bundlewriter.h"

#include "bundlebuilder.h"
#include "io/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace portolan {

bool BundleWriter::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(u'\0')))
        return false;
    for (const QString &part : path.split(u'/'))
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            return false;
    return true;
}

bool BundleWriter::write(const QList<ExportFile> &files, const QString &folder, QString *error)
{
    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(folder)));
    const QString path = target.absoluteFilePath();
    if (target.exists()) {
        if (!target.isDir()) {
            *error = tr("%1 exists and is not a folder.").arg(path);
            return false;
        }
        const QDir existing(path);
        const bool empty =
            existing.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
        if (!empty && !existing.exists(QString::fromLatin1(BundleBuilder::ManifestName))) {
            *error = tr("%1 is not empty and holds no earlier bundle (no %2); choose another --out folder.")
                         .arg(path, QString::fromLatin1(BundleBuilder::ManifestName));
            return false;
        }
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("Cannot create the folder %1: %2. Nothing was written; choose another folder.")
                     .arg(target.absolutePath(), qt_error_string(errno));
        return false;
    }
    QTemporaryDir staging(target.absolutePath() + u"/."_s + target.fileName() + u".portolan-XXXXXX"_s);
    if (!staging.isValid()) {
        *error = tr("Cannot write the bundle to %1: %2. Nothing was changed there; make the folder writable "
                    "or choose another one.")
                     .arg(path, staging.errorString());
        return false;
    }
    for (const ExportFile &f : files) {
        if (!isSafePath(f.path)) {
            *error = tr("Refusing to write the unsafe path '%1'.").arg(f.path);
            return false;
        }
        const QString filePath = staging.filePath(f.path);
        QString reason;
        if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
            reason = qt_error_string(errno);
        else
            SaveFile::write(filePath, f.content, &reason);
        if (!reason.isEmpty()) {
            // The staging folder goes with `staging`: the target is untouched.
            *error = tr("Cannot write the bundle to %1: %2 (at %3). Nothing was changed there; make room on "
                        "the disk or choose another folder.")
                         .arg(path, reason, f.path);
            return false;
        }
        QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        if (f.executable)
            perms |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(filePath, perms);
    }
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther);
    // Move the old bundle aside, move the new one in, then drop the old one;
    // on failure put the old one back.
    QString aside;
    if (target.exists()) {
        QTemporaryDir placeholder(target.absolutePath() + u"/."_s + target.fileName() + u".old-XXXXXX"_s);
        aside = placeholder.path();
        placeholder.remove(); // only its unique name is wanted
        placeholder.setAutoRemove(false);
        if (aside.isEmpty() || !QDir().rename(path, aside)) {
            *error =
                tr("Cannot move the earlier bundle %1 aside: %2. It is unchanged; choose another folder.")
                    .arg(path, qt_error_string(errno));
            return false;
        }
    }
    if (!QDir().rename(staging.path(), path)) {
        const int why = errno;
        if (!aside.isEmpty())
            QDir().rename(aside, path);
        *error = tr("Cannot move the new bundle into place at %1: %2. The earlier bundle is unchanged; "
                    "choose another folder.")
                     .arg(path, qt_error_string(why));
        return false;
    }
    staging.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}

} // namespace portolan
