// The NAT analysis keeps a port's remotes per zone, sharing one cluster
// list among its members (a list per member was quadratic). These rows pin
// what the per-remote list used to give: each member's remote zones in the
// order of their first remote, itself left out (a group last, as its own
// peer), and the NAT in front of each zone as the topology answers it.
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
        QTest::addColumn<QString>("node");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QStringList>("elements");
        QTest::addColumn<QString>("natLayer"); // the NAT in front of the node for remotes outside its zone
        // a is the first of dc1, which comes back at c: dc1 moves behind dc2.
        QTest::newRow("first-of-recurring-zone")
            << u"a"_s << QStringList{u"dc2"_s, u"dc1"_s, u"dc3"_s}
            << QStringList{u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("first-of-second-zone")
            << u"b"_s << QStringList{u"dc1"_s, u"dc3"_s, u"dc2"_s}
            << QStringList{u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << u"nat-dc2"_s;
        QTest::newRow("later-of-zone") << u"c"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
                                       << QStringList{u"a"_s, u"b"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("first-of-zone-shared-with-group")
            << u"d"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s, u"g"_s} << QString();
        QTest::newRow("group-is-its-own-peer")
            << u"g"_s << QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"g"_s} << QString();
    }

    void groups()
    {
        QFETCH(QString, node);
        QFETCH(QStringList, zones);
        QFETCH(QStringList, elements);
        QFETCH(QString, natLayer);
        QString failure;
        const auto reviewed = test::reviewFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/natremotes/interleaved.yaml"), &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        const ReviewContext ctx(reviewed->loaded.project, reviewed->loaded.catalogs, reviewed->plan);
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
    }
};

QTEST_GUILESS_MAIN(TestNatRemotes)
#include "tst_natremotes.moc"
