// The catalog browser dock: its models, the comparison of two versions of a
// product (Kong 0.x against 3.3, expectations read from the catalogs), a
// user folder with a broken file, and dragging a component onto the canvas.
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "canvas/palettemime.h"
#include "catalog/catalogtext.h"
#include "catalogs/catalogbrowser.h"
#include "catalogs/catalogdiffmodel.h"
#include "catalogs/catalogtreemodel.h"
#include "catalogs/porttablemodel.h"
#include "catalogs/settingtablemodel.h"
#include "document/document.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

using Change = CatalogDifference::Change;
using Kind = CatalogDifference::Kind;

const CatalogDifference *row(const CatalogDiffModel &model, Kind kind, const QString &id)
{
    for (const CatalogDifference &d : model.rows())
        if (d.kind == kind && d.id == id)
            return &d;
    return nullptr;
}

QSet<QString> ids(const CatalogDiffModel &model, Kind kind, Change change)
{
    QSet<QString> out;
    for (const CatalogDifference &d : model.rows())
        if (d.kind == kind && d.change == change)
            out.insert(d.id);
    return out;
}

template <typename List, typename Member> QSet<QString> idSet(const List &list, Member member)
{
    QSet<QString> out;
    for (const auto &e : list)
        out.insert(e.*member);
    return out;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// A small valid catalog; `audience` lands on line 20 so a bad value there
// has a known position.
QByteArray catalogText(const QString &id, const QString &version, const QString &audience, int port)
{
    return uR"(format: 1
id: %1
product: acme
product_name: Acme
version: "%2"
title: Acme %2
sources:
  - id: manual
    title: Acme manual
    document: https://example.com/acme
components:
  - id: server
    title: Acme server
    ports:
      - id: api
        title: API
        protocol: tcp
        port: %4
        source: manual
        audience: %3
        quote: "The API listens on %4."
)"_s.arg(id, version, audience)
        .arg(port)
        .toUtf8();
}

// Screenshots for the documentation when PORTOLAN_SCREENSHOT_DIR is set.
void maybeGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1500, 760);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestCatalogBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheTester();
    void kongZeroAgainstThreeThree();
    void userFolderWithABrokenFile();
    void componentDragsOntoTheCanvas();
};

void TestCatalogBrowser::modelsPassTheTester()
{
    Document document;
    CatalogBrowser browser(&document);
    QAbstractItemModelTester tree(browser.treeModel(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ports(browser.portModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester settings(browser.settingModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diff(browser.diffModel(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Products, then versions, then components, as the catalogs say.
    const CatalogSet &catalogs = document.catalogs();
    CatalogTreeModel *model = browser.treeModel();
    QCOMPARE(model->catalogs().catalogs().size(), catalogs.catalogs().size());
    const QModelIndex kong = model->indexOf(u"kong-3.3"_s);
    QVERIFY(kong.isValid());
    QCOMPARE(kong.parent().data().toString(), u"Kong"_s);
    QCOMPARE(model->rowCount(kong.parent()), 3); // 0.x, 3.3, Enterprise
    for (const Catalog &c : catalogs.catalogs()) {
        for (const ComponentDef &component : c.components) {
            const QModelIndex index = model->indexOf(c.id, component.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), component.title);
            QVERIFY(model->flags(index) & Qt::ItemIsDragEnabled);
            browser.showComponent(c.id, component.id);
            QCOMPARE(browser.portModel()->rowCount(), component.ports.size());
            QCOMPARE(browser.settingModel()->rowCount(), component.settings.size());
        }
    }

    // A port row: number with its setting, audience, source document, quote.
    browser.showComponent(u"kong-0.x"_s, u"node"_s);
    maybeGrab(&browser, u"catalog-browser-ports.png"_s);
    const Catalog *zero = catalogs.catalog(u"kong-0.x"_s);
    const ComponentDef *node = zero->component(u"node"_s);
    const int cluster = int(std::find_if(node->ports.begin(), node->ports.end(),
                                         [](const PortDef &port) { return port.id == u"cluster"_s; }) -
                            node->ports.begin());
    PortTableModel *p = browser.portModel();
    QCOMPARE(p->index(cluster, PortTableModel::IdColumn).data().toString(), u"cluster"_s);
    QCOMPARE(p->index(cluster, PortTableModel::ProtocolColumn).data().toString(), u"tcp+udp"_s);
    QCOMPARE(p->index(cluster, PortTableModel::PortColumn).data().toString(),
             u"7946 \u2190 cluster_listen"_s);
    QCOMPARE(p->index(cluster, PortTableModel::AudienceColumn).data().toString(), u"peers"_s);
    QCOMPARE(p->index(cluster, PortTableModel::SourceColumn).data().toString(),
             zero->sourceDocument(node->port(u"cluster"_s)->source)->title);
    QCOMPARE(p->index(cluster, PortTableModel::QuoteColumn).data().toString(),
             node->port(u"cluster"_s)->quote);
    // A setting row: key, default, description.
    SettingTableModel *s = browser.settingModel();
    QCOMPARE(s->index(0, SettingTableModel::KeyColumn).data().toString(), node->settings[0].key);
    QCOMPARE(s->index(0, SettingTableModel::DefaultColumn).data().toString(), node->settings[0].defaultValue);
    QCOMPARE(s->index(0, SettingTableModel::DescriptionColumn).data().toString(), node->settings[0].title);

    browser.compare(u"kong-0.x"_s, u"kong-enterprise"_s);
    QVERIFY(browser.diffModel()->rowCount() > 0);
    browser.diffModel()->setDifferencesOnly(true);
    browser.compare(u"livekit-server"_s, u"livekit-sip"_s);
    browser.diffModel()->setDifferencesOnly(false);
}

void TestCatalogBrowser::kongZeroAgainstThreeThree()
{
    Document document;
    CatalogBrowser browser(&document);
    browser.compare(u"kong-0.x"_s, u"kong-3.3"_s);
    const CatalogDiffModel &diff = *browser.diffModel();
    QCOMPARE(diff.headerData(CatalogDiffModel::LeftColumn, Qt::Horizontal).toString(), u"Kong 0.x"_s);
    QCOMPARE(diff.headerData(CatalogDiffModel::RightColumn, Qt::Horizontal).toString(), u"Kong 3.3"_s);

    // Added and removed ports and settings are exactly the ids only one
    // version has.
    const ComponentDef *zero = document.catalogs().component(u"kong-0.x/node"_s);
    const ComponentDef *three = document.catalogs().component(u"kong-3.3/node"_s);
    const QSet<QString> zeroPorts = idSet(zero->ports, &PortDef::id);
    const QSet<QString> threePorts = idSet(three->ports, &PortDef::id);
    QCOMPARE(ids(diff, Kind::Port, Change::Removed), zeroPorts - threePorts);
    QCOMPARE(ids(diff, Kind::Port, Change::Added), threePorts - zeroPorts);
    const QSet<QString> zeroKeys = idSet(zero->settings, &SettingDef::key);
    const QSet<QString> threeKeys = idSet(three->settings, &SettingDef::key);
    QCOMPARE(ids(diff, Kind::Setting, Change::Removed), zeroKeys - threeKeys);
    QCOMPARE(ids(diff, Kind::Setting, Change::Added), threeKeys - zeroKeys);

    // The facts the seeds state: cluster 7946 tcp+udp between peers only in
    // 0.x, the local RPC port gone, the HTTPS Admin API 8444 new in 3.3.
    const CatalogDifference *cluster = row(diff, Kind::Port, u"cluster"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->change, Change::Removed);
    QVERIFY2(cluster->left.startsWith(u"7946 tcp+udp \u00b7 peers"_s), qPrintable(cluster->left));
    QVERIFY(cluster->right.isEmpty());
    QCOMPARE(row(diff, Kind::Port, u"cluster-rpc"_s)->change, Change::Removed);
    const CatalogDifference *adminSsl = row(diff, Kind::Port, u"admin-ssl"_s);
    QCOMPARE(adminSsl->change, Change::Added);
    QVERIFY2(adminSsl->right.startsWith(u"8444 tcp \u00b7 admins"_s), qPrintable(adminSsl->right));
    QVERIFY(row(diff, Kind::Port, u"stream"_s)->right.contains(u"off by default"_s));
    // Same id, same number: the Admin API moved from admin_api_listen to
    // admin_listen, so it changed in its setting but not in its port.
    const CatalogDifference *admin = row(diff, Kind::Port, u"admin"_s);
    QCOMPARE(admin->change, Change::Changed);
    QCOMPARE(admin->fields, QStringList{u"setting"_s});
    QCOMPARE(row(diff, Kind::Port, u"proxy-ssl"_s)->fields, QStringList{u"setting"_s});
    QCOMPARE(row(diff, Kind::Port, u"proxy"_s)->change, Change::Unchanged);
    QCOMPARE(row(diff, Kind::Setting, u"proxy_listen"_s)->fields, QStringList{u"default"_s});
    QCOMPARE(row(diff, Kind::Component, u"node"_s)->fields, QStringList{u"clustered"_s});

    // Marked in the table: sign and colour.
    const int clusterRow = int(diff.rows().indexOf(*cluster));
    QVERIFY(diff.index(clusterRow, CatalogDiffModel::ChangeColumn).data().toString().startsWith(u"\u2212"_s));
    QVERIFY(diff.index(clusterRow, CatalogDiffModel::LeftColumn).data(Qt::BackgroundRole).isValid());
    browser.showComparison();
    maybeGrab(&browser, u"catalog-browser-diff.png"_s);
    // Differences only hides the unchanged proxy port, keeps the rest.
    const qsizetype all = diff.rows().size();
    browser.diffModel()->setDifferencesOnly(true);
    QVERIFY(!row(diff, Kind::Port, u"proxy"_s));
    QVERIFY(row(diff, Kind::Port, u"cluster"_s));
    QVERIFY(diff.rows().size() < all);
    // The UI says what "the same port" means.
    auto rule = browser.findChild<QLabel *>(u"CompareRule"_s);
    QVERIFY(rule && rule->text().contains(CatalogDiff::matchingRule()));
}

void TestCatalogBrowser::userFolderWithABrokenFile()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"acme-1.yaml"_s), catalogText(u"acme-1"_s, u"1"_s, u"clients"_s, 9000));
    writeFile(dir.filePath(u"acme-2.yaml"_s), catalogText(u"acme-2"_s, u"2"_s, u"admins"_s, 9100));
    writeFile(dir.filePath(u"broken.yaml"_s), catalogText(u"broken"_s, u"3"_s, u"everyone"_s, 9200));

    Document document;
    CatalogBrowser browser(&document);
    QAbstractItemModelTester tree(browser.treeModel(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(browser.errorLines().isEmpty());
    QVERIFY(!browser.loadFolder(dir.path()));
    // The broken file is named with line and column; nothing of it is shown.
    const QStringList errors = browser.errorLines();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(dir.filePath(u"broken.yaml"_s) + u":20:"_s),
             qPrintable(errors.first()));
    QVERIFY(!browser.treeModel()->indexOf(u"broken"_s).isValid());
    // The good ones and the bundled ones are there; the loaded ones are for
    // browsing (the project does not know them), so they do not drag.
    const QModelIndex acme = browser.treeModel()->indexOf(u"acme-1"_s, u"server"_s);
    QVERIFY(acme.isValid());
    QVERIFY(!(browser.treeModel()->flags(acme) & Qt::ItemIsDragEnabled));
    QVERIFY(browser.treeModel()->indexOf(u"kong-0.x"_s).isValid());
    browser.showComponent(u"acme-1"_s, u"server"_s);
    QCOMPARE(browser.portModel()->index(0, PortTableModel::PortColumn).data().toString(), u"9000"_s);
    // Two loaded versions of a product compare like bundled ones.
    browser.compare(u"acme-1"_s, u"acme-2"_s);
    const CatalogDifference *api = row(*browser.diffModel(), Kind::Port, u"api"_s);
    QVERIFY(api);
    QCOMPARE(api->fields, (QStringList{u"port"_s, u"audience"_s}));

    // Loading it again neither duplicates the catalogs nor the errors; a
    // missing folder is reported by name.
    const int versions = browser.treeModel()->rowCount(acme.parent().parent());
    QVERIFY(!browser.loadFolder(dir.path()));
    QCOMPARE(browser.errorLines().size(), 1);
    QCOMPARE(browser.treeModel()->rowCount(browser.treeModel()->indexOf(u"acme-1"_s).parent()), versions);
    const QString missing = dir.filePath(u"missing"_s);
    QVERIFY(!browser.loadFolder(missing));
    QVERIFY(browser.errorLines().last().startsWith(missing + u": "_s));
    QVERIFY(browser.treeModel()->indexOf(u"acme-2"_s).isValid());
}

void TestCatalogBrowser::componentDragsOntoTheCanvas()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml")));
    auto dock = w.findChild<QDockWidget *>(u"CatalogBrowserDock"_s);
    QVERIFY(dock);
    dock->toggleViewAction()->trigger(); // what View > Catalogs does
    QVERIFY(dock->isVisible());
    auto browser = qobject_cast<CatalogBrowser *>(dock->widget());
    QVERIFY(browser);

    const QString node = u"kong-a"_s;
    QVERIFY(!w.document()->project().node(node)->components.isEmpty());
    const qsizetype before = w.document()->project().node(node)->components.size();
    const QModelIndex sip = browser->treeModel()->indexOf(u"livekit-sip"_s, u"sip"_s);
    std::unique_ptr<QMimeData> mime(browser->treeModel()->mimeData({sip}));
    QVERIFY(mime);
    const auto entry = PaletteEntry::fromMime(mime.get());
    QVERIFY(entry);
    QCOMPARE(entry->component, u"livekit-sip/sip"_s);

    w.view()->centerOn(w.scene()->sceneRectOf(node).center());
    QWidget *viewport = w.view()->viewport();
    const QPoint at = w.view()->mapFromScene(w.scene()->sceneRectOf(node).center());
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    const auto &components = w.document()->project().node(node)->components;
    QCOMPARE(components.size(), before + 1);
    QCOMPARE(components.last().component, u"livekit-sip/sip"_s);
}

QTEST_MAIN(TestCatalogBrowser)
#include "tst_catalogbrowser.moc"
