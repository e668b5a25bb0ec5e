// The inspector edits every part of a plan with the keyboard and mouse:
// listeners, NAT mappings, firewall zones, link ends, client uses, the
// project's name, address ranges; each edit one undo step, applied only when
// valid; setting help and override marks; the review's findings.
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "document/document.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "panels/inspectorpanel.h"
#include "project/projectwriter.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name;
}

const QString kKong33 = u"kong-3.3-lb-stream-transparent.yaml"_s;
const QString kKong0x = u"kong-0x-two-datacenters-nat.yaml"_s;
const QString kCumulocity = u"cumulocity-on-premises.yaml"_s;

QByteArray bytes(const Document &d)
{
    return ProjectWriter::write(d.project());
}

// A document and an inspector on its own, shown and active so that focus
// (Tab, leaving a field) behaves as on a desktop.
struct Fixture
{
    Document doc;
    InspectorPanel panel{&doc};
    bool open(const QString &name)
    {
        Diagnostics errors;
        if (!doc.load(example(name), &errors))
            return false;
        panel.resize(900, 800);
        panel.show();
        panel.activateWindow();
        return QTest::qWaitForWindowActive(&panel);
    }
    template <typename T = QWidget> T *editor(const QString &key) const
    {
        return qobject_cast<T *>(panel.editorFor(key));
    }
    int steps() const { return doc.undoStack()->count(); }
};

void click(QWidget *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

// Select all and type, as a user replaces a field's text.
void retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Keyboard search in a closed combo box, as typing on a focused one does.
void choose(QComboBox *combo, const QString &typed)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClicks(combo, typed);
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listenerSetInWindow();
    void listenerCellsOneStepEach();
    void addressRangeAppliedOnlyWhenDone();
    void natMappingsFirewallLinkUses();
    void projectNameWhenNothingSelected();
    void settingHelpAndOverrideMark();
    void findingsAboutTheElement();
    void typingGoesOnAfterRenameAndTab();
};

void TestInspector::initTestCase()
{
    useTestSettings(u"tst_inspector"_s);
    startWithCleanSettings();
}

// The walk of issue 16: a 443 -> proxy-ssl listener made in the window. The
// example's own one is removed first (with the client use that needs it).
void TestInspector::listenerSetInWindow()
{
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(example(kKong33)));
    Document *doc = w.document();
    const QByteArray original = bytes(*doc);
    InspectorPanel *inspector = w.inspector();

    w.scene()->selectIds({u"lb"_s});
    QCOMPARE(inspector->element(), u"lb"_s);
    // A client still uses proxy-ssl through this listener: removing it is refused, said, and not a step.
    click(inspector->editorFor(u"listeners/0/remove"_s));
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners.size(), 2);
    QCOMPARE(doc->undoStack()->count(), 0);
    auto error = inspector->findChild<QLabel *>(u"error"_s);
    QVERIFY(error && error->text().contains(u"api-clients"_s));

    w.scene()->selectIds({u"api-clients"_s});
    click(inspector->editorFor(u"uses/0/remove"_s));
    QCOMPARE(doc->project().client(u"api-clients"_s)->uses.size(), 1);
    w.scene()->selectIds({u"lb"_s});
    click(inspector->editorFor(u"listeners/0/remove"_s));
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners.size(), 1);
    click(inspector->editorFor(u"listeners/add"_s));
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners.size(), 2);
    QCOMPARE(doc->undoStack()->count(), 3);

    // Connecting made a listener to the plain proxy port; set 443 -> proxy-ssl.
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners[1].targetPort, u"proxy"_s);
    auto port = qobject_cast<QLineEdit *>(inspector->editorFor(u"listeners/1/port"_s));
    retype(port, u"443"_s);
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners[1].port, 8000); // not yet: still typing
    QTest::keyClick(port, Qt::Key_Return);
    QCOMPARE(doc->project().loadBalancer(u"lb"_s)->listeners[1].port, 443);
    choose(qobject_cast<QComboBox *>(inspector->editorFor(u"listeners/1/target_port"_s)), u"proxy-s"_s);
    const Listener &l = doc->project().loadBalancer(u"lb"_s)->listeners[1];
    QCOMPARE(l.targetPort, u"proxy-ssl"_s);
    QCOMPARE(l.targetNode, u"kong-gw"_s);
    QCOMPARE(l.targetComponent, u"kong-3.3/node"_s);
    QCOMPARE(l.tls, TlsMode::Passthrough);
    QCOMPARE(doc->undoStack()->count(), 5);
    // The form shows the plan after the edits that rebuilt it.
    QCOMPARE(qobject_cast<QLineEdit *>(inspector->editorFor(u"listeners/1/port"_s))->text(), u"443"_s);

    if (const QString dir = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // The inspector as wide as a user gives it for a table, the flows derived.
        if (auto dock = w.findChild<QDockWidget *>(u"InspectorDock"_s))
            w.resizeDocks({dock}, {560}, Qt::Horizontal);
        w.planService()->waitUntilCurrent();
        QTest::qWait(50); // let the retired form go and the docks settle
        QVERIFY(w.grab().save(QDir(dir).filePath(u"inspector-listeners.png"_s)));
    }

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(bytes(*doc), original);
}

void TestInspector::listenerCellsOneStepEach()
{
    Fixture f;
    QVERIFY(f.open(kKong33));
    f.panel.setElement(u"lb"_s);
    const QByteArray original = bytes(f.doc);
    click(f.editor(u"listeners/add"_s));
    QCOMPARE(f.steps(), 1);
    // Leaving the field (Tab) applies it, as Enter does.
    auto port = f.editor<QLineEdit>(u"listeners/2/port"_s);
    retype(port, u"9443"_s);
    QTest::keyClick(port, Qt::Key_Tab);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].port, 9443);
    QCOMPARE(f.steps(), 2);
    // A duplicate front port turns the field red and changes nothing.
    port = f.editor<QLineEdit>(u"listeners/2/port"_s);
    retype(port, u"443"_s);
    QTest::keyClick(port, Qt::Key_Return);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].port, 9443);
    QCOMPARE(f.steps(), 2);
    QVERIFY(port->property("invalid").toBool());
    QTest::keyClick(port, Qt::Key_Escape);
    QCOMPARE(port->text(), u"9443"_s);
    QVERIFY(!port->property("invalid").toBool());

    choose(f.editor<QComboBox>(u"listeners/2/protocol"_s), u"u"_s);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].protocol, Protocol::Udp);
    choose(f.editor<QComboBox>(u"listeners/2/tls"_s), u"te"_s);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].tls, TlsMode::Terminate);
    // Another node: the component and port follow what it runs.
    choose(f.editor<QComboBox>(u"listeners/2/target"_s), u"kong-t"_s);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].targetNode, u"kong-transparent"_s);
    auto component = f.editor<QComboBox>(u"listeners/2/component"_s);
    QVERIFY(component);
    QCOMPARE(component->count(), 2); // kong-3.3/node and base/host
    choose(f.editor<QComboBox>(u"listeners/2/target_port"_s), u"admin-"_s);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners[2].targetPort, u"admin-ssl"_s);
    QCOMPARE(f.steps(), 6);
    click(f.editor(u"listeners/2/remove"_s));
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->listeners.size(), 2);
    QCOMPARE(f.steps(), 7);
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    QCOMPARE(bytes(f.doc), original);
}

void TestInspector::addressRangeAppliedOnlyWhenDone()
{
    Fixture f;
    QVERIFY(f.open(kKong33));
    f.panel.setElement(u"kong-gw"_s);
    const auto addresses = [&] { return f.doc.project().node(u"kong-gw"_s)->addresses; };
    const auto before = addresses();
    auto edit = f.editor<QLineEdit>(u"addresses"_s);
    QCOMPARE(edit->text(), u"10.20.1.11-13"_s); // three hosts read as one range
    retype(edit, u"10.20.1.31-3"_s);
    QCOMPARE(addresses(), before); // "10.20.1.31-3" is backwards: red, and nothing applied
    QVERIFY(edit->property("invalid").toBool());
    QTest::keyClicks(edit, u"3"_s);
    QVERIFY(!edit->property("invalid").toBool());
    QCOMPARE(addresses(), before); // valid, but not applied while typing
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(addresses().size(), 3);
    QCOMPARE(addresses().last().toString(), u"10.20.1.33"_s);
    QCOMPARE(f.steps(), 1);
    // More addresses than hosts: refused on Enter and on leaving the field.
    retype(edit, u"10.20.1.31-34"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(addresses().size(), 3);
    QCOMPARE(f.steps(), 1);
    // Escape puts the plan's value back.
    edit = f.editor<QLineEdit>(u"addresses"_s);
    retype(edit, u"10.20.1.9"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), u"10.20.1.31-33"_s);
    QCOMPARE(f.steps(), 1);
    // The full form on a load balancer, IPv6 kept.
    f.panel.setElement(u"lb"_s);
    edit = f.editor<QLineEdit>(u"addresses"_s);
    retype(edit, u"203.0.113.10-203.0.113.12, 2001:db8:20::10"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(f.doc.project().loadBalancer(u"lb"_s)->addresses.size(), 4);
    QCOMPARE(f.steps(), 2);
}

void TestInspector::natMappingsFirewallLinkUses()
{
    {
        Fixture f;
        QVERIFY(f.open(kKong0x));
        f.panel.setElement(u"nat-dc2"_s);
        click(f.editor(u"mappings/add"_s));
        QCOMPARE(f.doc.project().natLayer(u"nat-dc2"_s)->mappings.size(), 3);
        auto outside = f.editor<QLineEdit>(u"mappings/2/outside_ports"_s);
        retype(outside, u"9100-9102"_s);
        QTest::keyClick(outside, Qt::Key_Return);
        const NatMapping &m = f.doc.project().natLayer(u"nat-dc2"_s)->mappings[2];
        QCOMPARE(m.outsidePorts, (PortRange{9100, 9102}));
        QCOMPARE(m.insidePorts.count(), 3); // the inside range follows the size
        auto inside = f.editor<QLineEdit>(u"mappings/2/inside_address"_s);
        retype(inside, u"192.168.23.46"_s);
        QTest::keyClick(inside, Qt::Key_Return);
        QCOMPARE(f.doc.project().natLayer(u"nat-dc2"_s)->mappings[2].insideAddress.toString(),
                 u"192.168.23.46"_s);
        choose(f.editor<QComboBox>(u"mappings/2/protocol"_s), u"u"_s);
        QCOMPARE(f.doc.project().natLayer(u"nat-dc2"_s)->mappings[2].protocol, Protocol::Udp);
        QCOMPARE(f.steps(), 4);

        f.panel.setElement(u"vpn-dc1-dc2"_s);
        choose(f.editor<QComboBox>(u"b"_s), u"admin"_s);
        QCOMPARE(f.doc.project().link(u"vpn-dc1-dc2"_s)->b, u"admin-net"_s);
        choose(f.editor<QComboBox>(u"a"_s), u"admin"_s); // both ends the same zone: refused
        QCOMPARE(f.doc.project().link(u"vpn-dc1-dc2"_s)->a, u"dc1"_s);
        QCOMPARE(f.steps(), 5);
    }
    {
        Fixture f;
        QVERIFY(f.open(kCumulocity));
        f.panel.setElement(u"ext-fw"_s);
        click(f.editor(u"inside/add"_s));
        QCOMPARE(f.doc.project().firewall(u"ext-fw"_s)->inside.size(), 3);
        choose(f.editor<QComboBox>(u"inside/2/zone"_s), u"admin"_s);
        QCOMPARE(f.doc.project().firewall(u"ext-fw"_s)->inside.value(2), u"admin-net"_s);
        click(f.editor(u"inside/0/remove"_s));
        QCOMPARE(f.doc.project().firewall(u"ext-fw"_s)->inside,
                 QList<ElementId>({u"internal"_s, u"admin-net"_s}));
        QCOMPARE(f.steps(), 3);
    }
    {
        Fixture f;
        QVERIFY(f.open(kKong33));
        f.panel.setElement(u"operators"_s);
        choose(f.editor<QComboBox>(u"uses/1/port"_s), u"admin "_s);
        QCOMPARE(f.doc.project().client(u"operators"_s)->uses[1].port, u"admin"_s);
        click(f.editor(u"uses/add"_s));
        QCOMPARE(f.doc.project().client(u"operators"_s)->uses.size(), 5);
        choose(f.editor<QComboBox>(u"uses/4/target"_s), u"kong-t"_s);
        QCOMPARE(f.doc.project().client(u"operators"_s)->uses[4].target, u"kong-transparent"_s);
        QCOMPARE(f.steps(), 3);
    }
}

void TestInspector::projectNameWhenNothingSelected()
{
    Fixture f;
    QVERIFY(f.open(kKong0x));
    f.panel.setElement({});
    const QString original = f.doc.project().name;
    auto name = f.editor<QLineEdit>(u"name"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), original);
    retype(name, u"Edge plan"_s);
    QCOMPARE(f.doc.project().name, u"Edge plan"_s);
    auto description = f.editor<QLineEdit>(u"description"_s);
    retype(description, u"Two sites"_s);
    QCOMPARE(f.doc.project().description, u"Two sites"_s);
    QCOMPARE(f.steps(), 2);
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(f.editor<QLineEdit>(u"name"_s)->text(), original); // the form follows undo
}

void TestInspector::settingHelpAndOverrideMark()
{
    Fixture f;
    QVERIFY(f.open(kKong33));
    f.panel.setElement(u"kong-transparent"_s);
    const QString key = u"setting:kong-3.3/node:stream_listen"_s;
    auto edit = f.editor<QLineEdit>(key);
    QVERIFY(edit);
    QVERIFY2(edit->toolTip().contains(u"Stream (TCP/TLS) proxy listen"_s), qPrintable(edit->toolTip()));
    auto label = f.panel.findChild<QLabel *>(key + u"/label"_s);
    auto reset = f.editor<QToolButton>(key + u"/reset"_s);
    QVERIFY(label && reset);
    QVERIFY(!label->font().bold());
    QVERIFY(!reset->isEnabled());
    // Marked as soon as it differs from the default, before it is applied.
    retype(edit, u"0.0.0.0:5555"_s);
    QVERIFY(label->font().bold());
    QVERIFY(reset->isEnabled());
    QCOMPARE(f.steps(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(f.steps(), 1);
    reset = f.editor<QToolButton>(key + u"/reset"_s);
    click(reset);
    QCOMPARE(f.steps(), 2);
    QVERIFY(
        !f.doc.project().node(u"kong-transparent"_s)->components[0].settings.contains(u"stream_listen"_s));
    label = f.panel.findChild<QLabel *>(key + u"/label"_s);
    QTRY_VERIFY(label && !label->font().bold());
}

void TestInspector::findingsAboutTheElement()
{
    Fixture f;
    QVERIFY(f.open(kKong0x));
    PlanService service(&f.doc);
    f.panel.setPlanService(&service);
    service.waitUntilCurrent();
    const Findings findings = service.snapshot()->findings;
    QVERIFY(!findings.isEmpty());
    const Finding first = findings.first();
    QVERIFY(f.doc.project().kindOf(first.subject));
    f.panel.setElement(first.subject);
    QLabel *shown = f.panel.findingsLabel();
    QVERIFY(shown && shown->isVisible());
    QVERIFY2(shown->text().contains(first.message.toHtmlEscaped()), qPrintable(shown->text()));
    // An element the review says nothing about shows no findings.
    for (const QString &id : f.doc.project().allIds()) {
        if (std::none_of(findings.cbegin(), findings.cend(),
                         [&](const Finding &x) { return x.subject == id; })) {
            f.panel.setElement(id);
            QVERIFY(!f.panel.findingsLabel()->isVisible());
            break;
        }
    }
}

// An Id changed and left with Tab rebuilds the form (the id is in every
// key): the next keys must reach the field Tab went to, as in any form,
// and not vanish into a widget that is gone.
void TestInspector::typingGoesOnAfterRenameAndTab()
{
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(example(kKong33)));
    w.scene()->selectIds({u"kong-transparent"_s});
    InspectorPanel *inspector = w.inspector();
    QCOMPARE(inspector->element(), u"kong-transparent"_s);
    auto id = qobject_cast<QLineEdit *>(inspector->editorFor(u"id"_s));
    QVERIFY(id);
    retype(id, u"kong-edge"_s);
    QTest::keyClick(id, Qt::Key_Tab);
    QTRY_COMPARE(inspector->element(), u"kong-edge"_s);
    QCOMPARE(w.scene()->selectedIds(), QStringList{u"kong-edge"_s});
    // Keys go where the application's focus is, as from a keyboard.
    auto name = qobject_cast<QLineEdit *>(inspector->editorFor(u"name"_s));
    QVERIFY(name);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    const QString before = name->text();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTest::keyClicks(QApplication::focusWidget(), u" X"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(w.document()->project().node(u"kong-edge"_s)->name, before + u" X"_s);
    QCOMPARE(w.document()->undoStack()->count(), 2); // the rename, the name
}
QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
