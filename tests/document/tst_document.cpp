#include "document/addelementsedit.h"
#include "document/changepropertyedit.h"
#include "document/connectedit.h"
#include "document/disconnectedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/moveelementsedit.h"
#include "document/removeelementsedit.h"
#include "document/reparentedit.h"
#include "document/resizezoneedit.h"
#include "documenttesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

const QString kExample = u"example:kong-0x-two-datacenters-nat.yaml"_s;
const QString kLb = u"lb-two-nodes.yaml"_s;

AnyElement positioned(AnyElement e, QPointF at)
{
    std::visit(
        [&](auto &x) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(x)>, Link>)
                x.placement.position = at;
        },
        e);
    return e;
}

// Scenario name -> the command it pushes. Names are the _data() rows' keys.
QUndoCommand *makeCommand(Document *d, const QString &s)
{
    if (s == u"add-node"_s)
        return new AddElementsEdit(
            d, {positioned(makeElement(ElementKind::Node, u"web"_s, u"dc1"_s), {80, 560})});
    if (s == u"add-taken-id"_s)
        return new AddElementsEdit(d, {makeElement(ElementKind::Node, u"kong-a"_s, u"dc1"_s)});
    if (s == u"add-zone-with-node"_s)
        return new AddElementsEdit(d, {makeElement(ElementKind::Zone, u"dc1"_s, QString()),
                                       makeElement(ElementKind::Node, u"n"_s, u"dc1"_s)});
    if (s == u"paste-zone-with-nat"_s) {
        // Pasting dc2 with its node and NAT: every copy points at the copied zone.
        QList<AnyElement> copies;
        for (const QString &id : {u"dc2"_s, u"kong-b"_s, u"nat-dc2"_s})
            copies.append(*elementOf(d->project(), id));
        return new AddElementsEdit(d, copies);
    }
    if (s == u"remove-zone-with-contents"_s)
        return new RemoveElementsEdit(d, {u"dc2"_s});
    if (s == u"remove-used-node"_s)
        return new RemoveElementsEdit(d, {u"kong-a"_s});
    if (s == u"remove-listener-target"_s)
        return new RemoveElementsEdit(d, {u"kong-1"_s});
    if (s == u"move-zone-carries-content"_s)
        return new MoveElementsEdit(d, {{u"dc1"_s, QPointF(100, 370)}});
    if (s == u"move-zone-and-child"_s)
        return new MoveElementsEdit(d, {{u"dc1"_s, QPointF(10, 320)}, {u"kong-a"_s, QPointF(70, 400)}});
    if (s == u"resize-zone"_s)
        return new ResizeZoneEdit(d, u"dc1"_s, QPointF(0, 320), QSizeF(600, 400));
    if (s == u"reparent-node"_s)
        return new ReparentEdit(d, {u"kong-a"_s}, u"admin-net"_s);
    if (s == u"reparent-zone-into-child"_s)
        return new ReparentEdit(d, {u"dc1"_s}, u"admin-net"_s);
    if (s == u"connect-zones"_s)
        return new ConnectEdit(d, u"internet"_s, u"wan"_s);
    if (s == u"connect-linked-zones"_s)
        return new ConnectEdit(d, u"dc2"_s, u"dc1"_s);
    if (s == u"connect-client"_s)
        return new ConnectEdit(d, u"users"_s, u"kong-2"_s);
    if (s == u"connect-lb-node"_s)
        return new ConnectEdit(d, u"lb"_s, u"kong-2"_s);
    if (s == u"connect-node-to-zone"_s)
        return new ConnectEdit(d, u"kong-a"_s, u"dc1"_s);
    // Property edits: one table row a scenario, not one branch each.
    struct PropertyScenario
    {
        QString name, id, key, text;
    };
    const QString proxyListen = ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen"_s);
    const PropertyScenario properties[] = {
        {u"rename-name"_s, u"kong-a"_s, u"name"_s, u"Kong Alpha"_s},
        {u"rename-id"_s, u"dc1"_s, u"id"_s, u"site-1"_s},
        {u"rename-id-taken"_s, u"dc1"_s, u"id"_s, u"dc2"_s},
        {u"set-cidrs"_s, u"wan"_s, u"cidrs"_s, u"192.168.10.0/24, 2001:db8::/32"_s},
        {u"set-bad-cidr"_s, u"wan"_s, u"cidrs"_s, u"192.168.10.300/24"_s},
        {u"set-count"_s, u"kong-2"_s, u"count"_s, u"3"_s},
        {u"override-setting"_s, u"kong-a"_s, proxyListen, u"0.0.0.0:80, 0.0.0.0:443 ssl"_s},
        {u"override-bad-setting"_s, u"kong-a"_s, proxyListen, u"0.0.0.0:99999"_s},
        {u"drop-component"_s, u"kong-b"_s, u"components"_s, u"kong-0.x/node"_s},
        {u"drop-used-component"_s, u"kong-b"_s, u"components"_s, u"base/host"_s},
        {u"drop-listener-component"_s, u"kong-1"_s, u"components"_s, QString()},
        {u"unknown-component"_s, u"kong-b"_s, u"components"_s, u"kong-0.x/node, nope/none"_s},
        {u"reset-setting"_s, u"kong-b"_s,
         ElementProperties::settingKey(u"kong-0.x/node"_s, u"cluster_advertise"_s), QString()},
    };
    for (const PropertyScenario &p : properties)
        if (s == p.name)
            return new ChangePropertyEdit(d, p.id, p.key, p.text);
    // Deleting one drawn line: the second use of operators, the listener,
    // the VPN link; an index that no longer points at `to` is refused.
    if (s == u"disconnect-client-use"_s)
        return new DisconnectEdit(d, u"operators"_s, u"kong-b"_s, 1);
    if (s == u"disconnect-listener"_s)
        return new DisconnectEdit(d, u"lb"_s, u"kong-1"_s, 0);
    if (s == u"disconnect-link"_s)
        return new DisconnectEdit(d, u"vpn-dc1-dc2"_s, u"dc2"_s, -1);
    if (s == u"disconnect-stale-index"_s)
        return new DisconnectEdit(d, u"operators"_s, u"kong-b"_s, 0);
    return nullptr;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandRoundTrip_data();
    void commandRoundTrip();
    void pastedCopiesPointAtEachOther();
    void typingMergesIntoOneStep();
    void dragMergesByKey();
    void saveAndReopen();
    void failedLoadKeepsDocument();
};

void TestDocument::commandRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("applies");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");

    auto row = [](const QString &f, const QString &s, bool applies, QStringList added = {},
                  QStringList removed = {}) {
        QTest::newRow(qPrintable(s)) << f << s << applies << added << removed;
    };
    row(kExample, u"add-node"_s, true, {u"web"_s});
    row(kExample, u"add-taken-id"_s, true, {u"kong-a-2"_s});
    row(kExample, u"add-zone-with-node"_s, true, {u"dc1-2"_s, u"n"_s});
    row(kExample, u"paste-zone-with-nat"_s, true, {u"dc2-2"_s, u"kong-b-2"_s, u"nat-dc2-2"_s});
    row(kExample, u"remove-zone-with-contents"_s, true, {},
        {u"dc2"_s, u"kong-b"_s, u"nat-dc2"_s, u"edge-dc2"_s, u"vpn-dc1-dc2"_s});
    row(kExample, u"remove-used-node"_s, true, {}, {u"kong-a"_s});
    row(kLb, u"remove-listener-target"_s, true, {}, {u"kong-1"_s});
    row(kExample, u"move-zone-carries-content"_s, true);
    row(kExample, u"move-zone-and-child"_s, true);
    row(kExample, u"resize-zone"_s, true);
    row(kExample, u"reparent-node"_s, true);
    row(kExample, u"reparent-zone-into-child"_s, false);
    row(kExample, u"connect-zones"_s, true, {u"internet-wan"_s});
    row(kExample, u"connect-linked-zones"_s, false);
    row(kLb, u"connect-client"_s, true);
    row(kLb, u"connect-lb-node"_s, true);
    row(kExample, u"connect-node-to-zone"_s, false);
    row(kExample, u"rename-name"_s, true);
    row(kExample, u"rename-id"_s, true, {u"site-1"_s}, {u"dc1"_s});
    row(kExample, u"rename-id-taken"_s, false);
    row(kExample, u"set-cidrs"_s, true);
    row(kExample, u"set-bad-cidr"_s, false);
    row(kLb, u"set-count"_s, true);
    row(kExample, u"override-setting"_s, true);
    row(kExample, u"override-bad-setting"_s, false);
    row(kExample, u"reset-setting"_s, true);
    row(kExample, u"drop-component"_s, true);
    row(kExample, u"drop-used-component"_s, false);
    row(kLb, u"drop-listener-component"_s, false);
    row(kExample, u"unknown-component"_s, false);
    row(kExample, u"disconnect-client-use"_s, true);
    row(kLb, u"disconnect-listener"_s, true);
    row(kExample, u"disconnect-link"_s, true, {}, {u"vpn-dc1-dc2"_s});
    row(kExample, u"disconnect-stale-index"_s, false);
}

void TestDocument::commandRoundTrip()
{
    QFETCH(QString, fixture);
    QFETCH(QString, scenario);
    QFETCH(bool, applies);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);

    Document doc;
    Diagnostics errors;
    QVERIFY2(doc.load(documentFixturePath(fixture), &errors), qPrintable(formatDiagnostics(errors)));
    const QByteArray before = savedBytes(doc);
    QSignalSpy addedSpy(&doc, &Document::elementsAdded);
    QSignalSpy removedSpy(&doc, &Document::elementsRemoved);

    QUndoCommand *command = makeCommand(&doc, scenario);
    QVERIFY(command);
    doc.undoStack()->push(command);
    if (!applies) {
        verifyRefusedEdit(doc, before);
        QVERIFY(!doc.isModified());
        return;
    }
    QVERIFY(doc.isModified());
    if (!added.isEmpty())
        QCOMPARE(addedSpy.value(0).value(0).toStringList(), added);
    if (!removed.isEmpty())
        QCOMPARE(removedSpy.value(0).value(0).toStringList(), removed);
    verifyAppliedEdit(doc, before);
    if (QTest::currentTestFailed())
        return;
    // Undone again after the redo: back to the bytes on disk, unmodified.
    doc.undoStack()->undo();
    QCOMPARE(savedBytes(doc), before);
    QVERIFY(!doc.isModified());
}

void TestDocument::pastedCopiesPointAtEachOther()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kExample), &errors));
    doc.undoStack()->push(makeCommand(&doc, u"paste-zone-with-nat"_s));
    const Project &p = doc.project();
    QCOMPARE(p.node(u"kong-b-2"_s)->zone, u"dc2-2"_s);
    QCOMPARE(p.natLayer(u"nat-dc2-2"_s)->inside, u"dc2-2"_s);
    QCOMPARE(p.natLayer(u"nat-dc2-2"_s)->outside, u"wan"_s); // not copied: still the original
}

void TestDocument::typingMergesIntoOneStep()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kExample), &errors));
    const QByteArray original = savedBytes(doc);
    QUndoStack *stack = doc.undoStack();
    for (const QString &text : {u"K"_s, u"Ko"_s, u"Kon"_s, u"Kong"_s})
        stack->push(new ChangePropertyEdit(&doc, u"kong-a"_s, u"name"_s, text));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(doc.project().node(u"kong-a"_s)->name, u"Kong"_s);
    stack->push(new ChangePropertyEdit(&doc, u"kong-a"_s, u"description"_s, u"x"_s));
    QCOMPARE(stack->count(), 2);
    stack->push(new ChangePropertyEdit(&doc, u"kong-b"_s, u"description"_s, u"x"_s));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(savedBytes(doc), original);

    // Typing back to what was there leaves nothing to undo.
    stack->clear();
    stack->push(new ChangePropertyEdit(&doc, u"kong-a"_s, u"name"_s, u"Kong"_s));
    stack->push(new ChangePropertyEdit(&doc, u"kong-a"_s, u"name"_s, u"Kong A"_s));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(savedBytes(doc), original);
}

void TestDocument::dragMergesByKey()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kExample), &errors));
    const QByteArray original = savedBytes(doc);
    QUndoStack *stack = doc.undoStack();
    for (int step = 1; step <= 5; ++step)
        stack->push(new MoveElementsEdit(&doc, {{u"kong-a"_s, QPointF(60 + step * 10, 380)}}, 7));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(doc.project().node(u"kong-a"_s)->placement.position, QPointF(110, 380));
    stack->push(new MoveElementsEdit(&doc, {{u"kong-a"_s, QPointF(120, 380)}}, 8));
    stack->push(new MoveElementsEdit(&doc, {{u"kong-a"_s, QPointF(130, 380)}}));
    stack->push(new MoveElementsEdit(&doc, {{u"kong-a"_s, QPointF(140, 380)}}));
    QCOMPARE(stack->count(), 4); // key 0 never merges
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(savedBytes(doc), original);
}

void TestDocument::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kLb), &errors));
    doc.undoStack()->push(new ConnectEdit(&doc, u"lb"_s, u"kong-2"_s));
    // One host may be multi-homed, as the reader allows; a group takes at
    // most one IPv4 and one IPv6 address per host.
    auto multiHomed =
        std::make_unique<ChangePropertyEdit>(&doc, u"kong-2"_s, u"addresses"_s, u"10.0.1.11, 10.0.1.12"_s);
    QVERIFY2(multiHomed->error().isEmpty(), qPrintable(multiHomed->error()));
    doc.undoStack()->push(new ChangePropertyEdit(&doc, u"kong-2"_s, u"count"_s, u"2"_s));
    auto tooMany = std::make_unique<ChangePropertyEdit>(&doc, u"kong-2"_s, u"addresses"_s,
                                                        u"10.0.1.11, 10.0.1.12, 10.0.1.13"_s);
    QVERIFY(!tooMany->error().isEmpty());
    auto dualStack = std::make_unique<ChangePropertyEdit>(
        &doc, u"kong-2"_s, u"addresses"_s, u"10.0.1.11, 10.0.1.12, 2001:db8::11, 2001:db8::12"_s);
    QVERIFY2(dualStack->error().isEmpty(), qPrintable(dualStack->error()));
    doc.undoStack()->push(
        new ChangePropertyEdit(&doc, u"kong-2"_s, u"addresses"_s, u"10.0.1.11, 10.0.1.12"_s));
    QVERIFY(doc.isModified());
    QSignalSpy pathSpy(&doc, &Document::filePathChanged);
    QString error;
    const QString path = dir.filePath(u"saved.yaml"_s);
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(pathSpy.count(), 1);
    QCOMPARE(doc.displayName(), u"saved.yaml"_s);

    Document reopened;
    QVERIFY2(reopened.load(path, &errors), qPrintable(formatDiagnostics(errors)));
    QCOMPARE(reopened.project(), doc.project());
    QCOMPARE(savedBytes(reopened), savedBytes(doc));
    // Undo after save makes the document modified again.
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
}

void TestDocument::failedLoadKeepsDocument()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kExample), &errors));
    doc.undoStack()->push(new ChangePropertyEdit(&doc, u"kong-a"_s, u"name"_s, u"Edited"_s));
    const QByteArray before = savedBytes(doc);
    const QString path = doc.filePath();
    QSignalSpy resetSpy(&doc, &Document::projectReset);

    QVERIFY(!doc.load(documentFixturePath(u"broken-bad-cidr.yaml"_s), &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().line == 7, qPrintable(formatDiagnostics(errors)));
    QVERIFY(errors.first().column > 0);
    QCOMPARE(savedBytes(doc), before);
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    QCOMPARE(resetSpy.count(), 0);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
