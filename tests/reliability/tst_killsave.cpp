// Nothing lost, part 1: SIGKILL a process that saves a project in a loop,
// at many moments, and find the file always whole (the old state or the new
// one, byte for byte, and readable), with no temporary files left beside it.
#include "reliabilityedits.h"

#include "project/projectreader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestKillSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringSaveLoop();
    void unsafeWriterIsCaught();

private:
    struct Outcome
    {
        int stateA = 0, stateB = 0, torn = 0, insideSave = 0, leftovers = 0;
    };
    // Starts the save loop `kills` times and SIGKILLs it each time; fails
    // at once on a stray file, counts what the project file held.
    void killLoop(int kills, const QStringList &extraArguments, Outcome *outcome);
    QByteArray m_stateA;
    QByteArray m_stateB;
};

void TestKillSave::initTestCase()
{
    Document document;
    Diagnostics errors;
    QVERIFY2(document.load(test::reliabilityExample(), &errors), qPrintable(formatDiagnostics(errors)));
    test::pushSaveLoopStates(&document);
    m_stateB = ProjectWriter::write(document.project());
    document.undoStack()->undo();
    m_stateA = ProjectWriter::write(document.project());
    QVERIFY(m_stateA != m_stateB);
    QVERIFY(m_stateA.size() > 256 * 1024);
}

void TestKillSave::killLoop(int kills, const QStringList &extraArguments, Outcome *outcome)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"project.yaml"_s);
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(PORTOLAN_SAVELOOP), QStringList{target} + extraArguments);
        QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
        // Wait for the chosen "saved N" line (not a timer: the child may be
        // slow on a loaded machine), then let it run on for a varied few
        // microseconds so the kill lands at different points of a save.
        const int wanted = 1 + (kill * 7) % 13;
        int lastSaved = -1;
        while (lastSaved < wanted) {
            if (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(60000), "the save loop stopped talking");
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("saved "))
                lastSaved = line.split(' ').value(1).toInt();
        }
        QThread::usleep(ulong((kill * 389) % 4000));
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // What the child said after the line we acted on: a trailing
        // "saving N" means the kill hit inside the save.
        QByteArray last;
        for (const QByteArray &line : child.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                last = line.trimmed();
        if (last.startsWith("saving "))
            ++outcome->insideSave;

        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        if (bytes == m_stateA) {
            ++outcome->stateA;
        } else if (bytes == m_stateB) {
            ++outcome->stateB;
        } else {
            ++outcome->torn;
            qInfo("kill %d: torn file of %lld bytes (the states are %lld and %lld)", kill,
                  qlonglong(bytes.size()), qlonglong(m_stateA.size()), qlonglong(m_stateB.size()));
            continue;
        }
        Diagnostics errors;
        QVERIFY2(ProjectLoader::load(target, &errors), qPrintable(formatDiagnostics(errors)));
        // QSaveFile writes to an unnamed (O_TMPFILE) file and, on commit,
        // links it under a random sibling name before renaming it over the
        // target (linkat cannot replace a file). A kill between those two
        // calls leaves that sibling behind: it must then be a whole copy of
        // one state, never the target, and nothing else may appear.
        const QStringList entries =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        static const QRegularExpression sibling(u"^project\\.yaml\\.[A-Za-z0-9]{6}$"_s);
        for (const QString &entry : entries) {
            if (entry == u"project.yaml"_s)
                continue;
            QVERIFY2(sibling.match(entry).hasMatch(), qPrintable(entries.join(u", "_s)));
            QFile leftover(dir.filePath(entry));
            QVERIFY(leftover.open(QIODevice::ReadOnly));
            const QByteArray kept = leftover.readAll();
            leftover.close();
            QVERIFY2(kept == m_stateA || kept == m_stateB, "a leftover sibling holds a torn state");
            ++outcome->leftovers;
            QVERIFY(QFile::remove(dir.filePath(entry)));
        }
        QVERIFY(entries.contains(u"project.yaml"_s));
    }
}

void TestKillSave::killDuringSaveLoop()
{
    constexpr int Kills = 50;
    Outcome outcome;
    killLoop(Kills, {}, &outcome);
    if (QTest::currentTestFailed())
        return;
    qInfo("%d kills: %d found state A, %d state B, %d a torn file; %d landed inside a save; "
          "%d left QSaveFile's whole sibling copy behind",
          Kills, outcome.stateA, outcome.stateB, outcome.torn, outcome.insideSave, outcome.leftovers);
    QCOMPARE(outcome.torn, 0);
    // The kills must have reached both states and the inside of a save, or
    // the test proved less than it claims.
    QVERIFY(outcome.stateA > 0 && outcome.stateB > 0);
    QVERIFY(outcome.insideSave > 0);
}

// Negative control: the same kills on a loop that writes in place (plain
// QFile, truncate and write) must find torn files, or the check above
// could not fail.
void TestKillSave::unsafeWriterIsCaught()
{
    constexpr int Kills = 20;
    Outcome outcome;
    killLoop(Kills, {u"--unsafe"_s}, &outcome);
    if (QTest::currentTestFailed())
        return;
    qInfo("%d kills of the unsafe writer: %d torn files", Kills, outcome.torn);
    QVERIFY(outcome.torn > 0);
}

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
