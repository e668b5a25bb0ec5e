#include "autosaver.h"

#include "document/document.h"

#include <QDir>
#include <QUndoStack>

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

Autosaver::Autosaver(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    m_deadline.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::saveNow);
    // Every edit, undo and redo moves the stack's index.
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Autosaver::edited);
    // The stack, the document's child, clears itself (and moves its index)
    // after the document is gone as a Document: stop listening before that.
    connect(document, &QObject::destroyed, this, [this, stack] {
        disconnect(stack, nullptr, this, nullptr);
        m_document = nullptr;
        m_quiet.stop();
        m_deadline.stop();
    });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_quiet.stop();
            m_deadline.stop();
            discardRecovery(); // saved, or back to the saved state
        }
    });
    reloadInterval();
}

void Autosaver::edited()
{
    const int seconds = intervalSeconds();
    if (!m_document || seconds <= 0 || !m_document->isModified())
        return;
    m_quiet.start();
    if (!m_deadline.isActive())
        m_deadline.start(seconds * 1000);
}

void Autosaver::reloadInterval()
{
    m_intervalSeconds = QSettings().value(u"autosave/intervalSeconds"_s, DefaultIntervalSeconds).toInt();
    if (m_intervalSeconds <= 0) {
        m_quiet.stop();
        m_deadline.stop();
    } else if (m_deadline.isActive()) {
        m_deadline.start(std::min(m_deadline.remainingTime(), m_intervalSeconds * 1000));
    }
}

int Autosaver::intervalSeconds() const
{
    return m_intervalSeconds;
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
    m_quiet.stop();
    m_deadline.stop();
    if (!m_document || !m_document->isModified())
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
