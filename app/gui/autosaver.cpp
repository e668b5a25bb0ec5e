#include "autosaver.h"

#include "document/document.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portolan {

Autosaver::Autosaver(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &Document::modifiedChanged, this, [](bool modified) {
        if (!modified)
            discardRecovery(); // saved, or back to the saved state
    });
    reloadInterval();
}

void Autosaver::reloadInterval()
{
    if (const int seconds = intervalSeconds(); seconds > 0)
        m_timer.start(seconds * 1000);
    else
        m_timer.stop();
}

int Autosaver::intervalSeconds() const
{
    return QSettings().value(u"autosave/intervalSeconds"_s, 60).toInt();
}

QString Autosaver::recoveryFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + u"/recovery/autosave.yaml"_s;
}

QString Autosaver::recoveredOriginalPath()
{
    return QSettings().value(u"autosave/originalPath"_s).toString();
}

bool Autosaver::hasRecovery()
{
    return QFile::exists(recoveryFile());
}

void Autosaver::discardRecovery()
{
    QFile::remove(recoveryFile());
    QSettings().remove(u"autosave/originalPath"_s);
}

bool Autosaver::saveNow()
{
    if (!m_document->isModified())
        return false;
    const QString path = recoveryFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // What the copy belongs to is on disk before the copy is: killed in
    // between, the next start must not restore this work as another file's.
    QSettings settings;
    settings.setValue(u"autosave/originalPath"_s, m_document->filePath());
    settings.sync();
    QString error;
    if (!m_document->saveCopy(path, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

} // namespace portolan
