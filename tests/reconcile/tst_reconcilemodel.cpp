// Exact interval arithmetic of the reconcile model: port and address sets
// (IPv4 and IPv6, to the last address), packet boxes and their difference.
#include "reconcile/iptablesreader.h"
#include "reconcile/packetspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestReconcileModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portSets()
    {
        PortSet s = PortSet(1, 10).united(PortSet(11, 20)); // adjacent: merged
        QCOMPARE(s.intervals().size(), 1);
        s = s.subtracted(PortSet(5, 5));
        QCOMPARE(describePorts(s), u"1-4,6-20"_s);
        QCOMPARE(describePorts(s.intersected(PortSet(4, 6))), u"4,6"_s);
        QVERIFY(PortSet(6, 7).isSubsetOf(s));
        QVERIFY(!PortSet(4, 6).isSubsetOf(s));
        QVERIFY(PortSet(0, 65535).subtracted(PortSet(0, 65535)).isEmpty());
        QCOMPARE(describePorts(PortSet(0, 65535).subtracted(PortSet(0, 0))), u"1-65535"_s);
    }

    void addressCidrs_data()
    {
        QTest::addColumn<QString>("take");
        QTest::addColumn<QString>("away");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v4 all minus one /24")
            << u"0.0.0.0/0"_s << u"10.9.0.0/24"_s
            << u"0.0.0.0/5,8.0.0.0/7,10.0.0.0/13,10.8.0.0/16,10.9.1.0/24,10.9.2.0/23,10.9.4.0/22,10.9.8.0/21,"
               "10.9.16.0/20,10.9.32.0/19,10.9.64.0/18,10.9.128.0/17,10.10.0.0/15,10.12.0.0/14,10.16.0.0/12,"
               "10.32.0.0/11,10.64.0.0/10,10.128.0.0/9,11.0.0.0/8,12.0.0.0/6,16.0.0.0/4,32.0.0.0/3,64.0.0.0/"
               "2,"
               "128.0.0.0/1"_s;
        QTest::newRow("v4 top address") << u"255.255.255.0/24"_s << u"255.255.255.255/32"_s
                                        << u"255.255.255.0/25,255.255.255.128/26,255.255.255.192/27,"
                                           "255.255.255.224/28,255.255.255.240/29,255.255.255.248/30,"
                                           "255.255.255.252/31,255.255.255.254/32"_s;
        QTest::newRow("v6 all minus ::/1") << u"::/0"_s << u"::/1"_s << u"8000::/1"_s;
        QTest::newRow("v6 last address") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s
                                         << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128"_s
                                         << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"_s;
        QTest::newRow("v6 /48 minus /64")
            << u"2001:db8:9::/48"_s << u"2001:db8:9::/64"_s
            << u"2001:db8:9:1::/64,2001:db8:9:2::/63,2001:db8:9:4::/62,2001:db8:9:8::/61,2001:db8:9:10::/60,"
               "2001:db8:9:20::/59,2001:db8:9:40::/58,2001:db8:9:80::/57,2001:db8:9:100::/"
               "56,2001:db8:9:200::/55,"
               "2001:db8:9:400::/54,2001:db8:9:800::/53,2001:db8:9:1000::/52,2001:db8:9:2000::/51,"
               "2001:db8:9:4000::/50,2001:db8:9:8000::/49"_s;
    }
    void addressCidrs()
    {
        QFETCH(QString, take);
        QFETCH(QString, away);
        QFETCH(QString, expected);
        const Cidr a = *Cidr::parse(take);
        const IpFamily f = a.isIPv4() ? IpFamily::IPv4 : IpFamily::IPv6;
        const AddressSet rest = Addresses::of(a).subtracted(Addresses::of(*Cidr::parse(away)));
        QCOMPARE(Addresses::cidrs(rest, f).join(u','), expected);
        // And back: the CIDRs plus what was taken away are the whole again.
        AddressSet back = Addresses::of(*Cidr::parse(away));
        for (const QString &c : Addresses::cidrs(rest, f))
            back = back.united(Addresses::of(*Cidr::parse(c)));
        QCOMPARE(back, Addresses::of(a));
    }

    void addressSpecs()
    {
        IpFamily f = IpFamily::IPv4;
        AddressSet s;
        QVERIFY(parseAddressSpec(u"10.0.0.0/255.255.0.0"_s, &f, &s));
        QCOMPARE(Addresses::cidrs(s, f), QStringList{u"10.0.0.0/16"_s});
        QVERIFY(!parseAddressSpec(u"10.0.0.0/255.0.255.0"_s, &f, &s)); // not contiguous
        QVERIFY(!parseAddressSpec(u"10.1/8"_s, &f, &s));               // inet_aton shorthand
        QVERIFY(!parseAddressSpec(u"10.0.0.0/33"_s, &f, &s));
        QVERIFY(parseAddressSpec(u"2001:db8::1"_s, &f, &s));
        QCOMPARE(f, IpFamily::IPv6);
    }

    void boxDifference()
    {
        PacketBox all = PacketBox::all(IpFamily::IPv4);
        PacketBox ssh = all;
        ssh.protocols = ProtocolSet(IpProto::Tcp, IpProto::Tcp);
        ssh.dports = PortSet(22, 22);
        ssh.peers = Addresses::of(*Cidr::parse(u"10.0.0.0/8"_s));
        const QList<PacketBox> rest = all.subtracted(ssh);
        // Disjoint pieces that, with ssh, make the whole again.
        for (qsizetype i = 0; i < rest.size(); ++i) {
            QVERIFY(rest[i].intersected(ssh).isEmpty());
            for (qsizetype j = i + 1; j < rest.size(); ++j)
                QVERIFY(rest[i].intersected(rest[j]).isEmpty());
        }
        PacketSpace whole(ssh);
        for (const PacketBox &b : rest)
            whole.add(PacketSpace(b));
        QVERIFY(PacketSpace(all).subtracted(whole).isEmpty());
        QCOMPARE(describeBox(ssh, IpFamily::IPv4, true), u"10.0.0.0/8 -> tcp 22"_s);
        QCOMPARE(describeBox(ssh, IpFamily::IPv4, false), u"tcp 22 -> 10.0.0.0/8"_s);
        QVERIFY(ssh.isSubsetOf(all));
        QVERIFY(!all.isSubsetOf(ssh));
    }
};

QTEST_GUILESS_MAIN(TestReconcileModel)
#include "tst_reconcilemodel.moc"
