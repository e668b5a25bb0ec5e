// Cidr: parsing (with normalisation), containment, overlap and the stable
// order generated files rely on.
#include "model/cidr.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestCidr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void contains_data();
    void contains();
    void overlaps_data();
    void overlaps();
    void order();
    void equalAfterNormalising();
};

void TestCidr::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty = refused
    QTest::addColumn<int>("prefix");

    QTest::newRow("ipv4 network") << u"10.0.0.0/16"_s << u"10.0.0.0/16"_s << 16;
    QTest::newRow("ipv4 host bits cleared") << u"10.1.2.3/16"_s << u"10.1.0.0/16"_s << 16;
    QTest::newRow("ipv4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << 0;
    QTest::newRow("ipv4 any with host bits") << u"192.0.2.7/0"_s << u"0.0.0.0/0"_s << 0;
    QTest::newRow("ipv4 /32") << u"192.0.2.7/32"_s << u"192.0.2.7/32"_s << 32;
    QTest::newRow("ipv4 odd prefix") << u"192.0.2.77/27"_s << u"192.0.2.64/27"_s << 27;
    QTest::newRow("plain ipv4 is a host") << u"192.0.2.1"_s << u"192.0.2.1/32"_s << 32;
    QTest::newRow("surrounding spaces") << u"  10.0.0.0/8 "_s << u"10.0.0.0/8"_s << 8;
    QTest::newRow("ipv6 network") << u"2001:db8::/32"_s << u"2001:db8::/32"_s << 32;
    QTest::newRow("ipv6 host bits cleared") << u"2001:db8:1:2::1/48"_s << u"2001:db8:1::/48"_s << 48;
    QTest::newRow("ipv6 odd prefix") << u"2001:db8:ffff::/36"_s << u"2001:db8:f000::/36"_s << 36;
    QTest::newRow("ipv6 prefix inside a group") << u"2001:db8:ffff::/17"_s << u"2001::/17"_s << 17;
    QTest::newRow("ipv6 upper case") << u"2001:DB8::/32"_s << u"2001:db8::/32"_s << 32;
    QTest::newRow("ipv6 /0") << u"::/0"_s << u"::/0"_s << 0;
    QTest::newRow("plain ipv6 is a host") << u"2001:db8::10"_s << u"2001:db8::10/128"_s << 128;

    QTest::newRow("empty") << QString() << QString() << -1;
    QTest::newRow("blank") << u"   "_s << QString() << -1;
    QTest::newRow("prefix too long v4") << u"10.0.0.0/33"_s << QString() << -1;
    QTest::newRow("prefix too long v6") << u"2001:db8::/129"_s << QString() << -1;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s << QString() << -1;
    QTest::newRow("plus prefix") << u"10.0.0.0/+8"_s << QString() << -1;
    QTest::newRow("empty prefix") << u"10.0.0.0/"_s << QString() << -1;
    QTest::newRow("text prefix") << u"10.0.0.0/eight"_s << QString() << -1;
    QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << QString() << -1;
    QTest::newRow("octet too big") << u"10.0.0.256/24"_s << QString() << -1;
    QTest::newRow("host name") << u"example.com"_s << QString() << -1;
    QTest::newRow("host name with prefix") << u"example.com/24"_s << QString() << -1;
    QTest::newRow("scope id") << u"fe80::1%eth0"_s << QString() << -1;
    QTest::newRow("scope id with prefix") << u"fe80::1%eth0/64"_s << QString() << -1;
    // inet_aton shorthand would silently change what a rule matches.
    QTest::newRow("short ipv4") << u"10.0.0/8"_s << QString() << -1;
    QTest::newRow("two-part ipv4") << u"10.1"_s << QString() << -1;
    QTest::newRow("octal octet") << u"010.0.0.1"_s << QString() << -1;
    QTest::newRow("hex octet") << u"0x7f.0.0.1/8"_s << QString() << -1;
    QTest::newRow("garbage") << u"$(rm -rf /)"_s << QString() << -1;
}

void TestCidr::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, prefix);
    const auto cidr = Cidr::parse(text);
    if (expected.isEmpty()) {
        QVERIFY2(!cidr, qPrintable(u"accepted as "_s + (cidr ? cidr->toString() : QString())));
        return;
    }
    QVERIFY(cidr);
    QCOMPARE(cidr->toString(), expected);
    QCOMPARE(cidr->prefixLength(), prefix);
    // The normalised spelling parses to the same network: save/load is stable.
    QCOMPARE(Cidr::parse(cidr->toString()), cidr);
}

void TestCidr::contains_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("other"); // an address or a network
    QTest::addColumn<bool>("contains");

    QTest::newRow("address inside") << u"10.0.0.0/8"_s << u"10.200.3.4"_s << true;
    QTest::newRow("address outside") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("first address") << u"192.0.2.0/24"_s << u"192.0.2.0"_s << true;
    QTest::newRow("last address") << u"192.0.2.0/24"_s << u"192.0.2.255"_s << true;
    QTest::newRow("just past the end") << u"192.0.2.0/24"_s << u"192.0.3.0"_s << false;
    QTest::newRow("subnet") << u"10.0.0.0/16"_s << u"10.0.4.0/24"_s << true;
    QTest::newRow("itself") << u"10.0.0.0/16"_s << u"10.0.0.0/16"_s << true;
    QTest::newRow("wider network") << u"10.0.0.0/16"_s << u"10.0.0.0/8"_s << false;
    QTest::newRow("any v4 contains v4") << u"0.0.0.0/0"_s << u"203.0.113.9"_s << true;
    QTest::newRow("any v4 not v6") << u"0.0.0.0/0"_s << u"2001:db8::1"_s << false;
    QTest::newRow("any v6 not v4 network") << u"::/0"_s << u"10.0.0.0/8"_s << false;
    QTest::newRow("v6 address") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true;
    QTest::newRow("v6 outside") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
    QTest::newRow("v6 subnet") << u"2001:db8::/32"_s << u"2001:db8:1::/48"_s << true;
    QTest::newRow("host contains itself") << u"192.0.2.1"_s << u"192.0.2.1"_s << true;
    QTest::newRow("host not neighbour") << u"192.0.2.1"_s << u"192.0.2.2"_s << false;
}

void TestCidr::contains()
{
    QFETCH(QString, network);
    QFETCH(QString, other);
    QFETCH(bool, contains);
    const auto net = Cidr::parse(network);
    QVERIFY(net);
    if (!other.contains(u'/')) {
        QCOMPARE(net->contains(QHostAddress(other)), contains);
    }
    const auto otherNet = Cidr::parse(other);
    QVERIFY(otherNet);
    QCOMPARE(net->contains(*otherNet), contains);
}

void TestCidr::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlaps");

    QTest::newRow("same") << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s << true;
    QTest::newRow("nested") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << true;
    QTest::newRow("nested reversed") << u"10.1.0.0/16"_s << u"10.0.0.0/8"_s << true;
    QTest::newRow("adjacent") << u"10.0.0.0/24"_s << u"10.0.1.0/24"_s << false;
    QTest::newRow("disjoint") << u"192.168.0.0/16"_s << u"172.16.0.0/12"_s << false;
    QTest::newRow("v4 and v6") << u"0.0.0.0/0"_s << u"::/0"_s << false;
    QTest::newRow("v6 nested") << u"2001:db8::/32"_s << u"2001:db8:5::/48"_s << true;
    QTest::newRow("v6 disjoint") << u"2001:db8::/48"_s << u"2001:db8:1::/48"_s << false;
}

void TestCidr::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlaps);
    QCOMPARE(Cidr::parse(a)->overlaps(*Cidr::parse(b)), overlaps);
    QCOMPARE(Cidr::parse(b)->overlaps(*Cidr::parse(a)), overlaps); // symmetric
}

void TestCidr::order()
{
    const QStringList sorted{
        u"10.0.0.0/8"_s,    u"10.0.0.0/16"_s,        u"10.0.0.1/32"_s, u"10.1.0.0/16"_s,
        u"192.0.2.0/24"_s,  u"255.255.255.255/32"_s, u"::/0"_s,        u"2001:db8::/32"_s,
        u"2001:db8::/48"_s, u"2001:db8:1::/48"_s,    u"fe80::/10"_s};
    CidrList shuffled;
    for (const QString &text : sorted)
        shuffled.prepend(*Cidr::parse(text));
    std::swap(shuffled[2], shuffled[7]);
    std::sort(shuffled.begin(), shuffled.end());
    QStringList result;
    for (const Cidr &c : shuffled)
        result.append(c.toString());
    QCOMPARE(result, sorted);
    // Strict weak order: nothing is less than itself, and order is asymmetric.
    for (const Cidr &a : shuffled) {
        QVERIFY(!(a < a));
        for (const Cidr &b : shuffled)
            QVERIFY(!(a < b && b < a));
    }
}

void TestCidr::equalAfterNormalising()
{
    QCOMPARE(Cidr::parse(u"10.1.2.3/8"_s), Cidr::parse(u"10.0.0.0/8"_s));
    QVERIFY(Cidr::parse(u"10.0.0.0/8"_s) != Cidr::parse(u"10.0.0.0/9"_s));
    QCOMPARE(Cidr::parse(u"192.0.2.1"_s), Cidr::host(QHostAddress(u"192.0.2.1"_s)));
    QVERIFY(Cidr::parse(u"192.0.2.1"_s)->isHost());
    QVERIFY(Cidr::parse(u"0.0.0.0/0"_s)->isAny());
    QVERIFY(Cidr().isNull());
    QVERIFY(!Cidr().contains(QHostAddress(u"10.0.0.1"_s)));
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
