// The flows table: model, filter proxy, CSV copy and the selection it
// shares with the canvas.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "catalog/catalogset.h"
#include "document/document.h"
#include "flows/csvwriter.h"
#include "flows/flowfilterproxy.h"
#include "flows/flowlayer.h"
#include "flows/flowpathitem.h"
#include "flows/flowspanel.h"
#include "flows/flowtablemodel.h"
#include "mainwindow.h"
#include "project/projectreader.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name + u".yaml"_s;
}

PlanSnapshotPtr snapshotOf(const QString &name)
{
    Diagnostics errors;
    const CatalogSet catalogs = CatalogSet::bundled(&errors);
    auto project = ProjectReader::readFile(example(name), catalogs, &errors);
    if (!project)
        return {};
    return PlanSnapshot::compute(1, *project, catalogs);
}

// RFC 4180 reader, enough to read back what CsvWriter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList visibleColumn(const QAbstractItemModel *m, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, column).data(role).toString());
    return out;
}

} // namespace

class TestFlowTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"PortolanTest"_s);
        QApplication::setApplicationName(u"tst_flowtable"_s);
    }
    void init()
    {
        QSettings().clear();
        QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    }

    void modelIsSound_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"kong-0x-two-datacenters-nat", "cumulocity-on-premises",
                                 "kong-3.3-lb-stream-transparent", "livekit-sip-aws"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void modelIsSound()
    {
        QFETCH(QString, name);
        const PlanSnapshotPtr snapshot = snapshotOf(name);
        QVERIFY(snapshot);
        FlowTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), snapshot->derivation.flows.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            const Flow &f = snapshot->derivation.flows[r];
            QCOMPARE(model.index(r, 0).data(FlowTableModel::FlowKeyRole).toString(), f.key());
            QCOMPARE(model.rowOf(f.key()), r);
            QCOMPARE(model.index(r, FlowTableModel::Source).data().toString(), f.source.id);
            QCOMPARE(model.index(r, FlowTableModel::Product).data().toString(), f.product);
        }
        proxy.setText(u"tcp"_s);
        proxy.setAudience(u"clients"_s);
        proxy.setText({});
        model.setSnapshot(snapshotOf(u"kong-0x-two-datacenters-nat"_s)); // a reset under a filter
    }

    void anEditSignalsOnlyItsRows()
    {
        // A port edit changes a flow in place: the rows stay (no reset, the
        // view keeps its selection and sort), the changed one says so and
        // is found under its new key.
        Diagnostics errors;
        const CatalogSet catalogs = CatalogSet::bundled(&errors);
        auto project = ProjectReader::readFile(example(u"kong-0x-two-datacenters-nat"_s), catalogs, &errors);
        QVERIFY(project);
        const PlanSnapshotPtr before = PlanSnapshot::compute(1, *project, catalogs);
        Node *node = project->node(u"kong-a"_s);
        QVERIFY(node && !node->components.isEmpty());
        node->components.first().settings.insert(u"proxy_listen_ssl"_s, u"0.0.0.0:9443"_s);
        const PlanSnapshotPtr after = PlanSnapshot::compute(2, *project, catalogs, before);
        QVERIFY(after->changedFlowsSince(before.get()));
        const QList<qsizetype> changed = *after->changedFlowsSince(before.get());
        QVERIFY(!changed.isEmpty());

        FlowTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(before);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsChanged(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(after);
        QCOMPARE(resets.size(), 0);
        QList<qsizetype> signalled;
        for (const QList<QVariant> &signal : std::as_const(rowsChanged)) {
            const auto topLeft = signal[0].value<QModelIndex>(), bottomRight = signal[1].value<QModelIndex>();
            QCOMPARE(topLeft.row(), bottomRight.row());
            signalled.append(topLeft.row());
        }
        QCOMPARE(signalled, changed);
        for (int r = 0; r < model.rowCount(); ++r) {
            const Flow &f = after->derivation.flows[r];
            QCOMPARE(model.index(r, 0).data(FlowTableModel::FlowKeyRole).toString(), f.key());
            QCOMPARE(model.rowOf(f.key()), r);
        }
        bool portMoved = false;
        for (qsizetype r : changed) {
            const QString oldKey = before->derivation.flows[r].key();
            if (oldKey != after->derivation.flows[r].key()) {
                QCOMPARE(model.rowOf(oldKey), -1);
                portMoved = true;
            }
        }
        QVERIFY2(portMoved, "the edit should change a flow's ports, and so its key");
        // Given a snapshot it was not computed from, the model starts over.
        model.setSnapshot(PlanSnapshot::compute(3, *project, catalogs, before));
        QCOMPARE(resets.size(), 1);
    }

    // Issue 17: the table says which flows cannot work, where they stop and
    // why; the tooltip follows the packet hop by hop as explain does. The
    // Kong 0.x example's edge maps 443 to 8443: moved to 9443, the internet
    // consumers' flow to Kong A stops at that NAT.
    void pathColumnSaysWhereAFlowStops()
    {
        Diagnostics errors;
        const CatalogSet catalogs = CatalogSet::bundled(&errors);
        auto project = ProjectReader::readFile(example(u"kong-0x-two-datacenters-nat"_s), catalogs, &errors);
        QVERIFY(project);
        FlowTableModel model;
        model.setSnapshot(PlanSnapshot::compute(1, *project, catalogs));
        auto rowOf = [&](const QString &source, const QString &destination, int port) {
            for (int r = 0; r < model.rowCount(); ++r) {
                const Flow &f = model.flow(r);
                if (f.source.id == source && f.destination.id == destination && f.ports.from == port)
                    return r;
            }
            return -1;
        };
        auto cell = [&](int row, int role) {
            return model.data(model.index(row, FlowTableModel::Path), role);
        };
        QCOMPARE(model.headerData(FlowTableModel::Path, Qt::Horizontal).toString(), u"Path"_s);
        int row = rowOf(u"api-consumers"_s, u"kong-a"_s, 8443);
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, Qt::DisplayRole).toString(), u"works"_s);
        QVERIFY(!cell(row, Qt::ForegroundRole).isValid());
        const QString works = cell(row, Qt::ToolTipRole).toString();
        QVERIFY2(works.contains(u"NAT translates 203.0.113.21:443 -> 192.168.1.10:8443"_s),
                 qPrintable(works));
        QVERIFY2(works.contains(u"kong-a: receives it"_s), qPrintable(works));

        project->node(u"kong-a"_s)
            ->components.first()
            .settings.insert(u"proxy_listen_ssl"_s, u"0.0.0.0:9443"_s);
        model.setSnapshot(PlanSnapshot::compute(2, *project, catalogs));
        row = rowOf(u"api-consumers"_s, u"kong-a"_s, 9443);
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, Qt::DisplayRole).toString(), u"cannot work at edge-dc1"_s);
        QCOMPARE(cell(row, Qt::ForegroundRole).value<QBrush>().color(), FlowBundles::cannotWorkColor());
        QCOMPARE(
            model.data(model.index(row, FlowTableModel::Source), Qt::ForegroundRole).value<QBrush>().color(),
            FlowBundles::cannotWorkColor()); // the whole row
        const QString broken = cell(row, Qt::ToolTipRole).toString();
        QVERIFY2(broken.contains(u"edge-dc1"_s) && broken.contains(u"stops here"_s), qPrintable(broken));
        QVERIFY2(!broken.contains(u"receives it"_s), qPrintable(broken));
        // Kong B's consumers are untouched.
        QCOMPARE(cell(rowOf(u"api-consumers"_s, u"kong-b"_s, 8443), Qt::DisplayRole).toString(), u"works"_s);
    }

    void filters()
    {
        FlowTableModel model;
        FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSnapshot(snapshotOf(u"cumulocity-on-premises"_s));
        const int all = proxy.rowCount();

        proxy.setElement(u"ext-fw"_s); // a hop, not an end
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, FlowTableModel::Via).data().toString().contains(u"ext-fw"_s));
        proxy.setElement({});

        proxy.setAudience(u"admins"_s);
        const QStringList audiences = visibleColumn(&proxy, FlowTableModel::Audience);
        QVERIFY(!audiences.isEmpty());
        QCOMPARE(QSet<QString>(audiences.cbegin(), audiences.cend()), QSet<QString>({u"Admins"_s}));
        proxy.setAudience({});

        proxy.setProtocol(u"udp"_s);
        QVERIFY(proxy.rowCount() > 0);
        for (const QString &p : visibleColumn(&proxy, FlowTableModel::Protocol))
            QCOMPARE(p, u"udp"_s);
        proxy.setProtocol({});

        proxy.setProduct(u"No such product"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setProduct(u"Cumulocity"_s);
        QCOMPARE(proxy.rowCount(), all);

        proxy.setText(u"  OPCUA "_s); // trimmed, case-insensitive, any column
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            bool found = false;
            for (int c = 0; c < proxy.columnCount(); ++c)
                found |= proxy.index(r, c).data().toString().contains(u"opcua"_s, Qt::CaseInsensitive);
            QVERIFY(found);
        }
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), all);
    }

    void sortsPortsAsNumbers()
    {
        FlowTableModel model;
        FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSnapshot(snapshotOf(u"livekit-sip-aws"_s));
        proxy.sort(FlowTableModel::Ports, Qt::AscendingOrder);
        int last = -1;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int port = proxy.index(r, FlowTableModel::Ports).data(FlowTableModel::SortRole).toInt();
            QVERIFY2(port >= last, qPrintable(u"row %1: %2 after %3"_s.arg(r).arg(port).arg(last)));
            last = port;
        }
        // "10000-20000" must come after "5060" (text order would put it first).
        const QStringList ports = visibleColumn(&proxy, FlowTableModel::Ports);
        QVERIFY(ports.indexOf(u"10000-20000"_s) > ports.indexOf(u"5060"_s));
    }

    void csvEscapesHostileText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"kong-a"_s << u"kong-a"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
        QTest::newRow("shell") << u"$(rm -rf /)"_s << u"$(rm -rf /)"_s;
    }
    void csvEscapesHostileText()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void csvOfHostileProject()
    {
        // Names a user may type, in the columns the table shows: the copy
        // reads back to the same cells, one record per row.
        const PlanSnapshotPtr base = snapshotOf(u"kong-0x-two-datacenters-nat"_s);
        Project project = base->project;
        const QString hostile = u"evil, \"quoted\"\nline=1"_s;
        for (Client &c : project.clients)
            if (c.id == u"operators"_s)
                c.id = hostile;
        FlowTableModel model;
        model.setSnapshot(PlanSnapshot::compute(2, project, base->catalogs));
        QList<int> rows;
        bool seen = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            rows.append(r);
            seen |= model.index(r, FlowTableModel::Source).data().toString() == hostile;
        }
        QVERIFY(seen);
        const QList<QStringList> records = parseCsv(FlowsPanel::csvOf(&model, rows));
        QCOMPARE(records.size(), model.rowCount() + 1);
        QCOMPARE(records.first().size(), int(FlowTableModel::ColumnCount));
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                QCOMPARE(records[r + 1][c], model.index(r, c).data().toString());
    }

    void selectionFollowsBothWays()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example(u"kong-0x-two-datacenters-nat"_s)));
        w.planService()->waitUntilCurrent();
        FlowsPanel *panel = w.flowsPanel();
        QTableView *view = panel->view();
        QCOMPARE(panel->model()->rowCount(), w.planService()->snapshot()->derivation.flows.size());

        // Table -> FlowSelection -> canvas.
        view->selectRow(2);
        const QString key = view->model()->index(2, 0).data(FlowTableModel::FlowKeyRole).toString();
        QCOMPARE(w.flowSelection()->keys(), QStringList{key});
        QVERIFY(w.flowLayer()->itemForFlow(key)->isHighlighted());

        // Canvas -> FlowSelection -> table.
        FlowPathItem *item = nullptr;
        for (FlowPathItem *i : w.flowLayer()->items())
            if (i->bundle().pathKey() == u"kong-b>kong-a|vpn-dc1-dc2"_s) // tcp and udp 7946
                item = i;
        QVERIFY(item);
        w.flowLayer()->select(item->flowKeys(), false);
        QStringList selected;
        for (const QModelIndex &row : view->selectionModel()->selectedRows())
            selected.append(row.data(FlowTableModel::FlowKeyRole).toString());
        selected.sort();
        QCOMPARE(selected, item->flowKeys());

        // A filter that hides a selected flow keeps it selected elsewhere.
        panel->textFilter()->setText(u"udp"_s);
        QCOMPARE(w.flowSelection()->keys(), item->flowKeys());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        panel->textFilter()->clear();
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);

        // Ctrl+C copies the selected rows.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QList<QStringList> copied = parseCsv(QApplication::clipboard()->text());
        QCOMPARE(copied.size(), 3);
        QCOMPARE(copied[0][0], u"Source"_s);
        QCOMPARE(copied[1][FlowTableModel::Source], item->bundle().source.id);
        QCOMPARE(parseCsv(panel->csv(true)).size(), panel->proxy()->rowCount() + 1);

        // The element filter lists the project's elements.
        QVERIFY(panel->elementFilter()->findData(u"nat-dc2"_s) > 0);
        panel->elementFilter()->setCurrentIndex(panel->elementFilter()->findData(u"nat-dc2"_s));
        QVERIFY(panel->proxy()->rowCount() > 0);
        QVERIFY(panel->proxy()->rowCount() < panel->model()->rowCount());
    }
};

QTEST_MAIN(TestFlowTable)
#include "tst_flowtable.moc"
