#include "document/document.h"
#include "document/projectedits.h"
#include "layout/alignment.h"
#include "layout/applylayoutedit.h"
#include "layout/autolayout.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

using Mode = Alignment::Mode;

QHash<ElementId, QRectF> threeBoxes()
{
    return {{u"a"_s, QRectF(0, 0, 100, 50)},
            {u"b"_s, QRectF(300, 80, 50, 30)},
            {u"c"_s, QRectF(120, 200, 80, 60)}};
}

Project withoutPositions(Project p)
{
    for (Zone &z : p.zones)
        z.placement = {};
    for (Node &n : p.nodes)
        n.placement = {};
    for (LoadBalancer &lb : p.loadBalancers)
        lb.placement = {};
    for (NatLayer &n : p.natLayers)
        n.placement = {};
    for (Firewall &f : p.firewalls)
        f.placement = {};
    for (Client &c : p.clients)
        c.placement = {};
    return p;
}

QStringList examples()
{
    return QDir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"))
        .entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void align_data();
    void align();
    void alignNeedsEnough();
    void autoLayout_data();
    void autoLayout();
    void applyLayoutIsOneStep();
    void examplesReadClearly_data() { autoLayout_data(); }
    void examplesReadClearly();
};

void TestLayout::align_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<QPointF>("c");
    QTest::newRow("left") << int(Mode::Left) << QPointF(0, 0) << QPointF(0, 80) << QPointF(0, 200);
    QTest::newRow("right") << int(Mode::Right) << QPointF(250, 0) << QPointF(300, 80) << QPointF(270, 200);
    QTest::newRow("h-centre") << int(Mode::HorizontalCentre) << QPointF(125, 0) << QPointF(150, 80)
                              << QPointF(135, 200);
    QTest::newRow("top") << int(Mode::Top) << QPointF(0, 0) << QPointF(300, 0) << QPointF(120, 0);
    QTest::newRow("bottom") << int(Mode::Bottom) << QPointF(0, 210) << QPointF(300, 230) << QPointF(120, 200);
    QTest::newRow("v-centre") << int(Mode::VerticalCentre) << QPointF(0, 105) << QPointF(300, 115)
                              << QPointF(120, 100);
    // a (0..100), c (width 80), b (300..350): 350 - 230 = 120 free, gaps of 60.
    QTest::newRow("distribute-h") << int(Mode::DistributeHorizontally) << QPointF(0, 0) << QPointF(300, 80)
                                  << QPointF(160, 200);
    // a (0..50), b (height 30), c (200..260): 260 - 140 = 120 free, gaps of 60.
    QTest::newRow("distribute-v") << int(Mode::DistributeVertically) << QPointF(0, 0) << QPointF(300, 110)
                                  << QPointF(120, 200);
}

void TestLayout::align()
{
    QFETCH(int, mode);
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(QPointF, c);
    const auto out = Alignment::arrange(threeBoxes(), Mode(mode));
    QCOMPARE(out.value(u"a"_s), a);
    QCOMPARE(out.value(u"b"_s), b);
    QCOMPARE(out.value(u"c"_s), c);
}

void TestLayout::alignNeedsEnough()
{
    QHash<ElementId, QRectF> two = threeBoxes();
    two.remove(u"c"_s);
    QVERIFY(Alignment::arrange(two, Mode::DistributeHorizontally).isEmpty());
    QCOMPARE(Alignment::arrange(two, Mode::Left).size(), 2);
    two.remove(u"b"_s);
    QVERIFY(Alignment::arrange(two, Mode::Left).isEmpty());
}

void TestLayout::autoLayout_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : examples())
        QTest::newRow(qPrintable(f)) << f;
}

void TestLayout::autoLayout()
{
    QFETCH(QString, file);
    Document doc;
    Diagnostics errors;
    QVERIFY2(doc.load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + file, &errors),
             qPrintable(formatDiagnostics(errors)));
    const Project p = withoutPositions(doc.project());
    QVERIFY(AutoLayout::hasNoPositions(p));
    const AutoLayout::Metrics m;
    const AutoLayout::Result r = AutoLayout::compute(p, m);

    // Deterministic: the same project always gives the same drawing.
    const AutoLayout::Result again = AutoLayout::compute(p, m);
    QCOMPARE(again.positions, r.positions);
    QCOMPARE(again.zoneSizes, r.zoneSizes);

    QStringList placed;
    for (const ElementId &id : p.allIds())
        if (!p.link(id))
            placed.append(id);
    QCOMPARE(r.positions.size(), placed.size());
    for (const ElementId &id : placed) {
        // Inside its zone, below the zone's title band.
        const ElementId zone = ProjectEdits::container(p, id);
        if (!zone.isEmpty()) {
            const QRectF outer = r.rect(zone, m).adjusted(0, m.header - 1, 0, 0);
            QVERIFY2(outer.contains(r.rect(id, m)), qPrintable(id + u" outside "_s + zone));
        }
        // No overlap with anything in the same container.
        for (const ElementId &other : placed)
            if (other < id && ProjectEdits::container(p, other) == zone)
                QVERIFY2(!r.rect(id, m).intersects(r.rect(other, m)),
                         qPrintable(id + u" overlaps "_s + other));
    }
    // Layers: clients above load balancers above NAT layers above nodes of
    // the same container; a NAT layer above the zone it guards.
    auto top = [&](const ElementId &id) { return r.positions.value(id).y(); };
    for (const Client &c : p.clients)
        for (const Node &n : p.nodes)
            if (n.zone == c.zone)
                QVERIFY(top(c.id) < top(n.id));
    for (const NatLayer &n : p.natLayers)
        if (p.zone(n.inside) && p.zone(n.inside)->parent == n.outside)
            QVERIFY2(top(n.id) + m.element.height() <= top(n.inside), qPrintable(n.id));
}

void TestLayout::applyLayoutIsOneStep()
{
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml"), &errors));
    const QByteArray before = ProjectWriter::write(doc.project());
    const Project original = doc.project();
    const AutoLayout::Result r = AutoLayout::compute(doc.project());
    doc.undoStack()->push(new ApplyLayoutEdit(&doc, r));
    QCOMPARE(doc.undoStack()->count(), 1);
    for (const Zone &z : doc.project().zones) {
        QCOMPARE(*z.placement.position, r.positions.value(z.id));
        QCOMPARE(*z.placement.size, r.zoneSizes.value(z.id));
    }
    for (const Node &n : doc.project().nodes)
        QCOMPARE(*n.placement.position, r.positions.value(n.id));
    // Placement is all it changes.
    QVERIFY(withoutPositions(doc.project()) == withoutPositions(original));
    doc.undoStack()->undo();
    QCOMPARE(ProjectWriter::write(doc.project()), before);
}

// The bundled examples are placed by hand: every box must sit wholly
// inside its zone (a NAT straddling a border reads as in neither) and
// apart from its neighbours.
void TestLayout::examplesReadClearly()
{
    QFETCH(QString, file);
    Document doc;
    Diagnostics errors;
    QVERIFY(doc.load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + file, &errors));
    const Project &p = doc.project();
    const AutoLayout::Metrics m;
    auto rectOf = [&](const ElementId &id) -> QRectF {
        const auto pos = ProjectEdits::position(p, id);
        if (!pos)
            return {};
        const Zone *z = p.zone(id);
        return QRectF(*pos, z ? z->placement.size.value_or(QSizeF()) : m.element);
    };
    for (const ElementId &id : p.allIds()) {
        const QRectF r = rectOf(id);
        if (r.isEmpty())
            continue;
        const ElementId zone = ProjectEdits::container(p, id);
        if (!zone.isEmpty())
            QVERIFY2(rectOf(zone).adjusted(0, m.header - 1, 0, 0).contains(r),
                     qPrintable(id + u" is not inside "_s + zone));
        for (const ElementId &other : p.allIds())
            if (other < id && ProjectEdits::container(p, other) == zone && !rectOf(other).isEmpty())
                QVERIFY2(!rectOf(other).intersects(r), qPrintable(id + u" overlaps "_s + other));
    }
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
