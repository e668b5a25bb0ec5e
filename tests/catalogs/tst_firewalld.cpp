// firewalld's service definitions as a catalog: every service file of the
// installed Debian package reads without error, known services have the
// ports firewalld gives them, <include> brings the included service's ports,
// broken XML gives file:line:column, and a project can place
// `firewalld/<service>` wherever the folder is present.
#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"
#include "catalog/firewalldcatalog.h"
#include "project/projectreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kFixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/catalogs/fixtures/firewalld");

// Points $PORTOLAN_FIREWALLD_SERVICES somewhere (or unsets it) for one test.
class ServicesFolder
{
public:
    explicit ServicesFolder(const std::optional<QString> &folder)
        : m_wasSet(qEnvironmentVariableIsSet("PORTOLAN_FIREWALLD_SERVICES")),
          m_old(qgetenv("PORTOLAN_FIREWALLD_SERVICES"))
    {
        if (folder)
            qputenv("PORTOLAN_FIREWALLD_SERVICES", folder->toLocal8Bit());
        else
            qunsetenv("PORTOLAN_FIREWALLD_SERVICES");
    }
    ~ServicesFolder()
    {
        if (m_wasSet)
            qputenv("PORTOLAN_FIREWALLD_SERVICES", m_old);
        else
            qunsetenv("PORTOLAN_FIREWALLD_SERVICES");
    }

private:
    bool m_wasSet;
    QByteArray m_old;
};

// "22/tcp" for each port, as `firewall-cmd --info-service` prints them.
QStringList portsOf(const Catalog &catalog, const QString &component)
{
    QStringList out;
    const ComponentDef *c = catalog.component(component);
    if (!c)
        return {u"(no component %1)"_s.arg(component)};
    for (const PortDef &p : c->ports) {
        if (p.spec.kind != PortSpec::Kind::Fixed || p.protocols.size() != 1)
            return {u"(port %1 is not one fixed protocol and port)"_s.arg(p.id)};
        out.append(p.spec.fixed.toString() + u'/' + protocolName(p.protocols.constFirst()));
    }
    out.sort();
    return out;
}

} // namespace

class TestFirewalld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installedPackage();
    void fixtureFolder();
    void broken_data();
    void broken();
    void projectUsesAService();
    void folderFromEnvironment();
};

// Every service file Debian's firewalld package installs.
void TestFirewalld::installedPackage()
{
    const QString folder = FirewalldCatalog::systemFolder();
    if (!QFileInfo(folder).isDir())
        QSKIP("firewalld is not installed here (no /usr/lib/firewalld/services); scripts/install-deps.sh "
              "test installs it");
    const qsizetype files = QDir(folder).entryList({u"*.xml"_s}, QDir::Files).size();
    Diagnostics errors;
    FirewalldCatalog::Summary summary;
    const auto catalog = FirewalldCatalog::readFolder(folder, &errors, &summary);
    QVERIFY2(catalog, qPrintable(formatDiagnostics(errors)));
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
    QCOMPARE(summary.filesRead, int(files));
    QVERIFY2(summary.filesRead > 100, qPrintable(u"only %1 service files"_s.arg(summary.filesRead)));
    QCOMPARE(catalog->components.size() + summary.withoutPorts.size(), files);
    QCOMPARE(catalog->sources.size(), files);

    QCOMPARE(portsOf(*catalog, u"ssh"_s), QStringList{u"22/tcp"_s});
    QCOMPARE(portsOf(*catalog, u"postgresql"_s), QStringList{u"5432/tcp"_s});
    QCOMPARE(portsOf(*catalog, u"dns"_s), (QStringList{u"53/tcp"_s, u"53/udp"_s}));
    QCOMPARE(portsOf(*catalog, u"https"_s), QStringList{u"443/tcp"_s});
    // Debian names this one in mixed case; its id is lower case, and it
    // includes foreman, whose ports come with it.
    const ComponentDef *satellite = catalog->component(u"rh-satellite-6"_s);
    QVERIFY(satellite);
    QVERIFY(satellite->port(u"tcp-5646-5647"_s));
    const ComponentDef *foreman = catalog->component(u"foreman"_s);
    QVERIFY(foreman && !foreman->ports.isEmpty());
    for (const PortDef &p : foreman->ports)
        QVERIFY2(satellite->port(p.id), qPrintable(p.id + u" of foreman is not in rh-satellite-6"_s));

    const ComponentDef *ssh = catalog->component(u"ssh"_s);
    QCOMPARE(ssh->title, u"SSH"_s);
    QVERIFY(ssh->description.startsWith(u"Secure Shell"_s));
    const SourceDocument *source = catalog->sourceDocument(ssh->ports.first().source);
    QVERIFY(source);
    QCOMPARE(source->document, folder + u"/ssh.xml"_s);
    QCOMPARE(ssh->ports.first().quote, u"<port protocol=\"tcp\" port=\"22\"/>"_s);
    for (const ComponentDef &c : catalog->components)
        for (const PortDef &p : c.ports) {
            QCOMPARE(p.audience, Audience::Clients);
            QVERIFY2(catalog->sourceDocument(p.source) && !p.quote.isEmpty(), qPrintable(c.id + u'/' + p.id));
        }
}

// The fixtures: includes (nested, cyclic, across case), duplicates, ports
// Portolan cannot express.
void TestFirewalld::fixtureFolder()
{
    Diagnostics errors;
    FirewalldCatalog::Summary summary;
    const auto catalog = FirewalldCatalog::readFolder(kFixtures + u"/services"_s, &errors, &summary);
    QVERIFY2(catalog, qPrintable(formatDiagnostics(errors)));
    QCOMPARE(summary.filesRead, 4);
    QCOMPARE(summary.withoutPorts, QStringList{u"gre-only"_s});
    QVERIFY(catalog->description.contains(u"gre-only"_s));
    QVERIFY(!catalog->component(u"gre-only"_s));
    QCOMPARE(portsOf(*catalog, u"postgresql"_s), QStringList{u"5432/tcp"_s});
    // web-stack: its own 80/tcp once, its UDP range, postgresql's and Mixed-Case's ports.
    QCOMPARE(portsOf(*catalog, u"web-stack"_s),
             (QStringList{u"4789/udp"_s, u"5000-5100/udp"_s, u"5432/tcp"_s, u"80/tcp"_s}));
    // Mixed-Case includes web-stack, which includes it back: no loop, and
    // web-stack's include of postgresql comes along.
    QCOMPARE(portsOf(*catalog, u"mixed-case"_s),
             (QStringList{u"4789/udp"_s, u"5000-5100/udp"_s, u"5432/tcp"_s, u"80/tcp"_s}));
    const ComponentDef *web = catalog->component(u"web-stack"_s);
    QVERIFY(web->port(u"tcp-5432"_s)->notes.contains(u"from the included service firewalld/postgresql"_s));
    QCOMPARE(web->port(u"tcp-5432"_s)->source, u"postgresql"_s);
    const QString notes = web->notes.join(u'\n');
    QVERIFY2(notes.contains(u"sctp"_s) && notes.contains(u"9899"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"224.0.0.251"_s), qPrintable(notes));
}

void TestFirewalld::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // The parser stops where the XML goes wrong: just after the </service>
    // that would close the unclosed <port>.
    QTest::newRow("unclosed") << u"unclosed.xml"_s << 5 << 11 << u"not well-formed XML"_s;
    QTest::newRow("bad port") << u"bad-port.xml"_s << 5 << 3 << u"'70000' is not a port or a port range"_s;
    QTest::newRow("wrong root") << u"wrong-root.xml"_s << 2 << 1
                                << u"the root element is <zone>, not <service>"_s;
}

void TestFirewalld::broken()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = kFixtures + u"/broken/"_s + file;
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Diagnostics errors;
    QVERIFY(!FirewalldCatalog::readService(f.readAll(), path, &errors));
    QCOMPARE(errors.size(), 1);
    const Diagnostic &d = errors.first();
    QVERIFY2(d.message.startsWith(message), qPrintable(d.toString()));
    QCOMPARE(d.toString().section(u": "_s, 0, 0), u"%1:%2:%3"_s.arg(path).arg(line).arg(column));

    // In a folder, one broken file refuses the whole catalog, as a broken
    // YAML catalog does, and the diagnostic is the same.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kFixtures + u"/services/postgresql.xml"_s, dir.filePath(u"postgresql.xml"_s)));
    QVERIFY(QFile::copy(path, dir.filePath(file)));
    errors.clear();
    QVERIFY(!FirewalldCatalog::readFolder(dir.path(), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, QDir(dir.path()).absoluteFilePath(file));
    QCOMPARE(errors.first().line, line);
}

// A project places `firewalld/postgresql` like any catalog component.
void TestFirewalld::projectUsesAService()
{
    const ServicesFolder services(kFixtures + u"/services"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("format: 1\nname: p\nzones:\n  - id: z\n    kind: network\nnodes:\n  - id: db\n    zone: z\n"
               "    components:\n      - use: firewalld/postgresql\n");
    file.close();
    Diagnostics errors;
    const auto loaded = ProjectLoader::load(path, &errors);
    QVERIFY2(loaded, qPrintable(formatDiagnostics(errors)));
    const Catalog *catalog = nullptr;
    const ComponentDef *postgresql = loaded->catalogs.component(u"firewalld/postgresql"_s, &catalog);
    QVERIFY(postgresql);
    QCOMPARE(catalog->filePath, kFixtures + u"/services"_s);
    const ComponentUse &use = loaded->project.nodes.first().components.first();
    const ComponentInstance instance(catalog, postgresql, &use);
    const QList<ResolvedPort> ports = instance.ports();
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.first().range, PortRange::single(5432));

    // Without the folder the same project names the missing component.
    const ServicesFolder none(u""_s);
    errors.clear();
    QVERIFY(!ProjectLoader::load(path, &errors));
    QVERIFY2(formatDiagnostics(errors).contains(u"unknown catalog component 'firewalld/postgresql'"_s),
             qPrintable(formatDiagnostics(errors)));
}

void TestFirewalld::folderFromEnvironment()
{
    {
        const ServicesFolder unset(std::nullopt);
        QCOMPARE(FirewalldCatalog::folder(), u"/usr/lib/firewalld/services"_s);
    }
    {
        const ServicesFolder off(u""_s);
        Diagnostics errors;
        const CatalogSet set = ProjectLoader::catalogsFor(QString(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
        QVERIFY(!set.catalog(u"firewalld"_s));
        QVERIFY(set.catalog(u"kong-0.x"_s));
    }
    {
        const ServicesFolder broken(kFixtures + u"/broken"_s);
        Diagnostics errors;
        const CatalogSet set = ProjectLoader::catalogsFor(QString(), &errors);
        QCOMPARE(errors.size(), 3);
        QVERIFY(!set.catalog(u"firewalld"_s));
    }
}

QTEST_GUILESS_MAIN(TestFirewalld)
#include "tst_firewalld.moc"
