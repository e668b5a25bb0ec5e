// The parts of a plan edited in the inspector's tables and list fields:
// listeners, NAT mappings, firewall inside zones, link ends, client uses,
// the project's own name, address ranges. Each edit is one undo step that
// leaves a readable file, and a refused one leaves nothing.
#include "document/addresslist.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementlists.h"
#include "document/elementproperties.h"
#include "document/listrowedit.h"
#include "documenttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

const QString kKong = u"example:kong-0x-two-datacenters-nat.yaml"_s;
const QString kKong33 = u"example:kong-3.3-lb-stream-transparent.yaml"_s;
const QString kCumulocity = u"example:cumulocity-on-premises.yaml"_s;
const QString kLb = u"lb-two-nodes.yaml"_s;

// "set ID KEY TEXT", "add ID LIST", "remove ID LIST ROW"
QUndoCommand *makeCommand(Document *d, const QString &spec, QString *error)
{
    const QStringList w = spec.split(u' ');
    if (w.value(0) == u"set"_s) {
        auto c = new ChangePropertyEdit(d, w.value(1) == u"-"_s ? QString() : w.value(1), w.value(2),
                                        w.mid(3).join(u' '));
        *error = c->error();
        return c;
    }
    auto c = new ListRowEdit(d, w.value(1), w.value(2),
                             w.value(0) == u"add"_s ? ListRowEdit::Action::Add : ListRowEdit::Action::Remove,
                             w.value(3).toInt());
    *error = c->error();
    return c;
}

} // namespace

class TestElementEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostFirewallChoice();
    void addressList_data();
    void addressList();
    void edit_data();
    void edit();
    void projectNameSignalsWithoutIds();
    void tablesListCells();
    void settingToolTipHasNotes();
};

void TestElementEdits::addressList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty = refused
    QTest::addColumn<QString>("formatted");
    QTest::newRow("one") << u"10.0.0.1"_s << QStringList{u"10.0.0.1"_s} << u"10.0.0.1"_s;
    QTest::newRow("list") << u"10.0.0.1, 10.0.0.9"_s << QStringList{u"10.0.0.1"_s, u"10.0.0.9"_s}
                          << u"10.0.0.1, 10.0.0.9"_s;
    QTest::newRow("spaces") << u" 10.0.0.1  10.0.0.9 "_s << QStringList{u"10.0.0.1"_s, u"10.0.0.9"_s}
                            << u"10.0.0.1, 10.0.0.9"_s;
    QTest::newRow("short range") << u"10.50.0.11-13"_s
                                 << QStringList{u"10.50.0.11"_s, u"10.50.0.12"_s, u"10.50.0.13"_s}
                                 << u"10.50.0.11-13"_s;
    QTest::newRow("full range") << u"10.50.0.11-10.50.0.13"_s
                                << QStringList{u"10.50.0.11"_s, u"10.50.0.12"_s, u"10.50.0.13"_s}
                                << u"10.50.0.11-13"_s;
    QTest::newRow("two in a row stay two")
        << u"10.0.0.1-2"_s << QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s} << u"10.0.0.1, 10.0.0.2"_s;
    QTest::newRow("range and single")
        << u"10.0.0.1-3, 2001:db8::5"_s
        << QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s, u"2001:db8::5"_s}
        << u"10.0.0.1-3, 2001:db8::5"_s;
    QTest::newRow("ipv6 short") << u"2001:db8::a-c"_s
                                << QStringList{u"2001:db8::a"_s, u"2001:db8::b"_s, u"2001:db8::c"_s}
                                << u"2001:db8::a-c"_s;
    QTest::newRow("ipv6 full") << u"2001:db8::a-2001:db8::c"_s
                               << QStringList{u"2001:db8::a"_s, u"2001:db8::b"_s, u"2001:db8::c"_s}
                               << u"2001:db8::a-c"_s;
    QTest::newRow("empty") << u""_s << QStringList{} << u""_s;
    // Refused: formatted holds a word of the reason.
    QTest::newRow("backwards") << u"10.0.0.5-3"_s << QStringList{} << u"backwards"_s;
    QTest::newRow("across octets") << u"10.0.0.1-10.0.1.1"_s << QStringList{} << u"several ranges"_s;
    QTest::newRow("half typed") << u"10.0.0.1-"_s << QStringList{} << u"not a range"_s;
    QTest::newRow("octet too big") << u"10.0.0.1-300"_s << QStringList{} << u"not a range"_s;
    QTest::newRow("bad address") << u"10.0.0.300"_s << QStringList{} << u"not an IPv4"_s;
    QTest::newRow("mixed families") << u"10.0.0.1-2001:db8::1"_s << QStringList{} << u"not a range"_s;
    QStringList many;
    for (int i = 0; i < 17; ++i)
        many.append(u"10.0.%1.0-255"_s.arg(i));
    QTest::newRow("past the cap") << many.join(u", "_s) << QStringList{} << u"4096"_s;
}

void TestElementEdits::addressList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, formatted);
    QList<QHostAddress> list{QHostAddress(u"192.0.2.1"_s)};
    QString error;
    const bool ok = AddressList::parse(text, &list, &error);
    if (expected.isEmpty() && !text.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(formatted), qPrintable(error));
        QCOMPARE(list.size(), 1); // untouched on failure
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QStringList got;
    for (const QHostAddress &a : list)
        got.append(a.toString());
    QCOMPARE(got, expected);
    QCOMPARE(AddressList::format(list), formatted);
    QList<QHostAddress> again;
    QVERIFY(AddressList::parse(AddressList::format(list), &again, &error));
    QCOMPARE(again, list);
}

void TestElementEdits::edit_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("readId"); // what to read back after the edit ("-" = the project)
    QTest::addColumn<QString>("readKey");
    QTest::addColumn<QString>("expected"); // empty: the edit is refused

    auto row = [](const char *name, const QString &f, const QString &cmd, const QString &id = {},
                  const QString &key = {},
                  const QString &expected = {}) { QTest::newRow(name) << f << cmd << id << key << expected; };
    // Listeners.
    row("listener port", kLb, u"set lb listeners/0/port 8443"_s, u"lb"_s, u"listeners/0/port"_s, u"8443"_s);
    row("listener port out of range", kLb, u"set lb listeners/0/port 70000"_s);
    row("listener port half typed", kLb, u"set lb listeners/0/port 44x"_s);
    row("listener protocol", kLb, u"set lb listeners/0/protocol udp"_s, u"lb"_s, u"listeners/0/protocol"_s,
        u"udp"_s);
    row("listener protocol any refused", kLb, u"set lb listeners/0/protocol any"_s);
    row("listener tls", kLb, u"set lb listeners/0/tls terminate"_s, u"lb"_s, u"listeners/0/tls"_s,
        u"terminate"_s);
    row("listener target", kLb, u"set lb listeners/0/target kong-2"_s, u"lb"_s, u"listeners/0/target"_s,
        u"kong-2"_s);
    row("listener target keeps port", kLb, u"set lb listeners/0/target kong-2"_s, u"lb"_s,
        u"listeners/0/target_port"_s, u"proxy-ssl"_s);
    row("listener target unknown", kLb, u"set lb listeners/0/target nowhere"_s);
    row("listener target port", kLb, u"set lb listeners/0/target_port proxy"_s, u"lb"_s,
        u"listeners/0/target_port"_s, u"proxy"_s);
    row("listener target port local refused", kLb, u"set lb listeners/0/target_port cluster-rpc"_s);
    row("listener component not on node", kLb, u"set lb listeners/0/component base/host"_s);
    row("listener row missing", kLb, u"set lb listeners/5/port 80"_s);
    row("add listener", kLb, u"add lb listeners"_s, u"lb"_s, u"listeners/1/target"_s, u"kong-1"_s);
    row("add listener free port", kLb, u"add lb listeners"_s, u"lb"_s, u"listeners/1/port"_s, u"8000"_s);
    row("remove listener", kLb, u"remove lb listeners 0"_s, u"lb"_s, u"listeners/0/port"_s, u""_s);
    row("remove used listener of four refused", kCumulocity, u"remove ext-lb listeners 0"_s);
    // A client uses proxy-ssl through the Kong 3.3 balancer: that listener stays.
    row("remove used listener refused", kKong33, u"remove lb listeners 0"_s);
    row("retarget used listener refused", kKong33, u"set lb listeners/0/target_port proxy"_s);
    row("duplicate front port refused", kKong33, u"set lb listeners/1/port 443"_s);
    // NAT mappings.
    row("mapping protocol", kKong, u"set nat-dc2 mappings/0/protocol udp"_s, u"nat-dc2"_s,
        u"mappings/0/protocol"_s, u"udp"_s);
    row("mapping outside address", kKong, u"set nat-dc2 mappings/0/outside_address 192.168.10.6"_s,
        u"nat-dc2"_s, u"mappings/0/outside_address"_s, u"192.168.10.6"_s);
    row("mapping bad address", kKong, u"set nat-dc2 mappings/0/inside_address 192.168.23"_s);
    row("mapping outside range resizes inside", kKong, u"set nat-dc2 mappings/0/outside_ports 9000-9010"_s,
        u"nat-dc2"_s, u"mappings/0/inside_ports"_s, u"80-90"_s);
    row("mapping inside range resizes outside", kKong, u"set nat-dc2 mappings/0/inside_ports 65530-65535"_s,
        u"nat-dc2"_s, u"mappings/0/outside_ports"_s, u"9000-9005"_s);
    row("mapping bad range", kKong, u"set nat-dc2 mappings/0/inside_ports 90-80"_s);
    row("add mapping", kKong, u"add nat-dc2 mappings"_s, u"nat-dc2"_s, u"mappings/2/inside_address"_s,
        u"192.168.23.45"_s);
    row("remove mapping", kKong, u"remove nat-dc2 mappings 0"_s, u"nat-dc2"_s, u"mappings/0/protocol"_s,
        u"udp"_s);
    // Firewall inside zones.
    row("firewall inside zone", kCumulocity, u"set ext-fw inside/1/zone admin-net"_s, u"ext-fw"_s,
        u"inside/1/zone"_s, u"admin-net"_s);
    row("firewall inside twice refused", kCumulocity, u"set ext-fw inside/1/zone dmz"_s);
    row("add firewall zone", kCumulocity, u"add ext-fw inside"_s, u"ext-fw"_s, u"inside/2/zone"_s,
        u"datacenter"_s);
    row("remove firewall zone", kCumulocity, u"remove ext-fw inside 0"_s, u"ext-fw"_s, u"inside/0/zone"_s,
        u"internal"_s);
    // Link ends.
    row("link end", kKong, u"set vpn-dc1-dc2 b admin-net"_s, u"vpn-dc1-dc2"_s, u"b"_s, u"admin-net"_s);
    row("link to itself refused", kKong, u"set vpn-dc1-dc2 b dc1"_s);
    row("link end not a zone", kKong, u"set vpn-dc1-dc2 a kong-a"_s);
    // Client uses.
    row("use port", kKong33, u"set operators uses/0/port admin"_s, u"operators"_s, u"uses/0/port"_s,
        u"admin"_s);
    row("use every port", kKong33, u"set operators uses/0/port"_s, u"operators"_s, u"uses/0/port"_s, u""_s);
    row("use port unknown", kKong33, u"set operators uses/0/port nope"_s);
    row("use target keeps port it offers", kKong33, u"set api-clients uses/0/target kong-transparent"_s,
        u"api-clients"_s, u"uses/0/port"_s, u"proxy-ssl"_s);
    row("use target on balancer", kKong33, u"set internal-apps uses/0/target lb"_s, u"internal-apps"_s,
        u"uses/0/port"_s, u""_s);
    row("use target a zone refused", kKong33, u"set operators uses/0/target dc"_s);
    row("add use", kKong33, u"add internal-apps uses"_s, u"internal-apps"_s, u"uses/1/target"_s, u"lb"_s);
    row("remove use", kKong33, u"remove operators uses 1"_s, u"operators"_s, u"uses/1/port"_s,
        u"admin-ssl"_s);
    // Addresses with ranges.
    row("node address range", kKong33, u"set kong-gw addresses 10.20.1.31-33"_s, u"kong-gw"_s, u"addresses"_s,
        u"10.20.1.31-33"_s);
    row("node address range too long for the group", kKong33, u"set kong-gw addresses 10.20.1.31-34"_s);
    // The node's host firewall (described in nodeFields()): a choice, unset again with empty text.
    row("node host firewall", kKong33, u"set kong-gw host_firewall ufw"_s, u"kong-gw"_s, u"host_firewall"_s,
        u"ufw"_s);
    row("node host firewall unknown", kKong33, u"set kong-gw host_firewall ipfw"_s);
    row("lb address range", kKong33, u"set lb addresses 203.0.113.10-12, 2001:db8:20::10"_s, u"lb"_s,
        u"addresses"_s, u"203.0.113.10-12, 2001:db8:20::10"_s);
    row("nat address range", kKong, u"set nat-dc2 addresses 192.168.10.5-10.0.0.1"_s);
    // The project itself.
    row("project name", kKong, u"set - name Two datacenters"_s, u"-"_s, u"name"_s, u"Two datacenters"_s);
    row("project description", kKong, u"set - description Seed \"001\" <b>"_s, u"-"_s, u"description"_s,
        u"Seed \"001\" <b>"_s);
    row("project has no id", kKong, u"set - id x"_s);
}

void TestElementEdits::edit()
{
    QFETCH(QString, fixture);
    QFETCH(QString, command);
    QFETCH(QString, readId);
    QFETCH(QString, readKey);
    QFETCH(QString, expected);
    const bool applies = !readKey.isEmpty();

    Document doc;
    Diagnostics errors;
    QVERIFY2(doc.load(documentFixturePath(fixture), &errors), qPrintable(formatDiagnostics(errors)));
    const QByteArray before = savedBytes(doc);
    QString error;
    QUndoCommand *c = makeCommand(&doc, command, &error);
    doc.undoStack()->push(c);
    if (!applies) {
        QVERIFY2(!error.isEmpty(), "a refused edit says why");
        verifyRefusedEdit(doc, before);
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString id = readId == u"-"_s ? QString() : readId;
    QCOMPARE(ElementProperties::value(doc.project(), doc.catalogs(), id, readKey), expected);
    verifyAppliedEdit(doc, before);
}

void TestElementEdits::projectNameSignalsWithoutIds()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kKong), &errors));
    QSignalSpy changed(&doc, &Document::elementsChanged);
    for (const QString &text : {u"N"_s, u"Ne"_s, u"New"_s})
        doc.undoStack()->push(new ChangePropertyEdit(&doc, QString(), u"name"_s, text));
    QCOMPARE(doc.undoStack()->count(), 1); // typing merges
    QCOMPARE(doc.project().name, u"New"_s);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().value(0).toStringList(), QStringList());
    doc.undoStack()->undo();
    QCOMPARE(changed.count(), 4);
    QVERIFY(doc.project().name != u"New"_s);
}

void TestElementEdits::tablesListCells()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kKong33), &errors));
    const auto lists = ElementLists::lists(doc.project(), doc.catalogs(), u"lb"_s);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists[0].key, u"listeners"_s);
    QCOMPARE(lists[0].rows.size(), 2);
    const PropertyInfo &port = lists[0].rows[0][5];
    QCOMPARE(port.key, u"listeners/0/target_port"_s);
    QCOMPARE(port.value, u"proxy-ssl"_s);
    // The target's catalog ports a balancer can forward to, not its loopback ones.
    QVERIFY(port.choices.contains(u"proxy"_s));
    QVERIFY(port.choices.contains(u"admin-ssl"_s));
    QCOMPARE(port.choices.size(), port.choiceLabels.size());
    const PropertyInfo &component = lists[0].rows[0][4];
    QCOMPARE(component.choices, QStringList({u"kong-3.3/node"_s, u"base/host"_s}));
    const auto uses = ElementLists::lists(doc.project(), doc.catalogs(), u"api-clients"_s);
    QCOMPARE(uses.value(0).rows.value(1).value(1).choices,
             QStringList({QString(), u"proxy-ssl"_s, u"stream"_s}));
}

// The inspector offers the node's host firewall as a choice with "any"
// (empty) first; choosing one and going back to any restores the file bytes.
void TestElementEdits::hostFirewallChoice()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kKong33), &errors));
    const QByteArray before = savedBytes(doc);
    const QList<PropertyInfo> infos =
        ElementProperties::properties(doc.project(), doc.catalogs(), u"kong-gw"_s);
    const auto info = std::find_if(infos.cbegin(), infos.cend(),
                                   [](const PropertyInfo &i) { return i.key == u"host_firewall"_s; });
    QVERIFY(info != infos.cend());
    QCOMPARE(info->type, PropertyInfo::Type::Choice);
    QCOMPARE(info->choices, QStringList({QString(), u"nftables"_s, u"iptables"_s, u"firewalld"_s, u"ufw"_s,
                                         u"pf"_s, u"windows"_s}));
    QCOMPARE(info->value, QString());
    doc.undoStack()->push(new ChangePropertyEdit(&doc, u"kong-gw"_s, u"host_firewall"_s, u"windows"_s));
    QCOMPARE(doc.project().node(u"kong-gw"_s)->hostFirewall, HostFirewall::Windows);
    QVERIFY(savedBytes(doc).contains("    host_firewall: windows\n"));
    doc.undoStack()->push(new ChangePropertyEdit(&doc, u"kong-gw"_s, u"host_firewall"_s, QString()));
    QCOMPARE(savedBytes(doc), before);
}

void TestElementEdits::settingToolTipHasNotes()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(documentFixturePath(kKong33), &errors));
    const QString key = ElementProperties::settingKey(u"kong-3.3/node"_s, u"admin_listen"_s);
    for (const PropertyInfo &info :
         ElementProperties::properties(doc.project(), doc.catalogs(), u"kong-gw"_s)) {
        if (info.key != key)
            continue;
        QVERIFY2(info.toolTip.contains(u"Admin API listen addresses"_s), qPrintable(info.toolTip));
        QVERIFY2(info.toolTip.contains(u"kong.conf"_s), qPrintable(info.toolTip));
        QVERIFY2(info.toolTip.contains(u"Port admin "_s), qPrintable(info.toolTip));
        return;
    }
    QFAIL("no admin_listen setting on kong-gw");
}

QTEST_GUILESS_MAIN(TestElementEdits)
#include "tst_elementedits.moc"
