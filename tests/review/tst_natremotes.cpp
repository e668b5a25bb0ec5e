// The NAT analysis keeps a port's remotes per zone, sharing one cluster
// list among its members (a list per member was quadratic). These rows pin
// what the per-remote list used to give: each member's remote zones in the
// order of their first remote, itself left out (a group last, as its own
// peer), and the NAT in front of each zone as the topology answers it. The
// zones are one list per set of NATs around the member, viewed per member
// with its own zone moved or left out (issue 20: a copy per member was
// members x zones).
#include "reviewtesthelpers.h"

#include "review/natanalysis.h"
#include "review/reviewcontext.h"

using namespace Qt::StringLiterals;
using namespace portolan;

class TestNatRemotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QStringList>("elements");
        QTest::addColumn<QString>("natLayer"); // the NAT in front of the node for remotes outside its zone
        // a is the first of dc1, which comes back at c: dc1 moves behind dc2.
        QTest::newRow("first-of-recurring-zone")
            << u"interleaved"_s << u"a"_s << QStringList{u"dc2"_s, u"dc1"_s, u"dc3"_s}
            << QStringList{u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("first-of-second-zone")
            << u"interleaved"_s << u"b"_s << QStringList{u"dc1"_s, u"dc3"_s, u"dc2"_s}
            << QStringList{u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << u"nat-dc2"_s;
        QTest::newRow("later-of-zone")
            << u"interleaved"_s << u"c"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
            << QStringList{u"a"_s, u"b"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("first-of-zone-shared-with-group")
            << u"interleaved"_s << u"d"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("group-is-its-own-peer")
            << u"interleaved"_s << u"g"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
        // p is the first of dc1, which comes back only at the last member.
        QTest::newRow("first-of-zone-moves-last")
            << u"alone"_s << u"p"_s << QStringList{u"dc3"_s, u"dc2-a"_s, u"dc2-b"_s, u"dc1"_s}
            << QStringList{u"g"_s, u"q"_s, u"r"_s, u"s"_s} << QString();
        // g is alone in dc3: its zone goes last, as its own peer.
        QTest::newRow("group-alone-in-zone")
            << u"alone"_s << u"g"_s << QStringList{u"dc1"_s, u"dc2-a"_s, u"dc2-b"_s, u"dc3"_s}
            << QStringList{u"p"_s, u"q"_s, u"r"_s, u"s"_s, u"g"_s} << QString();
        // q and r are alone in their zones, so each leaves its zone out;
        // behind the same NAT they see the same NAT in front of every zone.
        QTest::newRow("alone-behind-nat")
            << u"alone"_s << u"q"_s << QStringList{u"dc1"_s, u"dc3"_s, u"dc2-b"_s}
            << QStringList{u"p"_s, u"g"_s, u"r"_s, u"s"_s} << u"nat-dc2"_s;
        QTest::newRow("alone-behind-same-nat")
            << u"alone"_s << u"r"_s << QStringList{u"dc1"_s, u"dc3"_s, u"dc2-a"_s}
            << QStringList{u"p"_s, u"g"_s, u"q"_s, u"s"_s} << u"nat-dc2"_s;
        QTest::newRow("later-of-zone-sees-nat")
            << u"alone"_s << u"s"_s << QStringList{u"dc1"_s, u"dc3"_s, u"dc2-a"_s, u"dc2-b"_s}
            << QStringList{u"p"_s, u"g"_s, u"q"_s, u"r"_s} << QString();
    }

    void groups()
    {
        QFETCH(QString, file);
        QFETCH(QString, node);
        QFETCH(QStringList, zones);
        QFETCH(QStringList, elements);
        QFETCH(QString, natLayer);
        QString failure;
        const auto reviewed = test::reviewFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/natremotes/") + file + u".yaml"_s, &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        const ReviewContext ctx(reviewed->loaded.project, reviewed->loaded.catalogs, reviewed->derivation);
        const NatAnalysis *found = nullptr;
        const QList<NatAnalysis> analyses = NatAnalyzer::compute(ctx); // kept: found points into it
        for (const NatAnalysis &a : analyses)
            if (a.node->id == node && a.port->audience == Audience::Peers)
                found = &a;
        QVERIFY(found);
        const QList<ElementId> gotElements = found->remoteElements();
        QCOMPARE(QStringList(gotElements.cbegin(), gotElements.cend()), elements);
        QStringList gotZones;
        const NatLayer *firstNat = nullptr;
        for (const NatRemoteGroup &g : found->remoteGroups) {
            gotZones.append(g.zone);
            QCOMPARE(g.nat, ctx.topology().natInFront(found->node->zone, g.zone));
            if (!firstNat)
                firstNat = g.nat;
        }
        QCOMPARE(gotZones, zones);
        QCOMPARE(found->natLayer ? found->natLayer->id : QString(), natLayer);
        QCOMPARE(found->natLayer, firstNat); // the first zone behind a NAT names it
        QCOMPARE(found->hasNatRemotes(), std::any_of(found->remoteGroups.cbegin(), found->remoteGroups.cend(),
                                                     [](const NatRemoteGroup &g) { return g.nat; }));
        // The counts the checks use instead of walking the zones.
        QCOMPARE(found->hasDirectRemotes(),
                 std::any_of(found->remoteGroups.cbegin(), found->remoteGroups.cend(),
                             [](const NatRemoteGroup &g) { return !g.nat; }));
        QCOMPARE(found->remoteGroups.size(), qsizetype(zones.size()));
    }
};

QTEST_GUILESS_MAIN(TestNatRemotes)
#include "tst_natremotes.moc"
