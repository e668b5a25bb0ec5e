// PlanService: the snapshot it delivers off the UI thread is the derivation
// and review of the document as it stands after the last edit.
#include "analysis/planservice.h"
#include "derive/deriver.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/moveelementsedit.h"
#include "review/reviewer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class tst_PlanService : public QObject
{
    Q_OBJECT

private:
    static QString example()
    {
        return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
    }

    // The snapshot equals a synchronous derivation + review of the document.
    static void verifyCurrent(const Document &document, const PlanSnapshot &snapshot)
    {
        verifyEqualsSequential(document.project(), document.catalogs(), snapshot);
    }

    // PlanSnapshot::compute spreads the work over two threads; what it
    // gives must be what derive + review give one after the other.
    static void verifyEqualsSequential(const Project &project, const CatalogSet &catalogs,
                                       const PlanSnapshot &snapshot)
    {
        const Derivation derivation = Deriver::derive(project, catalogs);
        QCOMPARE(snapshot.derivation.flows, derivation.flows);
        QCOMPARE(snapshot.derivation.localPorts, derivation.localPorts);
        QCOMPARE(snapshot.derivation.refused, derivation.refused);
        QCOMPARE(snapshot.derivation.ruleSets.size(), derivation.ruleSets.size());
        for (qsizetype i = 0; i < derivation.ruleSets.size(); ++i) {
            QCOMPARE(snapshot.derivation.ruleSets[i].id, derivation.ruleSets[i].id);
            QCOMPARE(snapshot.derivation.ruleSets[i].addresses, derivation.ruleSets[i].addresses);
            QCOMPARE(snapshot.derivation.ruleSets[i].rules, derivation.ruleSets[i].rules);
            QCOMPARE(snapshot.derivation.ruleSets[i].redirects, derivation.ruleSets[i].redirects);
        }
        QCOMPARE(snapshot.findings, Reviewer::review(project, catalogs, derivation));
    }

private Q_SLOTS:
    void computeEqualsDeriveThenReview_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
        for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void computeEqualsDeriveThenReview()
    {
        QFETCH(QString, path);
        Document document;
        Diagnostics errors;
        QVERIFY2(document.load(path, &errors), qPrintable(path));
        const PlanSnapshotPtr first = PlanSnapshot::compute(1, document.project(), document.catalogs());
        verifyEqualsSequential(document.project(), document.catalogs(), *first);
        // Given the previous snapshot, equal flows come out sharing its
        // data (the views' comparisons are then pointer comparisons), and
        // the result is the same.
        const PlanSnapshotPtr second =
            PlanSnapshot::compute(2, document.project(), document.catalogs(), first);
        verifyEqualsSequential(document.project(), document.catalogs(), *second);
        QVERIFY(!second->derivation.flows.isEmpty());
        for (qsizetype i = 0; i < second->derivation.flows.size(); ++i) {
            QCOMPARE(second->derivation.flows[i].component.constData(),
                     first->derivation.flows[i].component.constData());
            QCOMPARE(second->derivation.flows[i].source.cidrs.constData(),
                     first->derivation.flows[i].source.cidrs.constData());
        }
    }

    void deliversTheLoadedProject()
    {
        Document document;
        PlanService service(&document);
        QSignalSpy ready(&service, &PlanService::snapshotReady);
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 10000);
        QVERIFY(!service.snapshot()->derivation.flows.isEmpty());
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
        const QString key = ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen_ssl"_s);
        for (const QString &text : {u"0.0.0.0:9"_s, u"0.0.0.0:94"_s, u"0.0.0.0:944"_s, u"0.0.0.0:9443"_s})
            document.undoStack()->push(new ChangePropertyEdit(&document, u"kong-a"_s, key, text));
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 10000);
        QVERIFY(service.snapshot()->generation > before);
        // Coalesced: far fewer runs than edits, and the last one is current.
        QVERIFY2(ready.size() <= 2, qPrintable(QString::number(ready.size())));
        verifyCurrent(document, *service.snapshot());
        bool moved = false;
        for (const Flow &flow : service.snapshot()->derivation.flows)
            moved = moved || (flow.destination.id == u"kong-a"_s && flow.ports.from == 9443);
        QVERIFY2(moved, "the proxy flow to kong-a should now be on 9443");
    }

    void movingChangesNothingDerived()
    {
        Document document;
        Diagnostics errors;
        QVERIFY(document.load(example(), &errors));
        PlanService service(&document);
        service.waitUntilCurrent();
        QSignalSpy busy(&service, &PlanService::busyChanged);
        document.undoStack()->push(new MoveElementsEdit(&document, {{u"kong-a"_s, QPointF(1234, 567)}}));
        QVERIFY(!service.isBusy());
        QCOMPARE(busy.size(), 0);
        // Negative control: a property edit does start a run.
        document.undoStack()->push(new ChangePropertyEdit(&document, u"kong-a"_s, u"name"_s, u"Kong A1"_s));
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
        QVERIFY(service.snapshot()->derivation.flows.isEmpty());
        // The held snapshot still reads its own project through its analyses.
        QCOMPARE(held->natAnalyses.size(), nat);
        QVERIFY(held->natAnalyses.first().node);
        QCOMPARE(held->project.node(held->natAnalyses.first().node->id), held->natAnalyses.first().node);
    }
};

QTEST_GUILESS_MAIN(tst_PlanService)
#include "tst_planservice.moc"
