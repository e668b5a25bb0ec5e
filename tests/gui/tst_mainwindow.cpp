#include "analysis/planservice.h"
#include "autosaver.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "canvas/palettemime.h"
#include "derive/deriver.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "export/exporterregistry.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "panels/inspectorpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString example()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
}

// A palette drag ending on the canvas, as the platform delivers it.
void drop(MainWindow &w, const QString &key, const QPointF &scenePos)
{
    QWidget *viewport = w.view()->viewport();
    const QPoint at = w.view()->mapFromScene(scenePos);
    auto entry = PaletteEntry::fromKey(key);
    QVERIFY(entry);
    std::unique_ptr<QMimeData> mime(entry->toMime());
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
}

QPoint centreOf(MainWindow &w, const QString &id)
{
    return w.view()->mapFromScene(w.scene()->sceneRectOf(id).center());
}

// Alt+drag from one element to another draws a connection.
void dragConnect(MainWindow &w, const QString &from, const QString &to)
{
    QWidget *viewport = w.view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, centreOf(w, from));
    QTest::mouseMove(viewport, centreOf(w, to));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, centreOf(w, to));
}

// The element a step added: the ids after it that were not there before.
QString addedBy(MainWindow &w, const std::function<void()> &step)
{
    const QStringList before = w.document()->project().allIds();
    step();
    for (const QString &id : w.document()->project().allIds())
        if (!before.contains(id))
            return id;
    return {};
}

// Select all of a field, type, and leave it with Return, as a user does.
void typeInto(MainWindow &w, const QString &key, const QString &text)
{
    auto edit = qobject_cast<QLineEdit *>(w.inspector()->editorFor(key));
    QVERIFY2(edit, qPrintable(key));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Keyboard search in a closed combo box, as typing on a focused one does.
void chooseIn(MainWindow &w, const QString &key, const QString &typed)
{
    auto combo = qobject_cast<QComboBox *>(w.inspector()->editorFor(key));
    QVERIFY2(combo, qPrintable(key));
    combo->setFocus();
    QTest::keyClicks(combo, typed);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void buildUndoRedoSaveReopen();
    void issue16WalkFromScratch();
    void dragMoveIsOneUndoStep();
    void brokenFileKeepsDocument();
    void autosaveRestoresAfterCrash();
    void exportDrawing_data();
    void exportDrawing();
};

void TestMainWindow::initTestCase()
{
    useTestSettings(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    startWithCleanSettings();
}

void TestMainWindow::buildUndoRedoSaveReopen()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Document *doc = w.document();
    QUndoStack *stack = doc->undoStack();
    const QByteArray empty = savedBytes(w);

    drop(w, u"zone:internet"_s, {20, 20});
    drop(w, u"zone:datacenter"_s, {20, 300});
    QCOMPARE(stack->count(), 2);
    drop(w, u"node"_s, {40, 340});
    drop(w, u"load-balancer"_s, {40, 420});
    drop(w, u"client"_s, {40, 60});
    QVERIFY(doc->project().node(u"node"_s));
    QCOMPARE(doc->project().node(u"node"_s)->zone, u"datacenter"_s);
    QCOMPARE(doc->project().client(u"client"_s)->zone, u"internet"_s);
    // A component dropped on the node runs there.
    drop(w, u"component:kong-0.x/node"_s, w.scene()->sceneRectOf(u"node"_s).center());
    QCOMPARE(doc->project().node(u"node"_s)->components.size(), 1);
    // Dropping an element outside every zone is refused with a message.
    const int before = stack->count();
    drop(w, u"node"_s, {2000, 2000});
    QCOMPARE(stack->count(), before);

    dragConnect(w, u"client"_s, u"load-balancer"_s);
    QCOMPARE(doc->project().client(u"client"_s)->uses.size(), 1);
    w.scene()->setConnectMode(true);
    dragConnect(w, u"load-balancer"_s, u"node"_s);
    w.scene()->setConnectMode(false);
    QCOMPARE(doc->project().loadBalancer(u"load-balancer"_s)->listeners.size(), 1);

    // Typing in the inspector: invalid text is refused, typing merges.
    w.scene()->selectIds({u"node"_s});
    QCOMPARE(w.inspector()->element(), u"node"_s);
    auto addresses = qobject_cast<QLineEdit *>(w.inspector()->editorFor(u"addresses"_s));
    QVERIFY(addresses);
    const int beforeTyping = stack->count();
    // An address is applied when editing ends and only when valid: the
    // half-typed prefixes never reach the plan, nor does the red field.
    QTest::keyClicks(addresses, u"10.0.0.300"_s);
    QVERIFY(doc->project().node(u"node"_s)->addresses.isEmpty());
    QVERIFY(!addresses->toolTip().isEmpty());
    QTest::keyClick(addresses, Qt::Key_Return);
    QVERIFY(doc->project().node(u"node"_s)->addresses.isEmpty());
    QTest::keyClick(addresses, Qt::Key_Escape); // back to the plan's (empty) value
    QCOMPARE(addresses->text(), QString());
    QTest::keyClicks(addresses, u"10.0.0.3"_s);
    QVERIFY(doc->project().node(u"node"_s)->addresses.isEmpty());
    QTest::keyClick(addresses, Qt::Key_Return);
    QCOMPARE(doc->project().node(u"node"_s)->addresses.value(0).toString(), u"10.0.0.3"_s);
    QVERIFY(addresses->toolTip().isEmpty());
    auto name = qobject_cast<QLineEdit *>(w.inspector()->editorFor(u"name"_s));
    name->selectAll();
    QTest::keyClicks(name, u"Web"_s);
    QCOMPARE(doc->project().node(u"node"_s)->name, u"Web"_s);
    QCOMPARE(stack->count(), beforeTyping + 2); // one step per field

    const QByteArray built = savedBytes(w);
    QVERIFY(w.isWindowModified());
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(savedBytes(w), empty);
    QVERIFY(!w.isWindowModified());
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(savedBytes(w), built);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"built.yaml"_s);
    QVERIFY(w.saveTo(path));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().startsWith(u"built.yaml"_s));
    MainWindow reopened;
    QVERIFY2(reopened.openFile(path), qPrintable(reopened.lastError()));
    QCOMPARE(savedBytes(reopened), built);
    QCOMPARE(reopened.document()->project(), doc->project());
}

// Issue 16's walk, drawn from an empty window with the mouse and keyboard
// only: a datacenter with a subnet and an admin network, a group of three
// Kong 3.3 nodes, a load balancer on 443 in front of the proxy's TLS port,
// internet users and an admin client on the Admin API; then save and export.
void TestMainWindow::issue16WalkFromScratch()
{
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Document *doc = w.document();
    const Project &p = doc->project();
    auto rect = [&](const QString &id) { return w.scene()->sceneRectOf(id); };

    const QString internet = addedBy(w, [&] { drop(w, u"zone:internet"_s, {20, 20}); });
    const QString dc = addedBy(w, [&] { drop(w, u"zone:datacenter"_s, {20, 300}); });
    const QString subnet =
        addedBy(w, [&] { drop(w, u"zone:subnet"_s, rect(dc).topLeft() + QPointF(20, 50)); });
    const QString admin =
        addedBy(w, [&] { drop(w, u"zone:trusted"_s, rect(subnet).topRight() + QPointF(8, 0)); });
    QCOMPARE(p.zone(subnet)->parent, dc);
    QCOMPARE(p.zone(admin)->parent, dc);
    const QString kong = addedBy(w, [&] { drop(w, u"node-group"_s, rect(subnet).center()); });
    const QString lb =
        addedBy(w, [&] { drop(w, u"load-balancer"_s, rect(subnet).topLeft() + QPointF(20, 40)); });
    const QString users = addedBy(w, [&] { drop(w, u"client"_s, rect(internet).center()); });
    const QString operators = addedBy(w, [&] { drop(w, u"client"_s, rect(admin).center()); });
    QCOMPARE(p.node(kong)->zone, subnet);
    QCOMPARE(p.node(kong)->count, 3);
    QCOMPARE(p.loadBalancer(lb)->zone, subnet);
    QCOMPARE(p.client(users)->zone, internet);
    QCOMPARE(p.client(operators)->zone, admin);
    // Kong 3.3 on the group, dropped from the palette onto its box.
    drop(w, u"component:kong-3.3/node"_s, rect(kong).center());
    QCOMPARE(p.node(kong)->components.size(), 1);

    // Addresses and networks, typed in the inspector.
    w.scene()->selectIds({dc});
    typeInto(w, u"cidrs"_s, u"10.40.0.0/16, 203.0.113.0/28"_s);
    w.scene()->selectIds({subnet});
    typeInto(w, u"cidrs"_s, u"10.40.1.0/24, 203.0.113.0/28"_s);
    w.scene()->selectIds({admin});
    typeInto(w, u"cidrs"_s, u"10.40.9.0/24"_s);
    w.scene()->selectIds({kong});
    typeInto(w, u"name"_s, u"Kong Gateway nodes"_s);
    typeInto(w, u"addresses"_s, u"10.40.1.11-13"_s);
    QCOMPARE(p.node(kong)->addresses.size(), 3);
    w.scene()->selectIds({lb});
    typeInto(w, u"addresses"_s, u"203.0.113.10"_s);
    w.scene()->selectIds({operators});
    chooseIn(w, u"role"_s, u"adm"_s);
    QCOMPARE(p.client(operators)->role, ClientRole::Admins);

    // The balancer in front of the group: connecting makes a listener to
    // the plain proxy port; 443 to proxy-ssl is set in its table.
    w.scene()->setConnectMode(true);
    dragConnect(w, lb, kong);
    QCOMPARE(p.loadBalancer(lb)->listeners.size(), 1);
    w.scene()->setConnectMode(false);
    w.scene()->selectIds({lb});
    typeInto(w, u"listeners/0/port"_s, u"443"_s);
    chooseIn(w, u"listeners/0/target_port"_s, u"proxy-s"_s);
    const Listener &listener = p.loadBalancer(lb)->listeners.first();
    QCOMPARE(listener.port, 443);
    QCOMPARE(listener.targetNode, kong);
    QCOMPARE(listener.targetPort, u"proxy-ssl"_s);

    // The users use the balancer; the operators the Admin API.
    dragConnect(w, users, lb);
    QCOMPARE(p.client(users)->uses.size(), 1);
    dragConnect(w, operators, kong);
    QCOMPARE(p.client(operators)->uses.size(), 1);
    w.scene()->selectIds({operators});
    chooseIn(w, u"uses/0/port"_s, u"Admin API"_s);
    QCOMPARE(p.client(operators)->uses.first().port, u"admin"_s);

    // Kong 3.3 binds the Admin API to 127.0.0.1: the review says so on the
    // operators and names the setting; set in the window, the flow comes.
    auto flowTo = [&](const QString &source, int port) {
        w.planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
        const auto snapshot = w.planService()->snapshot();
        return std::any_of(snapshot->derivation.flows.cbegin(), snapshot->derivation.flows.cend(),
                           [&](const Flow &f) {
                               return f.source.id == source && f.protocol == Protocol::Tcp &&
                                      f.ports.from == port && f.path.status == PathStatus::Works;
                           });
    };
    QVERIFY(!flowTo(operators, 8001));
    const auto findings = w.planService()->snapshot()->findings;
    const auto unreachable = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.code == u"client.use-unreachable"_s && f.subject == operators;
    });
    QVERIFY(unreachable != findings.cend());
    const QString said = unreachable->message + u'\n' + unreachable->fix;
    QVERIFY2(said.contains(u"admin_listen"_s), qPrintable(said));
    w.scene()->selectIds({kong});
    typeInto(w, ElementProperties::settingKey(u"kong-3.3/node"_s, u"admin_listen"_s), u"0.0.0.0:8001"_s);
    QVERIFY(flowTo(operators, 8001));
    // The users reach the group through the balancer, 443 to 8443.
    QVERIFY(flowTo(users, 443));
    QVERIFY(flowTo(lb, 8443));

    // Saved and opened again: the same plan; exported: the balancer's
    // HAProxy file listens on 443 and sends to the three nodes' 8443.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"walk.yaml"_s);
    QVERIFY(w.saveTo(path));
    MainWindow reopened;
    QVERIFY2(reopened.openFile(path), qPrintable(reopened.lastError()));
    QCOMPARE(reopened.document()->project(), p);
    const Derivation derivation = Deriver::derive(p, doc->catalogs());
    const ExportResult haproxy =
        ExporterRegistry::find(u"haproxy"_s)->generate({p, doc->catalogs(), derivation});
    QCOMPARE(haproxy.files.size(), 1);
    const QString cfg = QString::fromUtf8(haproxy.files.first().content);
    QVERIFY2(cfg.contains(u"bind 203.0.113.10:443"_s), qPrintable(cfg));
    for (const QString &node : {u"10.40.1.11:8443"_s, u"10.40.1.12:8443"_s, u"10.40.1.13:8443"_s})
        QVERIFY2(cfg.contains(node), qPrintable(cfg));
    // Every step was one undo step: undone, the window is empty again.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QVERIFY(p.allIds().isEmpty());
}

void TestMainWindow::dragMoveIsOneUndoStep()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(example()));
    w.view()->setZoom(1.0);
    w.view()->centerOn(w.scene()->sceneRectOf(u"kong-a"_s).center());
    const QPointF start = *w.document()->project().node(u"kong-a"_s)->placement.position;
    QWidget *viewport = w.view()->viewport();
    const QPoint from = centreOf(w, u"kong-a"_s);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(viewport, from + QPoint(step * 10, step * 4));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, from + QPoint(50, 20));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(*w.document()->project().node(u"kong-a"_s)->placement.position, start + QPointF(50, 20));
    // Arrow keys nudge by a grid step; a run of nudges is one step.
    w.view()->setFocus();
    QTest::keyClick(viewport, Qt::Key_Right);
    QTest::keyClick(viewport, Qt::Key_Right);
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QCOMPARE(*w.document()->project().node(u"kong-a"_s)->placement.position, start + QPointF(70, 20));
}

void TestMainWindow::brokenFileKeepsDocument()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(example()));
    w.scene()->selectIds({u"kong-a"_s});
    w.deleteSelection();
    const QByteArray before = savedBytes(w);
    QVERIFY(!w.openFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/document/fixtures/broken-bad-cidr.yaml")));
    QVERIFY(w.lastError().contains(u"broken-bad-cidr.yaml:7:"_s));
    QTRY_VERIFY(w.findChild<QMessageBox *>(u"errorBox"_s));
    QVERIFY(w.findChild<QMessageBox *>(u"errorBox"_s)->text().contains(u":7:"_s));
    QCOMPARE(savedBytes(w), before);
    QVERIFY(w.document()->filePath().endsWith(u"kong-0x-two-datacenters-nat.yaml"_s));
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->undoStack()->count(), 1);
}

void TestMainWindow::autosaveRestoresAfterCrash()
{
    QByteArray edited;
    {
        MainWindow crashed;
        QVERIFY(crashed.openFile(example()));
        QVERIFY(!crashed.autosaver()->saveNow()); // nothing to save yet
        crashed.scene()->selectIds({u"operators"_s});
        crashed.duplicateSelection();
        edited = savedBytes(crashed);
        QSignalSpy saved(crashed.autosaver(), &Autosaver::saved);
        QVERIFY(crashed.autosaver()->saveNow());
        QCOMPARE(saved.count(), 1);
        // No closeEvent: as if the process died here.
    }
    QVERIFY(Autosaver::hasRecovery());
    MainWindow next;
    next.offerRecovery(false);
    QCOMPARE(savedBytes(next), edited);
    QVERIFY(next.document()->isModified());
    QVERIFY(next.document()->filePath().endsWith(u"kong-0x-two-datacenters-nat.yaml"_s));
}

void TestMainWindow::exportDrawing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << u"drawing.svg"_s << QByteArray("<?xml");
    QTest::newRow("png") << u"drawing.png"_s << QByteArray("\x89PNG");
    QTest::newRow("pdf") << u"drawing.pdf"_s << QByteArray("%PDF-");
    QTest::newRow("unknown extension") << u"drawing.txt"_s << QByteArray();
}

void TestMainWindow::exportDrawing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    MainWindow w;
    QVERIFY(w.openFile(example()));
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QCOMPARE(w.exportDrawing(path), !magic.isEmpty());
    if (magic.isEmpty()) {
        QVERIFY(!QFile::exists(path));
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    QVERIFY(first.startsWith(magic));
    if (fileName.endsWith(u".svg"_s)) {
        // Every element's name is in the drawing, and the same project draws the same bytes.
        for (const Node &n : w.document()->project().nodes)
            QVERIFY2(first.contains(n.name.left(6).toUtf8()), qPrintable(n.name));
        const QString again = dir.filePath(u"again.svg"_s);
        QVERIFY(w.exportDrawing(again));
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), first);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
