// Catalogs > New Catalog…: a catalog written in the editor with key clicks
// is saved to the user catalog folder in the documented format, shows in
// the palette at once, and its component, dropped on a node, gives flows.
// A wrong value is red with its reason, listed with the reader's
// file:line:column, and nothing is saved; edits undo one at a time.
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "catalog/catalogreader.h"
#include "catalogs/catalogdraft.h"
#include "catalogs/catalogeditor.h"
#include "catalogs/catalogtable.h"
#include "document/document.h"
#include "mainwindow.h"
#include "panels/palettepanel.h"
#include "panels/palettetree.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QByteArray kProject = R"(format: 1
name: Relay
zones:
  - id: internet
    kind: internet
    position: [0, 0]
    size: [600, 160]
  - id: dc
    kind: datacenter
    cidrs: [10.0.0.0/24]
    position: [0, 240]
    size: [600, 220]
nodes:
  - id: relay-1
    zone: dc
    addresses: [10.0.0.5]
    position: [80, 300]
clients:
  - id: senders
    zone: internet
    position: [80, 40]
)";

// Replaces a line edit's text by typing, as a user would.
void type(QWidget *field, const QString &text)
{
    auto line = qobject_cast<QLineEdit *>(field);
    QVERIFY2(line, "a line edit");
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

// Types into one cell of a table through the cell's own editor.
void typeCell(CatalogTable *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
    QVERIFY2(editor, "the cell editor opened");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

QTreeWidgetItem *paletteEntry(MainWindow &w, const QString &key)
{
    auto palette = w.findChild<PalettePanel *>();
    for (QTreeWidgetItemIterator it(palette->tree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return *it;
    return nullptr;
}

} // namespace

class TestCatalogEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeSavePlaceDerive();
    void duplicateKeepsEveryField();

private:
    QTemporaryDir m_dir;
};

void TestCatalogEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    QVERIFY(m_dir.isValid());
    qputenv("PORTOLAN_CATALOG_PATH", m_dir.filePath(u"user-catalogs"_s).toLocal8Bit());
}

void TestCatalogEditor::writeSavePlaceDerive()
{
    const QString projectPath = m_dir.filePath(u"relay.yaml"_s);
    {
        QFile file(projectPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kProject);
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.openFile(projectPath), qPrintable(w.lastError()));

    auto newCatalog = w.findChild<QAction *>(u"newCatalogAction"_s);
    QVERIFY(newCatalog);
    newCatalog->trigger();
    auto editor = w.findChild<CatalogEditor *>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QUndoStack *stack = editor->draft()->undoStack();

    type(editor->field(u"catalog.id"_s), u"acme-relay"_s);
    type(editor->field(u"catalog.product"_s), u"acme"_s);
    type(editor->field(u"catalog.product_name"_s), u"ACME Relay"_s);
    type(editor->field(u"catalog.version"_s), u"2.1"_s);
    type(editor->field(u"catalog.title"_s), u"ACME relay: the #1 \"broker\""_s);
    QCOMPARE(stack->count(), 5); // typing in one field is one step
    // The Edit menu names each step by the field's label, not its key.
    QCOMPARE(stack->text(0), u"Edit Id"_s);
    QCOMPARE(stack->text(2), u"Edit Product name"_s);
    // Undo typed in the field (Ctrl+Z) takes the step back in the draft and the
    // field together (the line edit's own undo would change the field only).
    auto title = qobject_cast<QLineEdit *>(editor->field(u"catalog.title"_s));
    QVERIFY(title);
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keySequence(title, QKeySequence::keyBindings(QKeySequence::Undo).value(0));
    QCOMPARE(stack->index(), 4);
    QCOMPARE(editor->draft()->catalog().title, QString());
    QCOMPARE(title->text(), QString());
    QTest::keySequence(title, QKeySequence::keyBindings(QKeySequence::Redo).value(0));
    QCOMPARE(stack->index(), 5);
    QCOMPARE(editor->draft()->catalog().title, u"ACME relay: the #1 \"broker\""_s);
    QCOMPARE(title->text(), editor->draft()->catalog().title);
    auto sources = qobject_cast<CatalogTable *>(editor->field(u"catalog.sources"_s));
    QVERIFY(sources);
    typeCell(sources, 0, 1, u"ACME Relay 2.1 guide"_s);
    typeCell(sources, 0, 2, u"https://example.com/acme/ports"_s);
    QCOMPARE(editor->draft()->catalog().sources.value(0).title, u"ACME Relay 2.1 guide"_s);
    QCOMPARE(editor->draft()->catalog().sources.value(0).document, u"https://example.com/acme/ports"_s);
    QCOMPARE(stack->count(), 7); // each cell typed is a step of its own
    QCOMPARE(stack->text(6), u"Edit Source documents"_s);

    editor->findChild<QAction *>(u"addComponentAction"_s)->trigger();
    type(editor->field(u"component.id"_s), u"relay"_s);
    type(editor->field(u"component.title"_s), u"Relay node"_s);
    editor->findChild<QAction *>(u"addPortAction"_s)->trigger();
    type(editor->field(u"port.id"_s), u"amqps"_s);
    type(editor->field(u"port.title"_s), u"AMQP over TLS"_s);
    auto audience = qobject_cast<QComboBox *>(editor->field(u"port.audience"_s));
    QTest::keyClick(audience, Qt::Key_Down); // admins
    QCOMPARE(editor->draft()->catalog().components[0].ports[0].audience, Audience::Admins);
    QTest::keyClick(audience, Qt::Key_Up); // clients
    QCOMPARE(editor->draft()->catalog().components[0].ports[0].audience, Audience::Clients);
    QCOMPARE(qobject_cast<QComboBox *>(editor->field(u"port.protocol"_s))->currentText(), u"tcp"_s);

    // A wrong port: red with the reason, listed by the reader at its
    // file:line:column, and Save writes nothing.
    auto number = editor->field(u"port.number"_s);
    type(number, u"70000"_s);
    QVERIFY(number->property("invalid").toBool());
    QVERIFY2(number->toolTip().contains(u"70000"_s), qPrintable(number->toolTip()));
    const QString target = QDir(m_dir.filePath(u"user-catalogs"_s)).filePath(u"acme-relay.yaml"_s);
    QCOMPARE(editor->targetPath(), target);
    QVERIFY(!editor->problems().isEmpty());
    QVERIFY2(editor->problems().first().startsWith(target + u':'),
             qPrintable(editor->problems().join(u'\n')));
    QVERIFY(!editor->save());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!paletteEntry(w, u"component:acme-relay/relay"_s));

    type(number, u"5671"_s);
    QVERIFY(!number->property("invalid").toBool());
    QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().join(u'\n')));

    // Undo walks back one edit at a time; redo brings them back.
    const int steps = stack->count();
    stack->undo();
    QCOMPARE(editor->draft()->catalog().components[0].ports[0].spec.fixed, PortRange{});
    stack->redo();
    QCOMPARE(editor->draft()->catalog().components[0].ports[0].spec.fixed, PortRange::single(5671));
    QCOMPARE(stack->count(), steps);

    QTest::mouseClick(editor->findChild<QAbstractButton *>(u"saveCatalogButton"_s), Qt::LeftButton);
    QVERIFY2(QFile::exists(target), qPrintable(editor->problems().join(u'\n')));
    QVERIFY(stack->isClean());
    Diagnostics errors;
    const auto saved = CatalogReader::readFile(target, &errors);
    QVERIFY(saved);
    QCOMPARE(saved->title, u"ACME relay: the #1 \"broker\""_s);
    QCOMPARE(saved->components.value(0).ports.value(0).spec.fixed, PortRange::single(5671));

    // At once in the palette, and it drags onto the node like any entry.
    QTreeWidgetItem *entry = paletteEntry(w, u"component:acme-relay/relay"_s);
    QVERIFY(entry);
    std::unique_ptr<QMimeData> mime(w.findChild<PalettePanel *>()->tree()->mimeData({entry}));
    QWidget *viewport = w.view()->viewport();
    const QPoint at = w.view()->mapFromScene(w.scene()->sceneRectOf(u"relay-1"_s).center());
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropped(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropped);
    QCOMPARE(w.document()->project().node(u"relay-1"_s)->components.value(0).component,
             u"acme-relay/relay"_s);

    // The client uses the relay (Alt+drag): its flow comes from the new port.
    const QPoint from = w.view()->mapFromScene(w.scene()->sceneRectOf(u"senders"_s).center());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(viewport, at);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, at);
    w.planService()->waitUntilCurrent();
    bool found = false;
    for (const Flow &flow : w.planService()->snapshot()->derivation.flows)
        if (flow.component == u"acme-relay/relay"_s && flow.ports == PortRange::single(5671) &&
            flow.protocol == Protocol::Tcp && flow.source.id == u"senders"_s)
            found = true;
    QVERIFY2(found, "a flow from the client to the relay's 5671/tcp");
    editor->close();
}

void TestCatalogEditor::duplicateKeepsEveryField()
{
    // A bundled catalog copied and saved unchanged reads back with every
    // field: the editor's model holds what its forms do not show.
    Document document;
    QVERIFY(document.catalogs().catalog(u"kong-0.x"_s));
    // A copy: saving replaces the document's catalog list.
    const Catalog kongCopy = *document.catalogs().catalog(u"kong-0.x"_s);
    const Catalog *kong = &kongCopy;
    CatalogEditor editor(&document, CatalogEditor::userCopy(*kong), {});
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
    editor.select(0, 0);
    QCOMPARE(qobject_cast<QLineEdit *>(editor.field(u"port.id"_s))->text(), kong->components[0].ports[0].id);
    // The documentation's picture (docs/screenshots/catalog-editor.png),
    // taken when PORTOLAN_SCREENSHOT_DIR names a folder.
    if (const QString shots = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        editor.resize(1280, 800);
        editor.show();
        const QList<PortDef> &ports = kong->components[0].ports;
        for (int i = 0; i < ports.size(); ++i)
            if (ports[i].id == u"cluster"_s)
                editor.select(0, i);
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QDir(shots).filePath(u"catalog-editor.png"_s)));
    }
    QVERIFY(editor.save());
    Diagnostics errors;
    const auto copy = CatalogReader::readFile(editor.targetPath(), &errors);
    QVERIFY(copy);
    QCOMPARE(copy->id, u"kong-0.x-custom"_s);
    QCOMPARE(copy->components.size(), kong->components.size());
    const PortDef &cluster = *copy->components[0].port(u"cluster"_s);
    QVERIFY(cluster.nat);
    QCOMPARE(cluster.nat->advertiseSetting, kong->components[0].port(u"cluster"_s)->nat->advertiseSetting);
    QVERIFY(document.catalogs().catalog(u"kong-0.x-custom"_s));
    // Saving it again under the same id replaces it, not a second copy.
    QVERIFY(editor.save());
    int copies = 0;
    for (const Catalog &c : document.catalogs().catalogs())
        copies += c.id == u"kong-0.x-custom"_s;
    QCOMPARE(copies, 1);

    // A new catalog may not take a loaded id (a bundled one here) nor
    // overwrite another file: refused with the reason, nothing written.
    Catalog clash = kongCopy;
    clash.filePath.clear();
    CatalogEditor second(&document, clash, {});
    QVERIFY(!second.save());
    QVERIFY2(second.problems().join(u'\n').contains(u"already defined by"_s),
             qPrintable(second.problems().join(u'\n')));
    QVERIFY(!QFile::exists(second.targetPath()));
    CatalogEditor third(&document, CatalogEditor::userCopy(kongCopy), {});
    QVERIFY(!third.save());
    QVERIFY2(third.problems().join(u'\n').contains(u"already there"_s),
             qPrintable(third.problems().join(u'\n')));
}

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
