// Catalog loading: broken catalogs give the diagnostic their .expect names;
// users' catalogs load from $PORTOLAN_CATALOG_PATH and from `catalogs/`
// beside a project, with the same error reporting; a bundled id cannot be
// replaced.
#include "expectation.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "project/projectreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kFixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/catalogs/fixtures");

// Points $PORTOLAN_CATALOG_PATH somewhere for one test and restores it.
class UserFolder
{
public:
    explicit UserFolder(const QString &folder) : m_old(qgetenv("PORTOLAN_CATALOG_PATH"))
    {
        qputenv("PORTOLAN_CATALOG_PATH", folder.toLocal8Bit());
    }
    ~UserFolder() { qputenv("PORTOLAN_CATALOG_PATH", m_old); }

private:
    QByteArray m_old;
};

} // namespace

class TestLoading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void broken_data();
    void broken();
    void userFolderFromEnvironment();
    void besideProject();
    void bundledIdCannotBeReused();
    void brokenUserCatalogStopsTheProject();
    void hostileUserCatalog();
};

void TestLoading::broken_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kFixtures + u"/broken"_s);
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, "at least 10 broken catalogs");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLoading::broken()
{
    QFETCH(QString, path);
    QString problem;
    const auto expected = test::Expectation::read(path.chopped(5) + u".expect"_s, &problem);
    QVERIFY2(expected, qPrintable(problem));
    Diagnostics errors;
    const auto catalog = CatalogReader::readFile(path, &errors);
    const QString got = formatDiagnostics(errors);
    QVERIFY2(!catalog, "a broken catalog gives nothing");
    QVERIFY(!errors.isEmpty());
    for (const Diagnostic &d : std::as_const(errors))
        QCOMPARE(d.file, path);
    const bool found = std::any_of(errors.cbegin(), errors.cend(),
                                   [&](const Diagnostic &d) { return expected->matches(d); });
    QVERIFY2(found, qPrintable(u"expected %1\ngot:\n%2"_s.arg(expected->toString(), got)));
    if (expected->count >= 0)
        QVERIFY2(errors.size() == expected->count,
                 qPrintable(u"expected %1 diagnostic(s), got:\n%2"_s.arg(expected->count).arg(got)));

    // The same file in a user folder: the same diagnostic, and the folder
    // loads everything else.
    CatalogSet set = CatalogSet::bundled();
    Diagnostics folderErrors;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(!set.addFolder(dir.path(), &folderErrors));
    QVERIFY(std::any_of(folderErrors.cbegin(), folderErrors.cend(),
                        [&](Diagnostic d) { return d.file == copy && expected->matches(d); }));
}

void TestLoading::userFolderFromEnvironment()
{
    const UserFolder user(kFixtures + u"/user"_s);
    QCOMPARE(CatalogSet::userCatalogFolder(), kFixtures + u"/user"_s);
    Diagnostics errors;
    const CatalogSet set = ProjectLoader::catalogsFor(QString(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
    QVERIFY(set.catalog(u"kong-0.x"_s)); // bundled ones stay
    const Catalog *acme = set.catalog(u"acme-gateway"_s);
    QVERIFY(acme);
    QCOMPARE(acme->filePath, kFixtures + u"/user/acme-gateway.yaml"_s);
    QVERIFY(set.component(u"acme-gateway/server"_s));

    // A project anywhere can use it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("format: 1\nname: p\nzones:\n  - id: z\n    kind: network\nnodes:\n  - id: n\n    zone: z\n"
               "    components:\n      - use: acme-gateway/server\n");
    file.close();
    const auto loaded = ProjectLoader::load(path, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));

    // Without the environment variable the user folder is the per-user data folder.
    qunsetenv("PORTOLAN_CATALOG_PATH");
    QVERIFY(CatalogSet::userCatalogFolder().endsWith(u"/Portolan/catalogs"_s));
}

void TestLoading::besideProject()
{
    const UserFolder none(QDir::temp().filePath(u"portolan-no-such-folder"_s));
    const QString project = kFixtures + u"/beside/project.yaml"_s;
    Diagnostics errors;
    const CatalogSet set = ProjectLoader::catalogsFor(project, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
    QVERIFY(set.catalog(u"acme-sidecar"_s));
    const auto loaded = ProjectLoader::load(project, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    QCOMPARE(loaded->project.nodes.first().components.first().settings.value(u"listen_port"_s), u"9090"_s);

    // The same project without its catalogs folder names the missing component.
    QTemporaryDir dir;
    const QString alone = dir.filePath(u"project.yaml"_s);
    QVERIFY(QFile::copy(project, alone));
    errors.clear();
    QVERIFY(!ProjectLoader::load(alone, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(
        errors.first().toString(),
        alone +
            u":10:14: unknown catalog component 'acme-sidecar/agent' (run 'portolan-cli catalogs' to list components)"_s);
}

void TestLoading::bundledIdCannotBeReused()
{
    const UserFolder user(kFixtures + u"/reuse"_s);
    Diagnostics errors;
    const CatalogSet set = ProjectLoader::catalogsFor(QString(), &errors);
    QCOMPARE(errors.size(), 1);
    const Diagnostic &d = errors.first();
    QCOMPARE(d.file, kFixtures + u"/reuse/kong-0.x.yaml"_s);
    QVERIFY2(d.message.contains(
                 u"catalog id 'kong-0.x' is already defined by :/portolan/catalogs/kong-0.x.yaml"_s),
             qPrintable(d.toString()));
    QVERIFY2(d.hint.contains(u"kong-0.x-custom"_s), qPrintable(d.toString()));
    // The bundled catalog is the one that stays.
    QVERIFY(set.catalog(u"kong-0.x"_s)->filePath.startsWith(u":/"_s));
    // And a project is not opened against a catalog set that refused a file.
    errors.clear();
    QVERIFY(!ProjectLoader::load(
        PORTOLAN_SOURCE_DIR u"/resources/examples/kong-0x-two-datacenters-nat.yaml"_s, &errors));
    QVERIFY(!errors.isEmpty());
}

void TestLoading::brokenUserCatalogStopsTheProject()
{
    const UserFolder user(kFixtures + u"/broken-user"_s);
    Diagnostics errors;
    QVERIFY(!ProjectLoader::load(
        PORTOLAN_SOURCE_DIR u"/resources/examples/kong-0x-two-datacenters-nat.yaml"_s, &errors));
    QCOMPARE(errors.size(), 1);
    const Diagnostic &d = errors.first();
    QCOMPARE(d.file, kFixtures + u"/broken-user/acme-broken.yaml"_s);
    QVERIFY(d.line > 0 && d.column > 0);
    QVERIFY2(d.message.contains(u"unknown audience 'everyone'"_s), qPrintable(d.toString()));
}

// A catalog beside a downloaded project is untrusted input too: 5,000
// ports are refused by the list cap (lookups by id are linear).
void TestLoading::hostileUserCatalog()
{
    QByteArray text = "format: 1\nid: huge\nproduct: x\nproduct_name: X\nversion: \"1\"\ntitle: Huge\n"
                      "sources:\n  - id: doc\n    title: Doc\n    document: x\ncomponents:\n  - id: c\n    "
                      "title: C\n    ports:\n";
    for (int i = 0; i < 5'000; ++i)
        text += "      - {id: p" + QByteArray::number(i) +
                ", title: P, protocol: tcp, port: 80, audience: clients, source: doc}\n";
    QElapsedTimer timer;
    timer.start();
    Diagnostics errors;
    QVERIFY(!CatalogReader::read(text, u"huge.yaml"_s, &errors));
    QVERIFY2(timer.elapsed() < 60'000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 15);
    QVERIFY2(errors.first().message.contains(u"more than 1000 ports"_s),
             qPrintable(errors.first().toString()));
}

QTEST_GUILESS_MAIN(TestLoading)
#include "tst_loading.moc"
