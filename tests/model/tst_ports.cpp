// PortRange and protocol parsing, and Kong-style listen values, which is how
// catalog settings turn into port numbers.
#include "catalog/listenvalue.h"
#include "model/portrange.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestPorts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portRangeParse_data();
    void portRangeParse();
    void portRangeQueries();
    void protocols_data();
    void protocols();
    void listenValue_data();
    void listenValue();
    void addressPort_data();
    void addressPort();
};

void TestPorts::portRangeParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("valid"); // within 1-65535 and not upside down

    QTest::newRow("single") << u"8000"_s << true << 8000 << 8000 << true;
    QTest::newRow("range") << u"50000-60000"_s << true << 50000 << 60000 << true;
    QTest::newRow("spaces") << u" 80 - 90 "_s << true << 80 << 90 << true;
    QTest::newRow("lowest") << u"1"_s << true << 1 << 1 << true;
    QTest::newRow("highest") << u"65535"_s << true << 65535 << 65535 << true;
    QTest::newRow("whole range") << u"1-65535"_s << true << 1 << 65535 << true;
    QTest::newRow("zero parses, invalid") << u"0"_s << true << 0 << 0 << false;
    QTest::newRow("too big parses, invalid") << u"70000"_s << true << 70000 << 70000 << false;
    QTest::newRow("upside down parses, invalid") << u"90-80"_s << true << 90 << 80 << false;
    QTest::newRow("empty") << QString() << false << 0 << 0 << false;
    QTest::newRow("plus sign") << u"+80"_s << false << 0 << 0 << false;
    QTest::newRow("minus sign") << u"-80"_s << false << 0 << 0 << false;
    QTest::newRow("open end") << u"80-"_s << false << 0 << 0 << false;
    QTest::newRow("three parts") << u"80-90-100"_s << false << 0 << 0 << false;
    QTest::newRow("text") << u"http"_s << false << 0 << 0 << false;
    QTest::newRow("colon") << u"80:90"_s << false << 0 << 0 << false;
    QTest::newRow("hex") << u"0x50"_s << false << 0 << 0 << false;
    QTest::newRow("fraction") << u"80.5"_s << false << 0 << 0 << false;
    QTest::newRow("huge number") << u"99999999999999999999"_s << false << 0 << 0 << false;
}

void TestPorts::portRangeParse()
{
    QFETCH(QString, text);
    QFETCH(bool, parses);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, valid);
    PortRange range{-7, -7};
    QCOMPARE(PortRange::parse(text, &range), parses);
    if (!parses) {
        QCOMPARE(range, (PortRange{-7, -7})); // no partial result
        return;
    }
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
    QCOMPARE(range.isValid(), valid);
    if (valid) {
        PortRange again;
        QVERIFY(PortRange::parse(range.toString(), &again));
        QCOMPARE(again, range);
    }
}

void TestPorts::portRangeQueries()
{
    const PortRange range{50000, 60000};
    QCOMPARE(range.count(), 10001);
    QVERIFY(range.contains(50000) && range.contains(60000) && !range.contains(60001));
    QVERIFY(range.overlaps({60000, 61000}));
    QVERIFY(!range.overlaps({60001, 61000}));
    QCOMPARE(range.toString(), u"50000-60000"_s);
    QCOMPARE(range.toString(u':'), u"50000:60000"_s);
    QCOMPARE(PortRange::single(443).toString(), u"443"_s);
    QVERIFY(PortRange::single(443).isSingle());
    QVERIFY((PortRange{1, 65535}).isAll());
    QVERIFY(PortRange{}.isAll() == false);
    QVERIFY((PortRange{80, 90}) < (PortRange{81, 82}));
}

void TestPorts::protocols_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("tcp") << u"tcp"_s << true << u"tcp"_s;
    QTest::newRow("udp") << u"udp"_s << true << u"udp"_s;
    QTest::newRow("any") << u"any"_s << true << u"any"_s;
    QTest::newRow("both") << u"both"_s << true << u"both"_s;
    QTest::newRow("tcp+udp") << u"tcp+udp"_s << true << u"both"_s;
    QTest::newRow("upper case") << u"TCP"_s << false << QString();
    QTest::newRow("sctp") << u"sctp"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestPorts::protocols()
{
    QFETCH(QString, text);
    QFETCH(bool, parses);
    QFETCH(QString, canonical);
    QList<Protocol> list;
    QCOMPARE(parseProtocols(text, &list), parses);
    if (parses)
        QCOMPARE(protocolsName(list), canonical);
}

void TestPorts::listenValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "address port flags..." per entry; empty list + ok = off
    QTest::addColumn<bool>("ok");

    QTest::newRow("one") << u"0.0.0.0:8000"_s << QStringList{u"0.0.0.0 8000"_s} << true;
    QTest::newRow("kong 3.3 default")
        << u"0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl reuseport backlog=16384"_s
        << QStringList{u"0.0.0.0 8000 reuseport backlog=16384"_s,
                       u"0.0.0.0 8443 http2 ssl reuseport backlog=16384"_s}
        << true;
    QTest::newRow("transparent") << u"127.0.0.1:8000 transparent"_s
                                 << QStringList{u"127.0.0.1 8000 transparent"_s} << true;
    QTest::newRow("ipv6") << u"[::]:8443 ssl"_s << QStringList{u":: 8443 ssl"_s} << true;
    QTest::newRow("ipv6 address") << u"[2001:db8::1]:80"_s << QStringList{u"2001:db8::1 80"_s} << true;
    QTest::newRow("extra spaces") << u"  0.0.0.0:80   ssl ,0.0.0.0:81 "_s
                                  << QStringList{u"0.0.0.0 80 ssl"_s, u"0.0.0.0 81"_s} << true;
    QTest::newRow("off") << u"off"_s << QStringList{} << true;
    QTest::newRow("empty") << QString() << QStringList{} << false;
    QTest::newRow("empty entry") << u"0.0.0.0:80,,0.0.0.0:81"_s << QStringList{} << false;
    QTest::newRow("trailing comma") << u"0.0.0.0:80,"_s << QStringList{} << false;
    QTest::newRow("port 0") << u"0.0.0.0:0"_s << QStringList{} << false;
    QTest::newRow("port 70000") << u"0.0.0.0:70000"_s << QStringList{} << false;
    QTest::newRow("no port") << u"0.0.0.0"_s << QStringList{} << false;
    QTest::newRow("host name") << u"localhost:80"_s << QStringList{} << false;
    QTest::newRow("ipv6 without brackets") << u"2001:db8::1:80"_s << QStringList{} << false;
    QTest::newRow("plus port") << u"0.0.0.0:+80"_s << QStringList{} << false;
}

void TestPorts::listenValue()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    QString reason;
    const auto entries = parseListenValue(text, &reason);
    QCOMPARE(bool(entries), ok);
    if (!ok) {
        QVERIFY2(!reason.isEmpty(), "a refusal says why");
        return;
    }
    QStringList got;
    for (const ListenEntry &e : *entries)
        got.append((QStringList{e.address.toString(), QString::number(e.port)} + e.flags).join(u' '));
    QCOMPARE(got, expected);
}

void TestPorts::addressPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted"); // empty = refused
    QTest::newRow("v4") << u"192.168.10.5:9000"_s << u"192.168.10.5:9000"_s;
    QTest::newRow("v6") << u"[2001:db8::5]:443"_s << u"[2001:db8::5]:443"_s;
    QTest::newRow("v6 normalised") << u"[2001:DB8:0::5]:443"_s << u"[2001:db8::5]:443"_s;
    QTest::newRow("no port") << u"192.168.10.5"_s << QString();
    QTest::newRow("v6 no brackets") << u"2001:db8::5:443"_s << QString();
    QTest::newRow("v6 no port") << u"[2001:db8::5]"_s << QString();
    QTest::newRow("bad address") << u"192.168.10.500:9000"_s << QString();
    QTest::newRow("port 0") << u"192.168.10.5:0"_s << QString();
    QTest::newRow("scope id") << u"[fe80::1%eth0]:80"_s << QString();
    QTest::newRow("octal shorthand") << u"010.0.0.1:80"_s << QString();
    QTest::newRow("short ipv4") << u"10.1:80"_s << QString();
}

void TestPorts::addressPort()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QString reason;
    const auto entry = parseAddressPort(text, &reason);
    if (formatted.isEmpty()) {
        QVERIFY(!entry);
        QVERIFY(!reason.isEmpty());
        return;
    }
    QVERIFY2(entry, qPrintable(reason));
    QCOMPARE(formatAddressPort(entry->address, entry->port), formatted);
}

QTEST_GUILESS_MAIN(TestPorts)
#include "tst_ports.moc"
