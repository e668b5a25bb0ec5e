#pragma once

#include <QObject>
#include <QTimer>

namespace portolan {

class Document;

// Writes the open document to a recovery file every interval (QSettings
// "autosave/intervalSeconds", default 60, 0 = off) while it has unsaved
// changes. A clean exit or a save removes the file; if one is there at
// start-up, the previous session crashed and its work can be restored.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(Document *document, QObject *parent = nullptr);

    static QString recoveryFile();
    static QString recoveredOriginalPath(); // what the recovery file was a copy of
    static bool hasRecovery();
    static void discardRecovery();

    int intervalSeconds() const;
    // Rereads the interval from QSettings (after Preferences changed it).
    void reloadInterval();
    // Saves now if there is something to save; true when a file was written.
    bool saveNow();

Q_SIGNALS:
    void saved(const QString &recoveryPath);
    // The recovery file could not be written (disk full, read-only): the
    // user must know that a crash would now lose work.
    void failed(const QString &error);

private:
    Document *m_document;
    QTimer m_timer;
};

} // namespace portolan
