// The rules view: rule sets as exported, counts against the review's
// limits, and rule selection driving FlowSelection.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "catalog/catalogset.h"
#include "mainwindow.h"
#include "project/projectreader.h"
#include "review/rulelimits.h"
#include "rules/rulesmodel.h"
#include "rules/rulespanel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name + u".yaml"_s;
}

std::optional<Project> projectOf(const QString &name, const CatalogSet &catalogs)
{
    Diagnostics errors;
    return ProjectReader::readFile(example(name), catalogs, &errors);
}

int total(const RuleSet &set)
{
    int n = 0;
    for (Direction d : {Direction::Ingress, Direction::Egress})
        for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
            n += set.count(d, f);
    return n;
}

} // namespace

class TestRulesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"PortolanTest"_s);
        QApplication::setApplicationName(u"tst_rulesview"_s);
        QSettings().clear();
        QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    }

    void countsMatchRuleSets_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"kong-0x-two-datacenters-nat", "cumulocity-on-premises",
                                 "kong-3.3-lb-stream-transparent", "livekit-sip-aws"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void countsMatchRuleSets()
    {
        QFETCH(QString, name);
        const CatalogSet catalogs = CatalogSet::bundled();
        const auto project = projectOf(name, catalogs);
        QVERIFY(project);
        const PlanSnapshotPtr snapshot = PlanSnapshot::compute(1, *project, catalogs);
        RulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        const QList<RuleSet> &sets = snapshot->derivation.ruleSets;
        QVERIFY(!sets.isEmpty());
        QCOMPARE(model.rowCount(), sets.size());
        for (int s = 0; s < sets.size(); ++s) {
            const RuleSet &set = sets[s];
            const QModelIndex row = model.index(s, 0);
            QCOMPARE(row.data(RulesModel::RuleSetIdRole).toString(), set.id);
            QCOMPARE(model.rowCount(row), set.rules.size() + set.redirects.size());
            const RuleLimit limit = RuleLimit::of(set);
            const int expected = limit.isLimited() ? limit.countOf(set) : total(set);
            QCOMPARE(row.data(RulesModel::CountRole).toInt(), expected);
            QCOMPARE(row.data(RulesModel::LimitRole).toInt(), limit.max);
            const QString shown = model.index(s, RulesModel::Count).data().toString();
            QCOMPARE(shown, limit.isLimited() ? u"%1 / %2"_s.arg(expected).arg(limit.max)
                                              : QString::number(expected));
            // Each rule shows what it adds to RuleSet::count.
            int sum = 0;
            for (int r = 0; r < set.rules.size(); ++r) {
                sum += model.index(r, RulesModel::Count, row).data().toInt();
                QCOMPARE(model.index(r, 0, row).data(RulesModel::FlowKeysRole).toStringList(),
                         set.rules[r].flowKeys);
                QCOMPARE(model.index(r, RulesModel::Point, row).data().toString(),
                         directionName(set.rules[r].direction));
            }
            QCOMPARE(sum, total(set));
        }
    }

    void overLimitIsFlaggedLikeTheReview()
    {
        // 70 SIP trunk addresses: the SIP node's AWS security group needs
        // more than 60 ingress IPv4 rules.
        const CatalogSet catalogs = CatalogSet::bundled();
        auto project = projectOf(u"livekit-sip-aws"_s, catalogs);
        QVERIFY(project);
        Zone *trunk = project->zone(u"sip-trunk"_s);
        QVERIFY(trunk);
        trunk->cidrs.clear();
        for (int i = 1; i <= 70; ++i)
            trunk->cidrs.append(*Cidr::parse(u"198.51.100.%1"_s.arg(i)));
        const PlanSnapshotPtr snapshot = PlanSnapshot::compute(1, *project, catalogs);
        RulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QStringList over;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex row = model.index(s, 0);
            if (!row.data(RulesModel::OverLimitRole).toBool()) {
                QVERIFY(!row.data(Qt::BackgroundRole).isValid());
                continue;
            }
            over.append(row.data(RulesModel::RuleSetIdRole).toString());
            QVERIFY(row.data(RulesModel::CountRole).toInt() > row.data(RulesModel::LimitRole).toInt());
            QVERIFY(row.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
            QVERIFY(model.index(s, RulesModel::Count).data(Qt::ForegroundRole).isValid());
        }
        QVERIFY(over.contains(u"sg:livekit-sip"_s));
        // The review judges the same sets over the limit.
        QStringList reviewed;
        for (const Finding &f : snapshot->findings)
            if (f.code == u"limits.rules-exceeded"_s)
                reviewed.append(f.message.section(u' ', 0, 0));
        reviewed.removeDuplicates();
        std::sort(reviewed.begin(), reviewed.end());
        std::sort(over.begin(), over.end());
        QCOMPARE(over, reviewed);
    }

    void selectingRulesSelectsFlows()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example(u"kong-0x-two-datacenters-nat"_s)));
        w.planService()->waitUntilCurrent();
        RulesPanel *panel = w.rulesPanel();
        // Behind the Flows tab the rules wait for a look; in front they
        // show the newest plan.
        w.findChild<QDockWidget *>(u"FlowsDock"_s)->raise();
        QTRY_VERIFY(!panel->isShown());
        w.planService()->refresh();
        w.planService()->waitUntilCurrent();
        QVERIFY(panel->model()->snapshot() != w.planService()->snapshot());
        w.findChild<QDockWidget *>(u"RulesDock"_s)->raise();
        QTRY_VERIFY(panel->isShown());
        QCOMPARE(panel->model()->snapshot(), w.planService()->snapshot());
        QTreeView *view = panel->view();
        const QModelIndex set = panel->proxy()->index(0, 0);
        QVERIFY(panel->proxy()->rowCount(set) > 0);
        const QModelIndex rule = panel->proxy()->index(0, 0, set);
        view->expand(set);
        view->selectionModel()->select(rule, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QStringList expected = rule.data(RulesModel::FlowKeysRole).toStringList();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(w.flowSelection()->keys(), expected);
        // The rule allowing a flow selected elsewhere is shown in bold.
        w.flowSelection()->setKeys({expected.first()});
        QVERIFY(rule.data(Qt::FontRole).value<QFont>().bold());
        // The search keeps a point when one of its rules matches.
        panel->searchField()->setText(u"7946"_s);
        QVERIFY(panel->proxy()->rowCount() > 0);
        QVERIFY(panel->proxy()->rowCount() < panel->model()->rowCount());
    }
};

QTEST_MAIN(TestRulesView)
#include "tst_rulesview.moc"
