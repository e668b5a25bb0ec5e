// The flow layer on the canvas: one arrow per path, toggles, selection and
// tooltips, driven through MainWindow on the offscreen platform.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "flows/flowlayer.h"
#include "flows/flowpathitem.h"
#include "layout/obstaclegrid.h"
#include "mainwindow.h"
#include "project/projectwriter.h"

#include <QAction>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <optional>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name + u".yaml"_s;
}

void openExample(MainWindow &w, const QString &name)
{
    QVERIFY2(w.openFile(example(name)), qPrintable(w.lastError()));
    w.planService()->waitUntilCurrent();
}

QString pathOf(const Flow &f)
{
    QStringList hops;
    for (const FlowHop &h : f.via)
        hops.append(h.id);
    return f.source.id + u'>' + f.destination.id + u'|' + hops.join(u',');
}

const Flow *findFlow(const MainWindow &w, auto predicate)
{
    for (const Flow &f : w.planService()->snapshot()->derivation.flows)
        if (predicate(f))
            return &f;
    return nullptr;
}

// What the layer draws, path by path, in its order.
struct DrawnPath
{
    QString path;
    QString label;
    QStringList keys;
    QList<QLineF> lines;
    QRectF labelRect;
    bool labelShown = false;
    bool visible = false;
    friend bool operator==(const DrawnPath &, const DrawnPath &) = default;
};

QList<DrawnPath> drawn(const MainWindow &w)
{
    QList<DrawnPath> out;
    for (const FlowPathItem *item : w.flowLayer()->items()) {
        DrawnPath d{item->bundle().pathKey(), item->label(),        item->flowKeys(), {},
                    item->labelRect(),        item->isLabelShown(), item->isVisible()};
        for (const FlowPathItem::Segment &s : item->segments())
            d.lines.append(s.line);
        out.append(d);
    }
    return out;
}

} // namespace

class TestFlowLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"PortolanTest"_s);
        QApplication::setApplicationName(u"tst_flowlayer"_s);
    }
    void init()
    {
        QSettings().clear();
        QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    }

    void onePathOneArrow_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"kong-0x-two-datacenters-nat", "cumulocity-on-premises",
                                 "kong-3.3-lb-stream-transparent", "livekit-sip-aws"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void onePathOneArrow()
    {
        QFETCH(QString, name);
        MainWindow w;
        openExample(w, name);
        const FlowList &flows = w.planService()->snapshot()->derivation.flows;
        QVERIFY(!flows.isEmpty());
        QSet<QString> paths;
        for (const Flow &f : flows)
            paths.insert(pathOf(f));
        FlowLayer *layer = w.flowLayer();
        QCOMPARE(layer->items().size(), paths.size());
        QVERIFY(paths.size() < flows.size()); // bundling did something on every example
        QSet<QString> drawn;
        qsizetype keys = 0;
        for (FlowPathItem *item : layer->items()) {
            QVERIFY(item->isVisible());
            QVERIFY2(!item->segments().isEmpty() || item->bundle().source.id == item->bundle().destination.id,
                     qPrintable(item->bundle().pathKey()));
            QVERIFY(!item->label().isEmpty());
            drawn.insert(item->bundle().pathKey());
            keys += item->flowKeys().size();
            for (const Flow &f : item->bundle().flows)
                QCOMPARE(pathOf(f), item->bundle().pathKey());
        }
        QCOMPARE(drawn, paths);
        QCOMPARE(keys, flows.size()); // every flow in exactly one arrow
    }

    void labelsCombinePorts()
    {
        MainWindow w;
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        // Kong cluster traffic: tcp and udp 7946 in one arrow, one label.
        FlowPathItem *cluster = nullptr;
        for (FlowPathItem *item : w.flowLayer()->items())
            if (item->bundle().pathKey() == u"kong-b>kong-a|vpn-dc1-dc2"_s)
                cluster = item;
        QVERIFY(cluster);
        QCOMPARE(cluster->flowKeys().size(), 2);
        QCOMPARE(cluster->label(), u"tcp+udp 7946"_s);
        FlowPathItem *egress = w.flowLayer()->itemForFlow(findFlow(w, [](const Flow &f) {
                                                              return f.source.id == u"kong-a"_s &&
                                                                     f.audience == Audience::Egress;
                                                          })->key());
        QVERIFY(egress);
        QCOMPARE(egress->label(), u"udp 53, 123"_s);
    }

    void pathRunsThroughHops()
    {
        MainWindow w;
        openExample(w, u"cumulocity-on-premises"_s);
        const Flow *f = findFlow(
            w, [](const Flow &x) { return x.source.id == u"core"_s && x.destination.id == u"internet"_s; });
        QVERIFY(f);
        FlowPathItem *item = w.flowLayer()->itemForFlow(f->key());
        QVERIFY(item);
        // node -> source NAT -> firewall -> internet, each piece ending at an element's border.
        QStringList chain;
        for (const auto &s : item->segments())
            chain.append(s.from + u'>' + s.to);
        QCOMPARE(chain, QStringList({u"core>egress-nat"_s, u"egress-nat>ext-fw"_s, u"ext-fw>internet"_s}));
        const QRectF nat = w.scene()->sceneRectOf(u"egress-nat"_s).adjusted(-1, -1, 1, 1);
        QVERIFY(nat.contains(item->segments()[0].line.p2()));
        QVERIFY(nat.contains(item->segments()[1].line.p1()));
    }

    void togglesHideAndAreRemembered()
    {
        {
            MainWindow w;
            openExample(w, u"kong-0x-two-datacenters-nat"_s);
            FlowLayer *layer = w.flowLayer();
            const qsizetype all = layer->items().size();
            auto countAudience = [layer](Audience a) {
                int n = 0;
                for (FlowPathItem *item : layer->items())
                    n += item->bundle().audiences.contains(a);
                return n;
            };
            QVERIFY(countAudience(Audience::Egress) > 0);
            layer->audienceAction(Audience::Egress)->trigger();
            QCOMPARE(countAudience(Audience::Egress), 0);
            QVERIFY(layer->items().size() < all);
            QVERIFY(countAudience(Audience::Peers) > 0);

            QAction *kong = layer->productAction(u"Kong"_s);
            QVERIFY(kong);
            kong->trigger();
            for (FlowPathItem *item : layer->items())
                for (const Flow &f : item->bundle().flows)
                    QVERIFY(f.product != u"Kong"_s);

            layer->showAction()->trigger();
            QVERIFY(layer->items().isEmpty());
            QVERIFY(!layer->legend()->isVisibleTo(w.view()));
            layer->showAction()->trigger();
            QVERIFY(!layer->items().isEmpty());
        }
        // A new window starts with the same toggles.
        MainWindow again;
        openExample(again, u"kong-0x-two-datacenters-nat"_s);
        QVERIFY(!again.flowLayer()->audienceAction(Audience::Egress)->isChecked());
        QVERIFY(again.flowLayer()->audienceAction(Audience::Peers)->isChecked());
        QVERIFY(!again.flowLayer()->productAction(u"Kong"_s)->isChecked());
        QVERIFY(again.flowLayer()->showAction()->isChecked());
        for (FlowPathItem *item : again.flowLayer()->items())
            QVERIFY(!item->bundle().audiences.contains(Audience::Egress));
    }

    void onlySelectedElements()
    {
        MainWindow w;
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        FlowLayer *layer = w.flowLayer();
        const qsizetype all = layer->items().size();
        layer->selectedOnlyAction()->trigger();
        QCOMPARE(layer->items().size(), all); // nothing selected: everything
        w.scene()->selectIds({u"nat-dc2"_s});
        QVERIFY(layer->items().size() < all);
        QVERIFY(!layer->items().isEmpty());
        for (FlowPathItem *item : layer->items())
            QVERIFY(item->bundle().elementIds().contains(u"nat-dc2"_s));
    }

    void selectionHighlightsPathWithAddresses()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        const Flow *natted = findFlow(w, [](const Flow &f) {
            return f.destination.id == u"kong-b"_s && f.protocol == Protocol::Tcp && f.ports.from == 80;
        });
        QVERIFY(natted);
        w.flowSelection()->setKeys({natted->key()});
        FlowPathItem *item = w.flowLayer()->itemForFlow(natted->key());
        QVERIFY(item->isHighlighted());
        QVERIFY(!item->isDimmed());
        for (FlowPathItem *other : w.flowLayer()->items())
            if (other != item)
                QVERIFY(other->isDimmed());
        QStringList tags;
        for (const auto &t : item->tags())
            tags.append(t.text);
        // Source address, the NAT's outside -> inside translation, what the node sees.
        QCOMPARE(tags.size(), 3);
        QCOMPARE(tags[0], u"192.168.1.10"_s);
        QVERIFY2(tags[1].contains(u"192.168.10.5:9000 → 192.168.23.45:80"_s), qPrintable(tags[1]));
        QCOMPARE(tags[2], u"192.168.23.45:80"_s);

        // A click on empty canvas ends the flow selection...
        QWidget *viewport = w.view()->viewport();
        const QPoint empty = w.view()->mapFromScene(w.scene()->sceneRect().topLeft() + QPointF(5, 5));
        QTest::mouseClick(viewport, Qt::LeftButton, {}, empty);
        QVERIFY(w.flowSelection()->keys().isEmpty());
        QVERIFY(!item->isHighlighted());
        // ...and a click on an arrow selects its flows.
        FlowPathItem *cluster = nullptr;
        for (FlowPathItem *i : w.flowLayer()->items())
            if (i->bundle().pathKey() == u"kong-b>kong-a|vpn-dc1-dc2"_s)
                cluster = i;
        QVERIFY(cluster);
        // A point of the arrow no other item covers.
        const QLineF line = cluster->segments().first().line;
        std::optional<QPointF> at;
        for (qreal t = 0.1; t < 0.9 && !at; t += 0.05)
            if (const auto hits = w.scene()->items(line.pointAt(t));
                !hits.isEmpty() && hits.first() == cluster)
                at = line.pointAt(t);
        QVERIFY(at);
        w.view()->centerOn(*at);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, w.view()->mapFromScene(*at));
        QCOMPARE(w.flowSelection()->keys(), cluster->flowKeys());
        QVERIFY(cluster->isHighlighted());
    }

    void tooltipSaysWhy()
    {
        MainWindow w;
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        const Flow *admin = findFlow(w, [](const Flow &f) {
            return f.source.id == u"operators"_s && f.destination.id == u"kong-a"_s;
        });
        QVERIFY(admin);
        FlowPathItem *path = w.flowLayer()->itemForFlow(admin->key());
        QVERIFY(path);
        // Hover where only this path is: the view's help event shows the
        // tooltip, written on demand.
        std::optional<QPointF> at;
        for (const FlowPathItem::Segment &segment : path->segments())
            for (qreal t = 0.1; t < 0.9 && !at; t += 0.05)
                if (const auto hits = w.scene()->items(segment.line.pointAt(t));
                    !hits.isEmpty() && hits.first() == path)
                    at = segment.line.pointAt(t);
        QVERIFY(at);
        w.view()->centerOn(*at);
        QWidget *viewport = w.view()->viewport();
        const QPoint local = w.view()->mapFromScene(*at);
        QHelpEvent help(QEvent::ToolTip, local, viewport->mapToGlobal(local));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QCOMPARE(tip, path->toolTipText());
        QToolTip::hideText();
        QVERIFY2(tip.contains(u"kong-0.x/node"_s), qPrintable(tip));    // component
        QVERIFY2(tip.contains(admin->port), qPrintable(tip));           // catalog port
        QVERIFY2(tip.contains(u"Admins"_s), qPrintable(tip));           // audience
        QVERIFY2(tip.contains(admin->sourceDocument), qPrintable(tip)); // source document
        QVERIFY(!admin->sourceDocument.isEmpty());
    }

    // The grid the layer routes around must find exactly what a scan of
    // every card finds: random cards, lines and label boxes.
    void obstacleGridFindsWhatAScanFinds()
    {
        QRandomGenerator random(20261121);
        auto value = [&](double span) { return random.bounded(span); };
        QList<ObstacleGrid::Obstacle> cards;
        for (int i = 0; i < 300; ++i)
            cards.append({QString::number(i),
                          QRectF(value(6000) - 500, value(4000) - 500, 40 + value(200), 30 + value(80))});
        const ObstacleGrid grid(cards);
        int hits = 0;
        for (int i = 0; i < 3000; ++i) {
            const QLineF line(value(7000) - 1000, value(5000) - 1000, value(7000) - 1000, value(5000) - 1000);
            const QRectF box(value(7000) - 1000, value(5000) - 1000, value(300), value(60));
            auto crosses = [&line](const ObstacleGrid::Obstacle &o) {
                if (o.rect.contains(line.p1()) || o.rect.contains(line.p2()))
                    return true;
                const QRectF &r = o.rect;
                for (const QLineF &edge :
                     {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
                      QLineF(r.bottomRight(), r.bottomLeft()), QLineF(r.bottomLeft(), r.topLeft())})
                    if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                        return true;
                return false;
            };
            auto overlaps = [&box](const ObstacleGrid::Obstacle &o) { return o.rect.intersects(box); };
            const bool scanLine = std::any_of(cards.cbegin(), cards.cend(), crosses);
            const bool scanBox = std::any_of(cards.cbegin(), cards.cend(), overlaps);
            QCOMPARE(grid.anyAlong(line, 1, crosses), scanLine);
            QCOMPARE(grid.anyNear(box, overlaps), scanBox);
            hits += scanLine + scanBox;
        }
        QVERIFY(hits > 500 && hits < 5500); // both answers occur often
    }

    // A plan update changes the drawn paths in place (items of unchanged
    // paths are kept); the result must be what a fresh drawing of the
    // edited project shows.
    void editsUpdateInPlaceAsAFreshDrawingWould_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("pathsKept"); // no path appears or goes
        QTest::addColumn<bool>("redrawn");   // some label or line differs
        const QString kong0x = u"kong-0x-two-datacenters-nat"_s;
        const QString setting = u"kong-0.x/node"_s;
        QTest::newRow("admin port") << kong0x << u"kong-a"_s
                                    << ElementProperties::settingKey(setting, u"admin_api_listen"_s)
                                    << u"0.0.0.0:9001"_s << true << true;
        QTest::newRow("cluster port")
            << kong0x << u"kong-a"_s << ElementProperties::settingKey(setting, u"cluster_listen"_s)
            << u"0.0.0.0:7950"_s << true << true;
        // The DC1 edge maps 443 to 8443: the consumers' flow now stops at
        // the NAT, and is drawn anew as a flow that cannot work.
        QTest::newRow("proxy port off the edge mapping")
            << kong0x << u"kong-a"_s << ElementProperties::settingKey(setting, u"proxy_listen_ssl"_s)
            << u"0.0.0.0:9443"_s << false << true;
        // Addresses show in tooltips and highlight tags, not in the drawing
        // (Kong 3.3's nodes are reached through the balancer, by id).
        QTest::newRow("address") << u"kong-3.3-lb-stream-transparent"_s << u"kong-gw"_s << u"addresses"_s
                                 << u"10.20.1.21, 10.20.1.22, 10.20.1.23"_s << true << false;
        QTest::newRow("one component less")
            << kong0x << u"kong-a"_s << u"components"_s << u"kong-0.x/node"_s << false << true;
        QTest::newRow("other zone") << kong0x << u"kong-a"_s << u"zone"_s << u"dc2"_s << false << true;
    }

    void editsUpdateInPlaceAsAFreshDrawingWould()
    {
        QFETCH(QString, example);
        QFETCH(QString, element);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, pathsKept);
        QFETCH(bool, redrawn);
        MainWindow w;
        openExample(w, example);
        const QList<DrawnPath> before = drawn(w);
        const QList<FlowPathItem *> itemsBefore = w.flowLayer()->items();
        auto *command = new ChangePropertyEdit(w.document(), element, key, value);
        QVERIFY2(command->error().isEmpty(), qPrintable(command->error()));
        w.document()->undoStack()->push(command);
        w.planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
        const QList<DrawnPath> after = drawn(w);
        QCOMPARE(after != before, redrawn);
        if (pathsKept)
            // Compared as a whole: QCOMPARE would print the items, and
            // items that went are deleted.
            QVERIFY(w.flowLayer()->items() == itemsBefore);
        // Every flow key still leads to the item that draws it.
        for (FlowPathItem *item : w.flowLayer()->items())
            for (const QString &k : item->flowKeys())
                QCOMPARE(w.flowLayer()->itemForFlow(k), item);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"edited.yaml"_s);
        QString error;
        QVERIFY2(w.document()->saveCopy(path, &error), qPrintable(error));
        MainWindow fresh;
        QVERIFY2(fresh.openFile(path), qPrintable(fresh.lastError()));
        fresh.planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
        QCOMPARE(drawn(fresh), after);
    }

    // Issue 17: a flow that cannot work gets an arrow of its own, drawn red
    // and dashed with a cross before its ports, and its tooltip says where
    // and why it stops, hop by hop; undone, it is an ordinary arrow again.
    void flowsThatCannotWorkStandOut()
    {
        MainWindow w;
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        for (FlowPathItem *item : w.flowLayer()->items())
            QVERIFY2(!item->bundle().cannotWork, qPrintable(item->label()));
        const QString key = ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen_ssl"_s);
        w.document()->undoStack()->push(
            new ChangePropertyEdit(w.document(), u"kong-a"_s, key, u"0.0.0.0:9443"_s));
        w.planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
        const Flow *broken = findFlow(w, [](const Flow &f) {
            return f.source.id == u"api-consumers"_s && f.destination.id == u"kong-a"_s;
        });
        QVERIFY(broken);
        QCOMPARE(broken->path.status, PathStatus::CannotWork);
        FlowPathItem *item = w.flowLayer()->itemForFlow(broken->key());
        QVERIFY(item);
        QVERIFY(item->bundle().cannotWork);
        QCOMPARE(item->bundle().flows.size(), 1); // not hidden in a working arrow
        QVERIFY2(item->label().startsWith(u"\u2715 "_s), qPrintable(item->label()));
        const QString tip = item->toolTipText();
        QVERIFY2(tip.contains(u"Cannot work:"_s) && tip.contains(u"edge-dc1"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"stops here"_s), qPrintable(tip));
        // Every other arrow still works.
        for (FlowPathItem *other : w.flowLayer()->items())
            if (other != item)
                QVERIFY2(!other->bundle().cannotWork, qPrintable(other->label()));
        w.document()->undoStack()->undo();
        w.planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
        for (FlowPathItem *other : w.flowLayer()->items())
            QVERIFY2(!other->bundle().cannotWork, qPrintable(other->label()));
    }

    void arrowsFollowMovesWithoutNewPlan()
    {
        MainWindow w;
        openExample(w, u"kong-0x-two-datacenters-nat"_s);
        const Flow *f = findFlow(w, [](const Flow &x) { return x.source.id == u"api-consumers"_s; });
        FlowPathItem *item = w.flowLayer()->itemForFlow(f->key());
        QVERIFY(item);
        const QRectF oldRect = w.scene()->sceneRectOf(u"api-consumers"_s);
        QVERIFY(oldRect.adjusted(-1, -1, 1, 1).contains(item->segments().first().line.p1()));
        QSignalSpy ready(w.planService(), &PlanService::snapshotReady);
        w.scene()->itemFor(u"api-consumers"_s)->moveBy(-300, 0); // a drag in progress
        const QRectF newRect = w.scene()->sceneRectOf(u"api-consumers"_s);
        QCOMPARE(newRect.left(), oldRect.left() - 300);
        // The arrow now leaves the element where it is, same item, same flows.
        QCOMPARE(w.flowLayer()->itemForFlow(f->key()), item);
        const QPointF start = item->segments().first().line.p1();
        QVERIFY(newRect.adjusted(-1, -1, 1, 1).contains(start));
        QVERIFY(!oldRect.adjusted(-1, -1, 1, 1).contains(start));
        QVERIFY(!w.planService()->isBusy());
        QCOMPARE(ready.size(), 0);
    }

    void memberSetsEndAtTheirNodes()
    {
        // 17 Kong nodes in one zone: more than MemberSet::PairwiseLimit, so
        // peer flows come from and go to member sets, not single nodes.
        Project p;
        p.name = u"large cluster"_s;
        Zone dc;
        dc.id = u"dc"_s;
        dc.name = u"DC"_s;
        dc.kind = ZoneKind::Datacenter;
        dc.cidrs.append(*Cidr::parse(u"10.0.0.0/16"_s));
        p.zones.append(dc);
        for (int i = 1; i <= 17; ++i) {
            Node n;
            n.id = u"kong-%1"_s.arg(i, 2, 10, QChar(u'0'));
            n.name = n.id;
            n.zone = dc.id;
            n.addresses.append(QHostAddress(u"10.0.0.%1"_s.arg(i)));
            n.components.append({u"kong-0.x/node"_s, {}, {}, {}});
            p.nodes.append(n);
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(u"large.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ProjectWriter::write(p));
        file.close();
        MainWindow w;
        QVERIFY2(w.openFile(file.fileName()), qPrintable(w.lastError()));
        w.planService()->waitUntilCurrent();
        int sets = 0;
        for (FlowPathItem *item : w.flowLayer()->items()) {
            const FlowBundle &b = item->bundle();
            if (!b.source.isMemberSet() && !b.destination.isMemberSet())
                continue;
            ++sets;
            QVERIFY(item->isVisible());
            const FlowEndpoint &set = b.destination.isMemberSet() ? b.destination : b.source;
            QCOMPARE(set.members.size(), 17);
            // The arrow's frame holds every member.
            for (const QString &member : set.members)
                QVERIFY2(item->boundingRect().contains(w.scene()->sceneRectOf(member)), qPrintable(member));
            QVERIFY2(item->toolTipText().contains(u"(17 node"_s), qPrintable(item->toolTipText()));
        }
        QVERIFY(sets > 0);
    }
};

QTEST_MAIN(TestFlowLayer)
#include "tst_flowlayer.moc"
