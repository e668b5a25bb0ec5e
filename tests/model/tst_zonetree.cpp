// ZoneTree: parents, roots, depths and "within" for nested zones, a zone
// whose parent is unknown, a hand-built cycle, and a depth no recursive
// walk would survive.
#include "model/project.h"
#include "model/zonetree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Zone zone(const QString &id, const QString &parent = {})
{
    Zone z;
    z.id = id;
    z.parent = parent;
    return z;
}

} // namespace

class TestZoneTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nested()
    {
        // Listed children first, so the walk order is not the file order.
        Project p;
        p.zones = {zone(u"subnet"_s, u"vpc"_s), zone(u"vpc"_s, u"cloud"_s), zone(u"cloud"_s),
                   zone(u"office"_s), zone(u"orphan"_s, u"missing"_s)};
        const ZoneTree tree(p);
        const int subnet = tree.index(u"subnet"_s), vpc = tree.index(u"vpc"_s),
                  cloud = tree.index(u"cloud"_s), office = tree.index(u"office"_s),
                  orphan = tree.index(u"orphan"_s);
        QCOMPARE(tree.index(u"nope"_s), -1);
        QCOMPARE(tree.parent(subnet), vpc);
        QCOMPARE(tree.parent(cloud), -1);
        QCOMPARE(tree.root(subnet), cloud);
        QCOMPARE(tree.depth(subnet), 3);
        QCOMPARE(tree.depth(office), 1);
        QCOMPARE(tree.root(orphan), orphan); // an unknown parent: top-level
        QVERIFY(tree.within(subnet, cloud));
        QVERIFY(tree.within(subnet, subnet));
        QVERIFY(!tree.within(cloud, subnet));
        QVERIFY(!tree.within(subnet, office));
        QVERIFY(!tree.within(-1, cloud));
        QVERIFY(!tree.within(subnet, -1));
        QCOMPARE(tree.topDown().size(), p.zones.size());
        for (int i = 0; i < tree.topDown().size(); ++i)
            if (const int parent = tree.parent(tree.topDown()[i]); parent >= 0)
                QVERIFY(tree.topDown().indexOf(parent) < i); // parents first
    }

    // The reader refuses cycles; a hand-built model is cut, not looped.
    void cycleIsCut()
    {
        Project p;
        p.zones = {zone(u"a"_s, u"b"_s), zone(u"b"_s, u"a"_s), zone(u"c"_s, u"c"_s)};
        const ZoneTree tree(p);
        QCOMPARE(tree.topDown().size(), 3);
        QCOMPARE(tree.root(0), 0);
        QCOMPARE(tree.parent(1), 0);
        QCOMPARE(tree.root(2), 2); // its own parent: top-level
        QVERIFY(!tree.within(0, 1));
    }

    void deepChain()
    {
        Project p;
        const int depth = 100'000;
        p.zones.append(zone(u"z0"_s));
        for (int i = 1; i < depth; ++i)
            p.zones.append(zone(u"z"_s + QString::number(i), u"z"_s + QString::number(i - 1)));
        const ZoneTree tree(p);
        QCOMPARE(tree.depth(depth - 1), depth);
        QCOMPARE(tree.root(depth - 1), 0);
        QVERIFY(tree.within(depth - 1, depth / 2));
        QVERIFY(!tree.within(depth / 2, depth - 1));
    }
};

QTEST_GUILESS_MAIN(TestZoneTree)
#include "tst_zonetree.moc"
