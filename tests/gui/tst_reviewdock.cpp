// The review dock: findings of the newest snapshot, kept in step with every
// edit without resetting the view, filtered by severity, and a click on a
// finding selects its element on the canvas.
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "review/findingsmodel.h"
#include "review/reviewpanel.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

Q_DECLARE_METATYPE(portolan::Findings)

namespace {

QString example()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
}

Finding make(Severity severity, const QString &code, const QString &subject)
{
    return {severity, code, subject, u"message about "_s + subject, u"fix "_s + code};
}

Findings sorted(Findings list)
{
    sortFindings(&list);
    return list;
}

int rowOf(const FindingsModel &model, const QString &code, const QString &subject)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.finding(row).code == code && model.finding(row).subject == subject)
            return row;
    return -1;
}

// The inside address as kong-b's advertised cluster address: its peers in
// dc1 reach it only through the NAT, so review reports an error.
const QString badAdvertise = u"192.168.23.45:7946"_s;
const QString advertiseKey = ElementProperties::settingKey(u"kong-0.x/node"_s, u"cluster_advertise"_s);

} // namespace

class TestReviewDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(u"tst_reviewdock"_s);
        startWithCleanSettings();
    }

    void modelAppliesDifferences_data()
    {
        QTest::addColumn<Findings>("before");
        QTest::addColumn<Findings>("after");
        const Finding e1 = make(Severity::Error, u"a.one"_s, u"n1"_s);
        const Finding e2 = make(Severity::Error, u"a.two"_s, u"n2"_s);
        const Finding w1 = make(Severity::Warning, u"b.one"_s, u"n1"_s);
        const Finding w2 = make(Severity::Warning, u"b.two"_s, u"n3"_s);
        const Finding i1 = make(Severity::Info, u"c.one"_s, u"n4"_s);
        QTest::newRow("from empty") << Findings{} << sorted({e1, w1, i1});
        QTest::newRow("to empty") << sorted({e1, w1, i1}) << Findings{};
        QTest::newRow("insert in the middle") << sorted({e1, i1}) << sorted({e1, e2, w1, w2, i1});
        QTest::newRow("remove in the middle") << sorted({e1, e2, w1, w2, i1}) << sorted({e1, i1});
        QTest::newRow("replace all") << sorted({e1, w1}) << sorted({e2, w2, i1});
        QTest::newRow("interleaved") << sorted({e1, w1, i1}) << sorted({e2, w1, w2});
        QTest::newRow("unchanged") << sorted({e1, w2}) << sorted({e1, w2});
    }

    void modelAppliesDifferences()
    {
        QFETCH(Findings, before);
        QFETCH(Findings, after);
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(before);
        QCOMPARE(model.findings(), before);
        // Rows present in both lists keep their persistent index (selection).
        QList<QPersistentModelIndex> kept;
        for (int row = 0; row < model.rowCount(); ++row)
            if (after.contains(model.finding(row)))
                kept.append(model.index(row, FindingsModel::CodeColumn));
        QList<Finding> keptFindings;
        for (const QPersistentModelIndex &index : std::as_const(kept))
            keptFindings.append(model.finding(index.row()));
        model.setFindings(after);
        QCOMPARE(model.findings(), after);
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QVERIFY(kept[i].isValid());
            QCOMPARE(model.finding(kept[i].row()), keptFindings[i]);
        }
    }

    void findingFollowsEditAndUndo()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example()));
        auto panel = w.findChild<ReviewPanel *>(u"ReviewPanel"_s);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(panel->filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!w.planService()->isBusy() && w.planService()->snapshot()->generation > 0,
                                 10000);
        QTRY_COMPARE(panel->model()->findings(), w.planService()->snapshot()->findings);
        QCOMPARE(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s), -1);

        // Select an unrelated finding: it must stay selected across updates.
        QVERIFY2(
            panel->model()->rowCount() > 0,
            qPrintable(u"generation %1, %2 nodes, %3 flows"_s.arg(w.planService()->snapshot()->generation)
                           .arg(w.planService()->snapshot()->project.nodes.size())
                           .arg(w.planService()->snapshot()->derivation.flows.size())));
        const Finding selected = panel->model()->finding(panel->model()->rowCount() - 1);
        panel->view()->setCurrentIndex(panel->filterModel()->index(panel->filterModel()->rowCount() - 1, 0));
        const int rowsBefore = panel->model()->rowCount();

        w.document()->undoStack()->push(
            new ChangePropertyEdit(w.document(), u"kong-b"_s, advertiseKey, badAdvertise));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s) >= 0,
                                 10000);
        const Finding &error =
            panel->model()->finding(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s));
        QCOMPARE(error.severity, Severity::Error);
        QVERIFY(error.fix.contains(u"192.168.10.5:9000"_s));
        QVERIFY(panel->model()->rowCount() > rowsBefore);
        QVERIFY2(w.findChild<QDockWidget *>(u"ReviewDock"_s)->windowTitle().contains(u"error"_s),
                 qPrintable(w.findChild<QDockWidget *>(u"ReviewDock"_s)->windowTitle()));
        const QModelIndex current = panel->filterModel()->mapToSource(panel->view()->currentIndex());
        QVERIFY(current.isValid());
        QCOMPARE(panel->model()->finding(current.row()), selected);

        w.document()->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s), -1,
                                  10000);
        QCOMPARE(panel->model()->rowCount(), rowsBefore);
        QCOMPARE(
            panel->model()->finding(panel->filterModel()->mapToSource(panel->view()->currentIndex()).row()),
            selected);
    }

    void clickSelectsTheElement()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example()));
        w.document()->undoStack()->push(
            new ChangePropertyEdit(w.document(), u"kong-b"_s, advertiseKey, badAdvertise));
        auto panel = w.findChild<ReviewPanel *>(u"ReviewPanel"_s);
        w.findChild<QDockWidget *>(u"ReviewDock"_s)->raise();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s) >= 0,
                                 10000);
        w.scene()->selectIds({u"kong-a"_s});
        const QModelIndex index = panel->filterModel()->mapFromSource(
            panel->model()->index(rowOf(*panel->model(), u"nat.advertise-unreachable"_s, u"kong-b"_s),
                                  FindingsModel::MessageColumn));
        panel->view()->scrollTo(index);
        const QRect rect = panel->view()->visualRect(index);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(w.scene()->selectedIds(), QStringList{u"kong-b"_s});
        // ... and scrolled into view.
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.intersects(w.scene()->sceneRectOf(u"kong-b"_s)));
    }

    void severityFilter()
    {
        MainWindow w;
        QVERIFY(w.openFile(example()));
        w.document()->undoStack()->push(
            new ChangePropertyEdit(w.document(), u"kong-b"_s, advertiseKey, badAdvertise));
        w.planService()->waitUntilCurrent();
        auto panel = w.findChild<ReviewPanel *>(u"ReviewPanel"_s);
        QTRY_COMPARE(panel->model()->findings(), w.planService()->snapshot()->findings);
        const Findings &all = panel->model()->findings();
        const int errors = countSeverity(all, Severity::Error);
        QVERIFY(errors > 0);
        QCOMPARE(panel->filterModel()->rowCount(), all.size());

        panel->severityButton(Severity::Error)->click(); // hide errors
        QCOMPARE(panel->filterModel()->rowCount(), all.size() - errors);
        for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
            QVERIFY(panel->filterModel()->index(row, 0).data(FindingsModel::SeverityRole).toInt() !=
                    int(Severity::Error));
        panel->setSeverityShown(Severity::Warning, false);
        panel->setSeverityShown(Severity::Info, false);
        QCOMPARE(panel->filterModel()->rowCount(), 0);
        panel->setSeverityShown(Severity::Error, true);
        QCOMPARE(panel->filterModel()->rowCount(), errors);
        QVERIFY(panel->severityButton(Severity::Error)->text().contains(QString::number(errors)));
    }
};

QTEST_MAIN(TestReviewDock)
#include "tst_reviewdock.moc"
