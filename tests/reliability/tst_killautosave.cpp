// Nothing lost, part 2: the editor is SIGKILLed after real edits, once its
// autosave has been written; the next start restores exactly the edited
// project (canonical bytes), modified, under its original path.
#include "reliabilityedits.h"

#include "autosaver.h"
#include "mainwindow.h"
#include "sessionstart.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray bytes(const MainWindow &w)
{
    return ProjectWriter::write(w.document()->project());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKillAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void killedAfterEdits_data();
    void killedAfterEdits();
    void killedBeforeAnyEdit();
    void startWithAProjectStillRestores();
    void defaultSettingsSaveSoonAfterTheEdit();

private:
    // Runs the editor with `edits` edits and SIGKILLs it once `until` was
    // printed ("autosaved" or "edited N"), waiting at most `waitMs` for a line.
    void crashChild(int edits, const QByteArray &until, const QStringList &extra = {}, int waitMs = 60000);
    int m_kills = 0;
};

void TestKillAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"tst_killautosave"_s);
}

void TestKillAutosave::init()
{
    QSettings().clear();
    Autosaver::discardRecovery();
}

void TestKillAutosave::crashChild(int edits, const QByteArray &until, const QStringList &extra, int waitMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(PORTOLAN_AUTOSAVECHILD),
                QStringList{QApplication::organizationName(), QApplication::applicationName(),
                            QString::number(edits)} +
                    extra);
    QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
    QByteArray said;
    for (;;) {
        if (!child.canReadLine())
            QVERIFY2(child.waitForReadyRead(waitMs),
                     qPrintable(u"the editor never said '%1'; it said: %2"_s.arg(QString::fromLatin1(until),
                                                                                 QString::fromUtf8(said))));
        const QByteArray line = child.readLine();
        said += line;
        if (line.trimmed() == until)
            break;
    }
    child.kill();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    ++m_kills;
    // This process restores; it must not autosave on its own meanwhile.
    QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
}

void TestKillAutosave::killedAfterEdits_data()
{
    QTest::addColumn<int>("edits");
    for (int edits = 1; edits <= test::EditCount; ++edits)
        QTest::addRow("%d edit(s)", edits) << edits;
}

void TestKillAutosave::killedAfterEdits()
{
    QFETCH(int, edits);
    crashChild(edits, "autosaved");
    if (QTest::currentTestFailed())
        return;
    const QByteArray expected = test::expectedAfterEdits(edits);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != test::expectedAfterEdits(0));
    QVERIFY(Autosaver::hasRecovery());
    QCOMPARE(fileBytes(Autosaver::recoveryFile()), expected);

    MainWindow next;
    startSession(next, QString(), false);
    QCOMPARE(bytes(next), expected);
    QVERIFY(next.document()->isModified());
    QVERIFY(next.isWindowModified());
    QCOMPARE(next.document()->filePath(), QFileInfo(test::reliabilityExample()).absoluteFilePath());
    // Still protected: a second crash right after the restore loses nothing.
    QVERIFY(Autosaver::hasRecovery());
    QCOMPARE(fileBytes(Autosaver::recoveryFile()), expected);
    QCOMPARE(Autosaver::recoveredOriginalPath(), QFileInfo(test::reliabilityExample()).absoluteFilePath());
    // Saving keeps the restored work and ends the need for the recovery.
    QTemporaryDir dir;
    QVERIFY(next.saveTo(dir.filePath(u"saved.yaml"_s)));
    QCOMPARE(fileBytes(dir.filePath(u"saved.yaml"_s)), expected);
    QVERIFY(!Autosaver::hasRecovery());
}

// Negative control: killed before any edit, there is nothing to restore
// and the next start is a clean, empty editor.
void TestKillAutosave::killedBeforeAnyEdit()
{
    crashChild(0, "edited 0");
    QVERIFY(!Autosaver::hasRecovery());
    MainWindow next;
    const QByteArray empty = bytes(next);
    startSession(next, QString(), false);
    QCOMPARE(bytes(next), empty);
    QVERIFY(!next.document()->isModified());
}

// `portolan PROJECT` after a crash: the recovery is offered before the
// project is opened (opening would discard it), and wins when restored.
void TestKillAutosave::startWithAProjectStillRestores()
{
    crashChild(3, "autosaved");
    const QString other = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/livekit-sip-aws.yaml");
    {
        MainWindow next;
        startSession(next, other, false);
        QCOMPARE(bytes(next), test::expectedAfterEdits(3));
        QCOMPARE(next.document()->filePath(), QFileInfo(test::reliabilityExample()).absoluteFilePath());
        QVERIFY(Autosaver::hasRecovery());
    }
    // Without a recovery file the argument opens as usual.
    Autosaver::discardRecovery();
    MainWindow plain;
    startSession(plain, other, false);
    QCOMPARE(plain.document()->filePath(), QFileInfo(other).absoluteFilePath());
    QVERIFY(!plain.document()->isModified());
    qInfo("%d editor processes killed so far", m_kills);
}

// A new user's settings: the recovery file follows the edits within a few
// seconds (it waited for a 60-second tick before, and a crash in that minute
// lost everything since the last tick). Killed after each kind of edit, the
// next start restores exactly that edit.
void TestKillAutosave::defaultSettingsSaveSoonAfterTheEdit()
{
    for (int edits = 1; edits <= test::EditCount; ++edits) {
        init();
        crashChild(edits, "autosaved", {u"default"_s}, 30000);
        if (QTest::currentTestFailed())
            return;
        MainWindow next;
        startSession(next, QString(), false);
        QCOMPARE(bytes(next), test::expectedAfterEdits(edits));
        QVERIFY(next.document()->isModified());
    }
}

QTEST_MAIN(TestKillAutosave)
#include "tst_killautosave.moc"
