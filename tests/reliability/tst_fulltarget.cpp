// Nothing lost, part 3: saving to a read-only or full file system fails with
// a clear message (which file, why, what to do), keeps the document modified
// and the file on disk as it was; a bundle written to a full disk is either
// the whole new bundle or the previous one untouched, never half of one.
// Uses tiny tmpfs mounts in a private mount namespace (scratchmount.h).
#include "reliabilityedits.h"
#include "scratchmount.h"

#include "autosaver.h"
#include "derive/deriver.h"
#include "export/bundle/bundlebuilder.h"
#include "export/bundle/bundlewriter.h"
#include "export/exporterregistry.h"
#include "mainwindow.h"
#include "project/projectreader.h"

#include <QDirIterator>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

#define REQUIRE_MOUNTS()                                                                                     \
    do {                                                                                                     \
        if (!ScratchMount::unavailableReason().isEmpty())                                                    \
            QSKIP(qPrintable(u"skipped: cannot mount a read-only or full file system here: "_s +             \
                             ScratchMount::unavailableReason()));                                            \
    } while (false)

// A tmpfs of `bytes` under a temporary folder, unmounted on destruction.
class Scratch
{
public:
    explicit Scratch(qint64 bytes)
    {
        m_path = m_dir.filePath(u"mnt"_s);
        QString error;
        m_mounted = QDir().mkpath(m_path) && ScratchMount::mountTmpfs(m_path, bytes, &error);
        if (!m_mounted)
            qWarning("%s", qPrintable(error));
    }
    ~Scratch()
    {
        QString error;
        if (m_mounted)
            ScratchMount::unmount(m_path, &error);
    }
    bool isValid() const { return m_mounted; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + u'/' + name; }
    QStringList entries() const
    {
        return QDir(m_path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
    // "read-only" or "full": makes the file system so.
    bool spoil(const QString &how)
    {
        QString error;
        const bool ok = how == u"read-only"_s ? ScratchMount::remountReadOnly(m_path, &error)
                                              : ScratchMount::fill(m_path, 0, &error) >= 0;
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

// Every file under `dir`, by relative path.
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        out.insert(QDir(dir).relativeFilePath(path),
                   f.open(QIODevice::ReadOnly) ? f.readAll() : "<unreadable>");
    }
    return out;
}

QMap<QString, QByteArray> tree(const QList<ExportFile> &files)
{
    QMap<QString, QByteArray> out;
    for (const ExportFile &f : files)
        out.insert(f.path, f.content);
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString reasonFor(const QString &how)
{
    return how == u"read-only"_s ? u"Read-only file system"_s : u"No space left on device"_s;
}

ExportResult bundleFor(const QString &example, const QList<const Exporter *> &exporters)
{
    Diagnostics errors;
    const auto loaded =
        ProjectLoader::load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + example, &errors);
    if (!loaded)
        return {};
    const Derivation derivation = Deriver::derive(loaded->project, loaded->catalogs);
    return BundleBuilder::build(ExportInput{loaded->project, loaded->catalogs, derivation}, exporters);
}

} // namespace

class TestFullTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentSave_data();
    void documentSave();
    void windowSave_data();
    void windowSave();
    void bundleOnAFillingDisk();
    void cliExport_data();
    void cliExport();
    void autosaveOnAFullDisk();
};

void TestFullTarget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"tst_fulltarget"_s);
    QSettings().clear();
    QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
}

void TestFullTarget::documentSave_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("read-only") << u"read-only"_s;
    QTest::newRow("full") << u"full"_s;
}

void TestFullTarget::documentSave()
{
    REQUIRE_MOUNTS();
    QFETCH(QString, how);
    Scratch scratch(256 * 1024);
    QVERIFY(scratch.isValid());
    const QString path = scratch.filePath(u"project.yaml"_s);
    Document document;
    Diagnostics errors;
    QVERIFY2(document.load(reliabilityExample(), &errors), qPrintable(formatDiagnostics(errors)));
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    const QByteArray original = fileBytes(path);
    applyEdits(&document, EditCount);
    QVERIFY(document.isModified());
    const QByteArray edited = ProjectWriter::write(document.project());
    const QStringList before = scratch.entries();
    QVERIFY(scratch.spoil(how));

    QSignalSpy clean(document.undoStack(), &QUndoStack::cleanChanged);
    QVERIFY(!document.save(path, &error));
    // Which file, why, and what to do.
    QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
    QVERIFY2(error.contains(reasonFor(how)), qPrintable(error));
    QVERIFY2(error.contains(u"Save As"_s) && error.contains(u"still open"_s), qPrintable(error));
    // Nothing lost: still modified, same path, the file as it was, no leftovers.
    QVERIFY(document.isModified());
    QCOMPARE(clean.count(), 0);
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(fileBytes(path), original);
    QCOMPARE(ProjectWriter::write(document.project()), edited);
    QStringList after = scratch.entries();
    after.removeAll(u"filler"_s);
    QCOMPARE(after, before);
    // And the advice works: Save As elsewhere keeps every edit.
    QTemporaryDir elsewhere;
    const QString rescue = elsewhere.filePath(u"rescued.yaml"_s);
    QVERIFY2(document.save(rescue, &error), qPrintable(error));
    QCOMPARE(fileBytes(rescue), edited);
    QVERIFY(!document.isModified());
}

void TestFullTarget::windowSave_data()
{
    documentSave_data();
}

void TestFullTarget::windowSave()
{
    REQUIRE_MOUNTS();
    QFETCH(QString, how);
    Scratch scratch(256 * 1024);
    QVERIFY(scratch.isValid());
    const QString path = scratch.filePath(u"project.yaml"_s);
    QVERIFY(QFile::copy(reliabilityExample(), path));
    const QByteArray original = fileBytes(path);
    MainWindow window;
    window.show();
    QVERIFY2(window.openFile(path), qPrintable(window.lastError()));
    applyEdits(window.document(), 3);
    const QByteArray edited = ProjectWriter::write(window.document()->project());
    QVERIFY(window.isWindowModified());
    QVERIFY(scratch.spoil(how));

    QVERIFY(!window.saveTo(path));
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"errorBox"_s));
    const QString shown = window.findChild<QMessageBox *>(u"errorBox"_s)->text();
    QVERIFY2(shown.contains(QFileInfo(path).absoluteFilePath()), qPrintable(shown));
    QVERIFY2(shown.contains(reasonFor(how)), qPrintable(shown));
    QVERIFY2(shown.contains(u"Save As"_s), qPrintable(shown));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(u"project.yaml"_s));
    QCOMPARE(ProjectWriter::write(window.document()->project()), edited);
    QCOMPARE(fileBytes(path), original);
}

// The bundle writer on a disk with less and less room: each attempt gives
// the whole new bundle or leaves the previous one exactly as it was, and
// never leaves a staging or half-moved folder beside it.
void TestFullTarget::bundleOnAFillingDisk()
{
    REQUIRE_MOUNTS();
    const ExportResult previous =
        bundleFor(u"kong-0x-two-datacenters-nat.yaml"_s, {ExporterRegistry::find(u"nftables"_s)});
    const ExportResult next = bundleFor(u"livekit-sip-aws.yaml"_s, ExporterRegistry::all());
    QVERIFY(!previous.files.isEmpty() && !next.files.isEmpty());
    qint64 pages = 0; // tmpfs gives whole pages
    for (const ExportFile &f : next.files)
        pages += (f.content.size() + 4095) / 4096;
    const qint64 needed = pages * 4096;
    int wholeNew = 0, previousKept = 0;
    // From no room at all to more than enough, in steps that cut the bundle
    // at different files.
    const qint64 step = std::max<qint64>(4096, (needed / 12) / 4096 * 4096);
    for (qint64 free = 0; free <= needed + 2 * step; free += step) {
        Scratch scratch(needed * 2 + 512 * 1024);
        QVERIFY(scratch.isValid());
        const QString out = scratch.filePath(u"bundle"_s);
        QString error;
        QVERIFY2(BundleWriter::write(previous.files, out, &error), qPrintable(error));
        QVERIFY(ScratchMount::fill(scratch.path(), free, &error) >= 0);
        const bool written = BundleWriter::write(next.files, out, &error);
        if (written) {
            QCOMPARE(tree(out), tree(next.files));
            ++wholeNew;
        } else {
            QVERIFY2(error.contains(out) && error.contains(u"No space left on device"_s) &&
                         error.contains(u"Nothing was changed"_s),
                     qPrintable(error));
            QCOMPARE(tree(out), tree(previous.files));
            ++previousKept;
        }
        QCOMPARE(scratch.entries(), (QStringList{u"bundle"_s, u"filler"_s}));
    }
    qInfo("bundle of %lld pages: %d attempts wrote it whole, %d kept the previous bundle", pages, wholeNew,
          previousKept);
    QVERIFY(wholeNew > 0);
    QVERIFY(previousKept > 1);
}

void TestFullTarget::cliExport_data()
{
    documentSave_data();
}

void TestFullTarget::cliExport()
{
    REQUIRE_MOUNTS();
    QFETCH(QString, how);
    const QString cli = QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
    if (!QFile::exists(cli))
        QSKIP("skipped: portolan-cli is not built");
    Scratch scratch(1024 * 1024);
    QVERIFY(scratch.isValid());
    const QString out = scratch.filePath(u"bundle"_s);
    const QString example = reliabilityExample();
    auto run = [&](const QString &target, QByteArray *errors) {
        QProcess p;
        p.start(cli, {u"export"_s, example, u"--target"_s, target, u"--out"_s, out});
        if (!p.waitForFinished(120000))
            return -1;
        *errors = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray errors;
    QCOMPARE(run(u"nftables"_s, &errors), 0);
    const QMap<QString, QByteArray> previous = tree(out);
    QVERIFY(previous.contains(u"MANIFEST.sha256"_s));
    QVERIFY(scratch.spoil(how));

    QCOMPARE(run(u"all"_s, &errors), 2);
    const QString message = QString::fromUtf8(errors);
    QVERIFY2(message.contains(out) && message.contains(reasonFor(how)), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was changed"_s) && message.contains(u"choose another"_s),
             qPrintable(message));
    QCOMPARE(tree(out), previous);
    QStringList entries = scratch.entries();
    entries.removeAll(u"filler"_s);
    QCOMPARE(entries, QStringList{u"bundle"_s});
}

// The autosave cannot be written: the user is told (a crash would now lose
// work) and the document stays modified.
void TestFullTarget::autosaveOnAFullDisk()
{
    REQUIRE_MOUNTS();
    const QString recoveryDir = QFileInfo(Autosaver::recoveryFile()).absolutePath();
    QVERIFY(QDir().mkpath(recoveryDir));
    QString error;
    QVERIFY2(ScratchMount::mountTmpfs(recoveryDir, 64 * 1024, &error), qPrintable(error));
    const auto unmount = qScopeGuard([&] { ScratchMount::unmount(recoveryDir, &error); });
    QVERIFY2(ScratchMount::fill(recoveryDir, 0, &error) >= 0, qPrintable(error));
    MainWindow window;
    QVERIFY(window.openFile(reliabilityExample()));
    applyEdits(window.document(), 2);
    QSignalSpy failed(window.autosaver(), &Autosaver::failed);
    QVERIFY(!window.autosaver()->saveNow());
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(Autosaver::recoveryFile()) && message.contains(u"No space left on device"_s),
             qPrintable(message));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Autosave failed"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.isWindowModified());
    QVERIFY(!Autosaver::hasRecovery());
}

int main(int argc, char *argv[])
{
    // Before QApplication starts any thread: the namespace is per thread.
    ScratchMount::enterPrivateNamespace();
    QApplication app(argc, argv);
    TestFullTarget test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulltarget.moc"
