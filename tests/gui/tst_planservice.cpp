// PlanService: the snapshot it delivers off the UI thread is the derivation
// and review of the document as it stands after the last edit.
#include "analysis/planservice.h"
#include "derive/deriver.h"
#include "document/changepropertycommand.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/moveelementscommand.h"
#include "review/reviewer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class tst_PlanService : public QObject
{
    Q_OBJECT

private:
    static QString example() { return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml"); }

    // The snapshot equals a synchronous derivation + review of the document.
    static void verifyCurrent(const Document &document, const PlanSnapshot &snapshot)
    {
        const DerivedPlan plan = Deriver::derive(document.project(), document.catalogs());
        QCOMPARE(snapshot.plan.flows, plan.flows);
        QCOMPARE(snapshot.plan.ruleSets.size(), plan.ruleSets.size());
        QCOMPARE(snapshot.findings, Reviewer::review(document.project(), document.catalogs(), plan));
    }

private Q_SLOTS:
    void deliversTheLoadedProject()
    {
        Document document;
        PlanService service(&document);
        QSignalSpy ready(&service, &PlanService::snapshotReady);
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 10000);
        QVERIFY(!service.snapshot()->plan.flows.isEmpty());
        QVERIFY(!service.snapshot()->natAnalyses.isEmpty());
        verifyCurrent(document, *service.snapshot());
    }

    void aBurstOfEditsEndsOnTheLastState()
    {
        Document document;
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        PlanService service(&document);
        service.waitUntilCurrent();
        const quint64 before = service.snapshot()->generation;
        QSignalSpy ready(&service, &PlanService::snapshotReady);
        // Typing a port digit by digit: four edits, each a new document state.
        // proxy_listen_ssl: the API consumers use the HTTPS proxy port.
        const QString key = ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen_ssl"_s);
        for (const QString &text : {u"0.0.0.0:8"_s, u"0.0.0.0:80"_s, u"0.0.0.0:808"_s, u"0.0.0.0:8081"_s})
            document.undoStack()->push(new ChangePropertyCommand(&document, u"kong-a"_s, key, text));
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 10000);
        QVERIFY(service.snapshot()->generation > before);
        // Coalesced: far fewer runs than edits, and the last one is current.
        QVERIFY2(ready.size() <= 2, qPrintable(QString::number(ready.size())));
        verifyCurrent(document, *service.snapshot());
        bool moved = false;
        for (const Flow &flow : service.snapshot()->plan.flows)
            moved = moved || (flow.destination.id == u"kong-a"_s && flow.ports.from == 8081);
        QVERIFY2(moved, "the proxy flow to kong-a should now be on 8081");
    }

    void movingChangesNothingDerived()
    {
        Document document;
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        PlanService service(&document);
        service.waitUntilCurrent();
        QSignalSpy busy(&service, &PlanService::busyChanged);
        document.undoStack()->push(
            new MoveElementsCommand(&document, {{u"kong-a"_s, QPointF(1234, 567)}}));
        QVERIFY(!service.isBusy());
        QCOMPARE(busy.size(), 0);
        // Negative control: a property edit does start a run.
        document.undoStack()->push(new ChangePropertyCommand(&document, u"kong-a"_s, u"name"_s, u"Kong A1"_s));
        QVERIFY(service.isBusy());
        service.waitUntilCurrent();
        QVERIFY(!service.isBusy());
        verifyCurrent(document, *service.snapshot());
    }

    void aSnapshotOutlivesTheDocumentState()
    {
        Document document;
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        PlanService service(&document);
        service.waitUntilCurrent();
        const PlanSnapshotPtr held = service.snapshot();
        const qsizetype nat = held->natAnalyses.size();
        document.clear();
        service.waitUntilCurrent();
        QVERIFY(service.snapshot()->plan.flows.isEmpty());
        // The held snapshot still reads its own project through its analyses.
        QCOMPARE(held->natAnalyses.size(), nat);
        QVERIFY(held->natAnalyses.first().node);
        QCOMPARE(held->project.node(held->natAnalyses.first().node->id), held->natAnalyses.first().node);
    }
};

QTEST_GUILESS_MAIN(tst_PlanService)
#include "tst_planservice.moc"
