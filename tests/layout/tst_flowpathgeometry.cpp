#include "layout/flowpathgeometry.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace portolan;

// The flow paths' geometry without a scene: rectangles in, lines out,
// checked by coordinates (ends on the cards' borders, no card crossed,
// lanes apart), so a change to the routing shows here before it shows on
// the canvas. Links no QtWidgets.

Q_DECLARE_METATYPE(portolan::PathAnchor)

namespace {

using Chain = QList<PathAnchor>;
constexpr qreal Eps = 0.01;
constexpr qreal ZoneTitle = 30;

PathAnchor card(const QString &id, qreal x, qreal y, qreal w = 100, qreal h = 50)
{
    return {id, QRectF(x, y, w, h)};
}

PathAnchor zone(const QString &id, const QRectF &rect)
{
    return {id, rect, true, false};
}

PathAnchor memberSet(const QString &id, const QRectF &frame)
{
    return {id, frame, false, true};
}

ObstacleGrid gridOf(const QList<PathAnchor> &cards)
{
    QList<ObstacleGrid::Obstacle> obstacles;
    for (const PathAnchor &c : cards)
        obstacles.append({c.id, c.rect});
    return ObstacleGrid(obstacles);
}

bool onBorder(const QRectF &r, const QPointF &p)
{
    return r.adjusted(-Eps, -Eps, Eps, Eps).contains(p) && !r.adjusted(Eps, Eps, -Eps, -Eps).contains(p);
}

bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// The first card (other than the piece's own ends) that the drawn piece
// runs through, shrunk as the routing shrinks it (grazing is allowed).
QString cardCrossed(const PathSegment &s, const QList<PathAnchor> &cards)
{
    constexpr int Steps = 96;
    for (const PathAnchor &c : cards) {
        if (c.id == s.from || c.id == s.to)
            continue;
        const QRectF inner = c.rect.adjusted(8, 8, -8, -8);
        for (int i = 0; i <= Steps; ++i)
            if (inner.contains(s.pointAt(qreal(i) / Steps)))
                return c.id;
    }
    return {};
}

} // namespace

class TestFlowPathGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pieces_data();
    void pieces();
    void lanes_data();
    void lanes();
    void loopsWiden();
    void pathNotDrawnTakesNoLane();
};

void TestFlowPathGeometry::pieces_data()
{
    QTest::addColumn<Chain>("chain");
    QTest::addColumn<QList<PathAnchor>>("cards");
    QTest::addColumn<QList<bool>>("bowed");  // per piece
    QTest::addColumn<int>("bowSide");        // +1 bows below the line, -1 above, 0 either
    QTest::addColumn<bool>("clears");        // no piece runs through another card
    QTest::addColumn<bool>("endsOnBorders"); // each piece starts and ends on its cards' borders
    QTest::addColumn<QPointF>("start");      // where the first piece starts, if checked
    QTest::addColumn<qreal>("firstLength");  // the first piece's length, if checked (>= 0)

    const PathAnchor a = card(u"a"_s, 0, 0), b = card(u"b"_s, 400, 0), c = card(u"c"_s, 300, 300);
    const QList<bool> oneStraight{false}, oneBow{true}, twoStraight{false, false};
    QTest::newRow("straight hop") << Chain{a, b} << QList<PathAnchor>{a, b} << oneStraight << 0 << true
                                  << true << QPointF(100, 25) << 300.0;
    QTest::newRow("straight hop, right to left") << Chain{b, a} << QList<PathAnchor>{a, b} << oneStraight << 0
                                                 << true << true << QPointF(400, 25) << 300.0;
    QTest::newRow("diagonal hop") << Chain{a, c} << QList<PathAnchor>{a, c} << oneStraight << 0 << true
                                  << true << QPointF() << -1.0;

    // A card across the line: the narrowest bow, below it, clears it.
    const PathAnchor wall = card(u"wall"_s, 200, -20, 100, 90);
    QTest::newRow("detour around a card")
        << Chain{a, b} << QList<PathAnchor>{a, b, wall} << oneBow << 1 << true << true << QPointF() << -1.0;
    // A card reaching far below the line: no bow below clears it, so the
    // path bows above.
    const PathAnchor deep = card(u"deep"_s, 200, 0, 100, 450);
    QTest::newRow("detour above a deep card")
        << Chain{a, b} << QList<PathAnchor>{a, b, deep} << oneBow << -1 << true << true << QPointF() << -1.0;

    const PathAnchor client = card(u"client"_s, 0, 200), lb = card(u"lb"_s, 300, 0),
                     node = card(u"node"_s, 600, 200);
    QTest::newRow("hop through a load balancer")
        << Chain{client, lb, node} << QList<PathAnchor>{client, lb, node} << twoStraight << 0 << true << true
        << QPointF() << -1.0;
    // The NAT layer stands between the two ends: the pieces go to it and
    // on from it, never straight through it.
    const PathAnchor inside = card(u"inside"_s, 0, 0), nat = card(u"nat"_s, 300, 0),
                     outside = card(u"outside"_s, 600, 0);
    QTest::newRow("hop through a NAT layer in line")
        << Chain{inside, nat, outside} << QList<PathAnchor>{inside, nat, outside} << twoStraight << 0 << true
        << true << QPointF(100, 25) << 200.0;

    // A zone around the other end: the piece leaves from the zone's title
    // band above the element instead of from behind it.
    const PathAnchor dmz = zone(u"dmz"_s, QRectF(0, 0, 600, 400));
    const PathAnchor web = card(u"web"_s, 250, 200);
    QTest::newRow("zone around its element") << Chain{dmz, web} << QList<PathAnchor>{web} << oneStraight << 0
                                             << true << false << QPointF(300, 15) << 185.0;
    // A member set around one of its own members: a short stub from the
    // frame's nearest side.
    const PathAnchor set = memberSet(u"set"_s, QRectF(0, 0, 500, 300));
    const PathAnchor member = card(u"m1"_s, 50, 100);
    QTest::newRow("member set around its member")
        << Chain{set, member} << QList<PathAnchor>{member} << oneStraight << 0 << true << false
        << QPointF(28, 125) << 22.0;

    // Degenerate: two elements on the same spot give one empty piece, not
    // a NaN; an end inside another card still gets a finite bow between
    // the borders (the narrowest, as none clears).
    QTest::newRow("coincident ends") << Chain{a, card(u"twin"_s, 0, 0)} << QList<PathAnchor>{a} << oneStraight
                                     << 0 << true << false << QPointF(50, 25) << 0.0;
    const PathAnchor around = card(u"around"_s, -50, -50, 200, 150);
    QTest::newRow("end inside a card") << Chain{a, b} << QList<PathAnchor>{a, b, around} << oneBow << 1
                                       << false << true << QPointF() << -1.0;
}

void TestFlowPathGeometry::pieces()
{
    QFETCH(Chain, chain);
    QFETCH(QList<PathAnchor>, cards);
    QFETCH(QList<bool>, bowed);
    QFETCH(int, bowSide);
    QFETCH(bool, clears);
    QFETCH(bool, endsOnBorders);
    QFETCH(QPointF, start);
    QFETCH(qreal, firstLength);

    const ObstacleGrid grid = gridOf(cards);
    const auto laid = FlowPathGeometry(grid, ZoneTitle).lay({chain});
    QCOMPARE(laid.size(), 1);
    QVERIFY(laid.first().has_value());
    const LaidPath &path = *laid.first();
    QVERIFY(path.loop.isEmpty());
    QCOMPARE(path.segments.size(), bowed.size());
    for (qsizetype i = 0; i < path.segments.size(); ++i) {
        const PathSegment &s = path.segments[i];
        QCOMPARE(s.from, chain[i].id);
        QCOMPARE(s.to, chain[i + 1].id);
        QVERIFY(finite(s.line.p1()) && finite(s.line.p2()));
        QCOMPARE(s.control.has_value(), bowed[i]);
        if (endsOnBorders) {
            QVERIFY2(onBorder(chain[i].rect, s.line.p1()),
                     qPrintable(u"starts off %1's border"_s.arg(s.from)));
            QVERIFY2(onBorder(chain[i + 1].rect, s.line.p2()),
                     qPrintable(u"ends off %1's border"_s.arg(s.to)));
        }
        if (bowed[i]) {
            // A real detour: the straight line would have crossed a card.
            const QLineF straight(chain[i].rect.center(), chain[i + 1].rect.center());
            QVERIFY(FlowPathGeometry(grid, ZoneTitle).crossesCard(straight, s.from, s.to));
            if (bowSide != 0)
                QCOMPARE(s.control->y() > s.line.center().y() ? 1 : -1, bowSide);
        }
        if (clears)
            QVERIFY2(cardCrossed(s, cards).isEmpty(), qPrintable(u"runs through "_s + cardCrossed(s, cards)));
    }
    if (!start.isNull())
        QCOMPARE(path.segments.first().line.p1(), start);
    if (firstLength >= 0)
        QVERIFY2(std::abs(path.segments.first().line.length() - firstLength) < Eps,
                 qPrintable(QString::number(path.segments.first().line.length())));
}

void TestFlowPathGeometry::lanes_data()
{
    QTest::addColumn<QList<Chain>>("chains");
    QTest::addColumn<QList<qreal>>("ys"); // where each path's piece runs (all horizontal)

    const PathAnchor a = card(u"a"_s, 0, 0), b = card(u"b"_s, 400, 0), c = card(u"c"_s, 0, 300);
    constexpr qreal Mid = 25, Gap = FlowPathGeometry::LaneGap;
    QTest::newRow("one flow, no lane") << QList<Chain>{{a, b}} << QList<qreal>{Mid};
    QTest::newRow("two parallel flows")
        << QList<Chain>{{a, b}, {a, b}} << QList<qreal>{Mid - Gap / 2, Mid + Gap / 2};
    QTest::newRow("three parallel flows")
        << QList<Chain>{{a, b}, {a, b}, {a, b}} << QList<qreal>{Mid - Gap, Mid, Mid + Gap};
    // The two directions between the same cards take different sides.
    QTest::newRow("both directions") << QList<Chain>{{a, b}, {b, a}}
                                     << QList<qreal>{Mid - Gap / 2, Mid + Gap / 2};
    // A path elsewhere does not widen the pair's lanes.
    QTest::newRow("other pair apart")
        << QList<Chain>{{a, b}, {a, c}, {a, b}} << QList<qreal>{Mid - Gap / 2, -1, Mid + Gap / 2};
}

void TestFlowPathGeometry::lanes()
{
    QFETCH(QList<Chain>, chains);
    QFETCH(QList<qreal>, ys);

    const ObstacleGrid grid = gridOf({});
    QList<std::optional<Chain>> input(chains.cbegin(), chains.cend());
    const auto laid = FlowPathGeometry(grid, ZoneTitle).lay(input);
    QCOMPARE(laid.size(), chains.size());
    QList<qreal> labelAts;
    for (qsizetype i = 0; i < laid.size(); ++i) {
        QVERIFY(laid[i]);
        QCOMPARE(laid[i]->segments.size(), 1);
        const PathSegment &s = laid[i]->segments.first();
        QVERIFY(onBorder(chains[i].first().rect, s.line.p1()));
        QVERIFY(onBorder(chains[i].last().rect, s.line.p2()));
        if (ys[i] < 0)
            continue;
        QCOMPARE(s.line.y1(), ys[i]);
        QCOMPARE(s.line.y2(), ys[i]);
        QVERIFY(!labelAts.contains(s.labelAt)); // parallel labels do not stack
        labelAts.append(s.labelAt);
    }
}

void TestFlowPathGeometry::loopsWiden()
{
    const PathAnchor a = card(u"a"_s, 0, 0);
    const ObstacleGrid grid = gridOf({a});
    const auto laid = FlowPathGeometry(grid, ZoneTitle).lay({Chain{a, a}, Chain{a, a}});
    QCOMPARE(laid.size(), 2);
    qreal reach = 0;
    for (const auto &path : laid) {
        QVERIFY(path && path->segments.isEmpty());
        // Leaves and comes back on the card's right side, bulging out.
        QVERIFY(onBorder(a.rect, path->loop.pointAtPercent(0)));
        QVERIFY(onBorder(a.rect, path->loop.pointAtPercent(1)));
        QCOMPARE(path->loop.pointAtPercent(0).x(), a.rect.right());
        const qreal right = path->loop.boundingRect().right();
        QVERIFY2(right > reach + 5, "the second loop at a card lies outside the first");
        reach = right;
    }
}

void TestFlowPathGeometry::pathNotDrawnTakesNoLane()
{
    const PathAnchor a = card(u"a"_s, 0, 0), b = card(u"b"_s, 400, 0);
    const ObstacleGrid grid = gridOf({});
    const auto laid = FlowPathGeometry(grid, ZoneTitle).lay({std::nullopt, Chain{a, b}});
    QCOMPARE(laid.size(), 2);
    QVERIFY(!laid[0]);
    QVERIFY(laid[1]);
    QCOMPARE(laid[1]->segments.first().line, QLineF(100, 25, 400, 25));
}

QTEST_GUILESS_MAIN(TestFlowPathGeometry)
#include "tst_flowpathgeometry.moc"
