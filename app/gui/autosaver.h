#pragma once

#include <QObject>
#include <QTimer>

namespace portolan {

class Document;

// Writes the open document to a recovery file shortly after each edit: once
// the edits pause for QuietMs, and at the latest intervalSeconds() after the
// first unsaved one while they go on (QSettings "autosave/intervalSeconds",
// default 10, 0 = off). A crash so loses at most a few seconds of work. A
// clean exit or a save removes the file; if one is there at start-up, the
// previous session crashed and its work can be restored.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(Document *document, QObject *parent = nullptr);

    static QString recoveryFile();
    static QString recoveredOriginalPath(); // what the recovery file was a copy of
    static bool hasRecovery();
    static void discardRecovery();

    static constexpr int QuietMs = 1500;
    static constexpr int DefaultIntervalSeconds = 10;

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
    void edited();

    Document *m_document;
    QTimer m_quiet;    // restarted by every edit
    QTimer m_deadline; // started by the first unsaved edit, not restarted
    int m_intervalSeconds = DefaultIntervalSeconds;
};

} // namespace portolan
