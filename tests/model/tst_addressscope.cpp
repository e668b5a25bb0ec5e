// AddressScope: which addresses and networks are private (reached only
// from their own site, a link, a NAT mapping or a load balancer) and which
// are public, the documentation ranges counting as public.
#include "model/addressscope.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestAddressScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("range"); // the private range named, empty for public

        QTest::newRow("rfc1918 10/8") << u"10.9.0.10"_s << u"private"_s << u"10.0.0.0/8"_s;
        QTest::newRow("rfc1918 10/8 edge") << u"10.255.255.255"_s << u"private"_s << u"10.0.0.0/8"_s;
        QTest::newRow("just below 10/8") << u"9.255.255.255"_s << u"public"_s << QString();
        QTest::newRow("rfc1918 172.16/12") << u"172.16.0.1"_s << u"private"_s << u"172.16.0.0/12"_s;
        QTest::newRow("rfc1918 172.31 edge") << u"172.31.255.254"_s << u"private"_s << u"172.16.0.0/12"_s;
        QTest::newRow("172.32 is public") << u"172.32.0.1"_s << u"public"_s << QString();
        QTest::newRow("172.15 is public") << u"172.15.255.255"_s << u"public"_s << QString();
        QTest::newRow("rfc1918 192.168/16") << u"192.168.23.45"_s << u"private"_s << u"192.168.0.0/16"_s;
        QTest::newRow("192.169 is public") << u"192.169.0.1"_s << u"public"_s << QString();
        QTest::newRow("shared 100.64/10") << u"100.64.0.1"_s << u"private"_s << u"100.64.0.0/10"_s;
        QTest::newRow("shared upper edge") << u"100.127.255.255"_s << u"private"_s << u"100.64.0.0/10"_s;
        QTest::newRow("100.128 is public") << u"100.128.0.1"_s << u"public"_s << QString();
        QTest::newRow("link-local v4") << u"169.254.10.1"_s << u"private"_s << u"169.254.0.0/16"_s;
        QTest::newRow("loopback v4") << u"127.0.0.1"_s << u"private"_s << u"127.0.0.0/8"_s;
        QTest::newRow("documentation 192.0.2") << u"192.0.2.10"_s << u"public"_s << QString();
        QTest::newRow("documentation 198.51.100") << u"198.51.100.20"_s << u"public"_s << QString();
        QTest::newRow("documentation 203.0.113") << u"203.0.113.10"_s << u"public"_s << QString();
        QTest::newRow("ordinary public v4") << u"8.8.8.8"_s << u"public"_s << QString();
        QTest::newRow("ula fd00") << u"fd12:3456::1"_s << u"private"_s << u"fc00::/7"_s;
        QTest::newRow("ula fc00") << u"fc00::1"_s << u"private"_s << u"fc00::/7"_s;
        QTest::newRow("link-local v6") << u"fe80::1"_s << u"private"_s << u"fe80::/10"_s;
        QTest::newRow("loopback v6") << u"::1"_s << u"private"_s << u"::1/128"_s;
        QTest::newRow("documentation v6") << u"2001:db8:20::10"_s << u"public"_s << QString();
        QTest::newRow("global v6") << u"2a00:1450::1"_s << u"public"_s << QString();
        QTest::newRow("v4-mapped private") << u"::ffff:10.0.0.1"_s << u"private"_s << u"10.0.0.0/8"_s;
        QTest::newRow("v4-mapped public") << u"::ffff:203.0.113.5"_s << u"public"_s << QString();

        // Networks: private only when wholly inside one private range.
        QTest::newRow("private subnet") << u"10.20.1.0/24"_s << u"private"_s << u"10.0.0.0/8"_s;
        QTest::newRow("whole 172.16/12") << u"172.16.0.0/12"_s << u"private"_s << u"172.16.0.0/12"_s;
        QTest::newRow("wider than 172.16/12") << u"172.0.0.0/8"_s << u"public"_s << QString();
        QTest::newRow("public block") << u"203.0.113.48/28"_s << u"public"_s << QString();
        QTest::newRow("the internet v4") << u"0.0.0.0/0"_s << u"public"_s << QString();
        QTest::newRow("the internet v6") << u"::/0"_s << u"public"_s << QString();
        QTest::newRow("ula network") << u"fd00:1::/64"_s << u"private"_s << u"fc00::/7"_s;
        QTest::newRow("documentation v6 network") << u"2001:db8:20::/48"_s << u"public"_s << QString();
    }

    void scope()
    {
        QFETCH(QString, text);
        QFETCH(QString, scope);
        QFETCH(QString, range);
        const auto cidr = Cidr::parse(text);
        QVERIFY(cidr);
        QCOMPARE(AddressScope::name(AddressScope::of(*cidr)), scope);
        QCOMPARE(AddressScope::privateRange(*cidr), range);
        if (cidr->isHost())
            QCOMPARE(AddressScope::isPrivate(cidr->network()), scope == u"private"_s);
    }

    void nullIsPublicNotPrivate()
    {
        // No address says nothing: never private (callers report unknown).
        QVERIFY(!AddressScope::isPrivate(Cidr()));
    }
};

QTEST_GUILESS_MAIN(TestAddressScope)
#include "tst_addressscope.moc"
