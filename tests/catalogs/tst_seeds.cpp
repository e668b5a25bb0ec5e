// The bundled catalogs checked against the vendor documents: every port row
// of every seed (fixtures/seed-rows.tsv, transcribed from the seeds) must be
// in its catalog with the same protocol, default port or range, config key
// and audience, resolved the way derivation resolves it (ComponentInstance).
#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kFixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/catalogs/fixtures");

struct Row
{
    QString catalog, component, protocol, port, configKey, audience, exposed, optional;
    QMap<QString, QString> overrides;
};

} // namespace

Q_DECLARE_METATYPE(Row)

namespace {

QString configKeyOf(const PortDef &p)
{
    switch (p.spec.kind) {
    case PortSpec::Kind::Setting:
        return p.spec.setting;
    case PortSpec::Kind::SettingRange:
        return p.spec.fromSetting + u'+' + p.spec.toSetting;
    case PortSpec::Kind::Fixed:
    case PortSpec::Kind::All:
        return u"-"_s;
    }
    return {};
}

QString resolvedText(const QList<ResolvedPort> &ports)
{
    QStringList out;
    for (const ResolvedPort &r : ports)
        out.append(r.range.isAll() ? u"any"_s : r.range.toString());
    return out.isEmpty() ? u"off"_s : out.join(u',');
}

// Why a catalog port is not the row, or empty when it is.
QString mismatch(const Row &row, const ComponentInstance &instance, const PortDef &p)
{
    QList<Protocol> wanted;
    if (!parseProtocols(row.protocol, &wanted))
        return u"bad protocol in the table"_s;
    for (Protocol w : wanted)
        if (!p.protocols.contains(w))
            return u"protocol %1, not %2"_s.arg(protocolsName(p.protocols), row.protocol);
    if (configKeyOf(p) != row.configKey)
        return u"config key %1, not %2"_s.arg(configKeyOf(p), row.configKey);
    if (row.audience != u"-"_s && audienceName(p.audience) != row.audience)
        return u"audience %1, not %2"_s.arg(audienceName(p.audience), row.audience);
    if (row.exposed != u"-"_s && p.exposed != row.exposed)
        return u"exposed '%1', not '%2'"_s.arg(p.exposed, row.exposed);
    if (row.optional != u"-"_s && p.optional != (row.optional == u"yes"_s))
        return u"optional: %1, not %2"_s.arg(p.optional ? u"yes"_s : u"no"_s, row.optional);
    const QList<ResolvedPort> resolved = instance.resolve(p);
    if (row.port == u"off"_s)
        return resolved.isEmpty() ? QString() : u"resolves to %1, not off"_s.arg(resolvedText(resolved));
    for (const ResolvedPort &r : resolved) {
        if (row.port == u"any"_s ? r.range.isAll() : r.range.toString() == row.port)
            return {};
    }
    return u"resolves to %1, not %2"_s.arg(resolvedText(resolved), row.port);
}

} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bundledLoad_data();
    void bundledLoad();
    void seedRow_data();
    void seedRow();
    void reviewFacts();
    void settingsMovePorts();
    void udpMuxExcludesRange();
    void productPorts_data();
    void productPorts();
    void computedPortsFollowTheirSetting();

private:
    CatalogSet m_catalogs;
};

void TestSeeds::initTestCase()
{
    Diagnostics errors;
    m_catalogs = CatalogSet::bundled(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
}

void TestSeeds::bundledLoad_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/catalogs"));
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << name;
}

// Every catalog in resources/ is compiled in and loads without a diagnostic.
void TestSeeds::bundledLoad()
{
    QFETCH(QString, file);
    Diagnostics errors;
    const auto fromSource =
        CatalogReader::readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/catalogs/") + file, &errors);
    QVERIFY2(fromSource, qPrintable(formatDiagnostics(errors)));
    QVERIFY2(errors.isEmpty(), qPrintable(formatDiagnostics(errors)));
    const Catalog *bundled = m_catalogs.catalog(fromSource->id);
    QVERIFY2(bundled, "the catalog is in resources/ but not bundled");
    QVERIFY(bundled->filePath.startsWith(u":/"_s));
    QVERIFY2(!bundled->sources.isEmpty(), "a catalog names the document it was taken from");
    for (const SourceDocument &s : bundled->sources)
        QVERIFY2(!s.document.isEmpty(), qPrintable(s.id));
    for (const ComponentDef &c : bundled->components) {
        QVERIFY2(!c.ports.isEmpty(), qPrintable(c.id));
        for (const PortDef &p : c.ports) {
            const QString where = c.id + u'/' + p.id;
            QVERIFY2(bundled->sourceDocument(p.source), qPrintable(where));
            QVERIFY2(!p.quote.isEmpty(), qPrintable(where + u": every port quotes its source"_s));
        }
    }
}

void TestSeeds::seedRow_data()
{
    QTest::addColumn<Row>("row");
    QFile file(kFixtures + u"/seed-rows.tsv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    int count = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u"seed\t"_s))
            continue;
        const QStringList f = line.split(u'\t');
        QVERIFY2(f.size() == 11,
                 qPrintable(u"seed-rows.tsv line %1 has %2 columns"_s.arg(i + 1).arg(f.size())));
        Row row{f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], {}};
        if (f[9] != u"-"_s) {
            for (const QString &pair : f[9].split(u';'))
                row.overrides.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        }
        const QString name =
            u"line %1: %2 %3/%4 %5 %6 %7"_s.arg(i + 1).arg(f[0], f[1], f[2], f[3], f[4], f[5]);
        QTest::newRow(qPrintable(f[9] == u"-"_s ? name : name + u" with "_s + f[9])) << row;
        ++count;
    }
    QVERIFY2(count >= 45, "the seeds have at least 45 port rows");
}

void TestSeeds::seedRow()
{
    QFETCH(Row, row);
    const Catalog *catalog = m_catalogs.catalog(row.catalog);
    QVERIFY2(catalog, qPrintable(u"catalog '%1' is not bundled"_s.arg(row.catalog)));
    QList<const ComponentDef *> components;
    for (const ComponentDef &c : catalog->components)
        if (row.component == u"*"_s || c.id == row.component)
            components.append(&c);
    QVERIFY2(!components.isEmpty(), qPrintable(u"no component '%1' in %2"_s.arg(row.component, row.catalog)));

    QStringList why;
    for (const ComponentDef *c : std::as_const(components)) {
        ComponentUse use;
        use.component = catalog->id + u'/' + c->id;
        bool overridesApply = true;
        for (auto it = row.overrides.cbegin(); it != row.overrides.cend(); ++it) {
            const SettingDef *setting = c->setting(it.key());
            if (!setting || !CatalogReader::checkSettingValue(setting->type, it.value()).isEmpty()) {
                overridesApply = false;
                why.append(u"%1 has no setting %2 that takes '%3'"_s.arg(c->id, it.key(), it.value()));
            }
            use.settings.insert(it.key(), it.value());
        }
        if (!overridesApply)
            continue;
        const ComponentInstance instance(catalog, c, &use);
        for (const PortDef &p : c->ports) {
            const QString reason = mismatch(row, instance, p);
            if (reason.isEmpty())
                return; // found
            why.append(u"%1/%2: %3"_s.arg(c->id, p.id, reason));
        }
    }
    QFAIL(
        qPrintable(u"no port of %1 matches the seed row:\n    "_s.arg(row.catalog) + why.join(u"\n    "_s)));
}

// The facts the review relies on, each stated by a seed.
void TestSeeds::reviewFacts()
{
    const ComponentDef *kong = m_catalogs.component(u"kong-0.x/node"_s);
    QVERIFY(kong);
    QVERIFY2(kong->clustered, "seed 001: nodes form a cluster");
    QCOMPARE(kong->addressDetection, u"first-non-loopback-ipv4"_s);
    const PortDef *cluster = nullptr;
    for (const PortDef &p : kong->ports)
        if (p.spec.setting == u"cluster_listen"_s)
            cluster = &p;
    QVERIFY(cluster && cluster->nat);
    QCOMPARE(cluster->nat->listenSetting, u"cluster_listen"_s);
    QCOMPARE(cluster->nat->advertiseSetting, u"cluster_advertise"_s);
    QVERIFY(cluster->nat->portInAdvertise);

    auto findPort = [&](const QString &catalogId, auto predicate) -> const PortDef * {
        const Catalog *c = m_catalogs.catalog(catalogId);
        if (!c)
            return nullptr;
        for (const ComponentDef &component : c->components)
            for (const PortDef &p : component.ports)
                if (predicate(p))
                    return &p;
        return nullptr;
    };
    // Seed 002: expose the Admin API only with authentication.
    const PortDef *admin =
        findPort(u"kong-3.3"_s, [](const PortDef &p) { return p.spec.setting == u"admin_listen"_s; });
    QVERIFY2(admin && admin->exposeRequiresAuth, "kong-3.3 admin_listen port needs expose_requires_auth");
    // Seed 003: 7880 behind a load balancer that terminates SSL; two ports per participant; 443 without a LB.
    const PortDef *api =
        findPort(u"livekit-server"_s, [](const PortDef &p) { return p.spec.setting == u"port"_s; });
    QVERIFY2(api && api->terminateTlsAtLoadBalancer, "livekit 7880 needs terminate_tls_at_load_balancer");
    const PortDef *ice = findPort(u"livekit-server"_s, [](const PortDef &p) {
        return p.spec.fromSetting == u"rtc.port_range_start"_s;
    });
    QVERIFY2(ice && ice->portsPerParticipant == 2, "livekit ICE range needs ports_per_participant: 2");
    const PortDef *turnTls =
        findPort(u"livekit-server"_s, [](const PortDef &p) { return p.spec.setting == u"turn.tls_port"_s; });
    QVERIFY2(turnTls && turnTls->preferredPortWithoutLoadBalancer == 443,
             "TURN/TLS wants 443 without a load balancer");
    // Seed 004: the TCP session timeout should be set to 14.400 seconds.
    const PortDef *longLived =
        findPort(u"cumulocity"_s, [](const PortDef &p) { return p.sessionTimeout == 14400; });
    QVERIFY2(longLived, "a cumulocity port needs session_timeout: 14400");
}

// A node's overrides move ports: derivation and rules follow the settings.
void TestSeeds::settingsMovePorts()
{
    const Catalog *catalog = nullptr;
    const ComponentDef *kong = m_catalogs.component(u"kong-0.x/node"_s, &catalog);
    QVERIFY(kong);
    ComponentUse use{u"kong-0.x/node"_s, {{u"proxy_listen"_s, u"0.0.0.0:80"_s}}, {}, {}};
    const ComponentInstance instance(catalog, kong, &use);
    QStringList proxy;
    for (const ResolvedPort &r : instance.ports())
        if (r.def->spec.setting == u"proxy_listen"_s)
            proxy.append(r.range.toString());
    QCOMPARE(proxy, QStringList{u"80"_s});

    // Seed 002's transparent listen option survives resolution.
    const ComponentDef *gateway = m_catalogs.component(u"kong-3.3/node"_s, &catalog);
    QVERIFY(gateway);
    ComponentUse transparent{
        u"kong-3.3/node"_s, {{u"proxy_listen"_s, u"127.0.0.1:8000 transparent"_s}}, {}, {}};
    const ComponentInstance gatewayInstance(catalog, gateway, &transparent);
    bool seen = false;
    for (const ResolvedPort &r : gatewayInstance.ports()) {
        if (r.def->spec.setting != u"proxy_listen"_s)
            continue;
        QCOMPARE(r.range, PortRange::single(8000));
        QVERIFY(r.transparent);
        QCOMPARE(r.bindAddress, QHostAddress(u"127.0.0.1"_s));
        seen = true;
    }
    QVERIFY(seen);
}

// Seed 003: "When this is set, rtc.port_range_start/end are not used".
void TestSeeds::udpMuxExcludesRange()
{
    const Catalog *catalog = m_catalogs.catalog(u"livekit-server"_s);
    QVERIFY2(catalog, "livekit-server is not bundled");
    for (const ComponentDef &c : catalog->components) {
        const PortDef *range = nullptr, *mux = nullptr;
        for (const PortDef &p : c.ports) {
            if (p.spec.fromSetting == u"rtc.port_range_start"_s)
                range = &p;
            if (p.spec.setting == u"rtc.udp_port"_s)
                mux = &p;
        }
        if (!range)
            continue;
        QVERIFY2(mux, "the ICE/UDP mux port is missing");
        const ComponentUse plain{catalog->id + u'/' + c.id, {}, {}, {}};
        const ComponentInstance before(catalog, &c, &plain);
        QVERIFY2(before.portEnabled(*range), "the ICE range is on by default");
        const ComponentUse muxed{catalog->id + u'/' + c.id, {{u"rtc.udp_port"_s, u"7882"_s}}, {}, {}};
        const ComponentInstance after(catalog, &c, &muxed);
        QVERIFY2(after.portEnabled(*mux), "setting rtc.udp_port turns the mux on");
        QVERIFY2(!after.portEnabled(*range), "setting rtc.udp_port turns the ICE range off");
        for (const ResolvedPort &r : after.ports())
            QVERIFY(r.def != range);
        return;
    }
    QFAIL("no livekit-server component has the ICE/UDP range");
}

// The product catalogs taken from vendor pages (resources/catalogs, issue 24):
// the default port, protocol and audience of the ports the vendors' own
// words give, so a slip in a catalog (a wrong number, a cluster port open to
// clients) fails here and not in a firewall.
void TestSeeds::productPorts_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("audience");
    auto row = [](const char *component, const char *port, const char *protocol, const char *number,
                  const char *audience) {
        QTest::newRow(qPrintable(QString::fromLatin1(component) + u'/' + QString::fromLatin1(port)))
            << QString::fromLatin1(component) << QString::fromLatin1(port) << QString::fromLatin1(protocol)
            << QString::fromLatin1(number) << QString::fromLatin1(audience);
    };
    row("kubernetes-1.22/control-plane", "api-server", "tcp", "6443", "clients");
    row("kubernetes-1.22/control-plane", "etcd", "tcp", "2379-2380", "peers");
    row("kubernetes-1.22/control-plane", "kube-scheduler", "tcp", "10259", "local");
    row("kubernetes-1.22/control-plane", "kube-controller-manager", "tcp", "10257", "local");
    row("kubernetes-1.22/worker", "kubelet", "tcp", "10250", "internal");
    row("kubernetes-1.22/worker", "nodeport", "tcp", "30000-32767", "clients");
    row("etcd-3.4/member", "client", "tcp", "2379", "clients");
    row("etcd-3.4/member", "peer", "tcp", "2380", "peers");
    row("postgresql-11/server", "sql", "tcp", "5432", "clients");
    row("postgresql-11/server", "replication", "tcp", "5432", "peers");
    row("redis-6.2/server", "client", "tcp", "6379", "clients");
    row("redis-6.2/server", "cluster-bus", "tcp", "16379", "peers");
    row("redis-6.2/sentinel", "sentinel", "tcp", "26379", "clients");
    row("prometheus-2/server", "web", "tcp", "9090", "admins");
    row("prometheus-2/node-exporter", "metrics", "tcp", "9100", "internal");
    row("vault-1.4/server", "api", "tcp", "8200", "clients");
    row("vault-1.4/server", "cluster", "tcp", "8201", "peers");
    row("consul-1.16/server", "dns", "tcp+udp", "8600", "clients");
    row("consul-1.16/server", "serf-lan", "tcp+udp", "8301", "internal");
    row("consul-1.16/server", "serf-wan", "tcp+udp", "8302", "peers");
    row("consul-1.16/server", "server-rpc", "tcp", "8300", "internal");
    row("rabbitmq-3.8/node", "amqp", "tcp", "5672", "clients");
    row("rabbitmq-3.8/node", "epmd", "tcp", "4369", "peers");
    row("rabbitmq-3.8/node", "distribution", "tcp", "25672", "peers");
    row("rabbitmq-3.8/node", "cli-tools", "tcp", "35672-35682", "peers");
    row("opensearch-2.11/node", "http", "tcp", "9200-9300", "clients");
    row("opensearch-2.11/node", "transport", "tcp", "9300-9400", "peers");
    row("grafana-10/server", "web", "tcp", "3000", "clients");
    row("kafka-3-kraft/broker", "client", "tcp", "9092", "clients");
    row("kafka-3-kraft/broker", "inter-broker", "tcp", "9092", "peers");
    row("kafka-3-kraft/controller", "quorum", "tcp", "9093", "peers");
    row("kafka-3-kraft/controller", "brokers", "tcp", "9093", "internal");
    row("kafka-3-kraft/combined", "quorum", "tcp", "9093", "peers");
}

void TestSeeds::productPorts()
{
    QFETCH(QString, component);
    QFETCH(QString, port);
    QFETCH(QString, protocol);
    QFETCH(QString, number);
    QFETCH(QString, audience);
    const Catalog *catalog = nullptr;
    const ComponentDef *def = m_catalogs.component(component, &catalog);
    QVERIFY2(def, qPrintable(component + u" is not bundled"_s));
    const PortDef *p = def->port(port);
    QVERIFY2(p, qPrintable(port));
    QStringList protocols;
    for (Protocol pr : p->protocols)
        protocols.append(protocolName(pr));
    QCOMPARE(protocols.join(u'+'), protocol);
    QCOMPARE(audienceName(p->audience), audience);
    const ComponentUse defaults{component, {}, {}, {}};
    const ComponentInstance instance(catalog, def, &defaults);
    QCOMPARE(resolvedText(instance.resolve(*p)), number);
}

// A port computed from another setting (`offset`) moves with it, and one
// that would pass 65535 is no port at all.
void TestSeeds::computedPortsFollowTheirSetting()
{
    // Redis's cluster ports need its `cluster` feature; other components have no such feature.
    auto resolve = [&](const QString &component, const QString &port, const QMap<QString, QString> &settings,
                       bool cluster = true) {
        const Catalog *catalog = nullptr;
        const ComponentDef *def = m_catalogs.component(component, &catalog);
        const PortDef *p = def ? def->port(port) : nullptr;
        if (!p)
            return u"(no %1/%2)"_s.arg(component, port);
        const ComponentUse use{component, settings, {{u"cluster"_s, cluster}}, {}};
        const ComponentInstance instance(catalog, def, &use);
        if (!instance.portEnabled(*p))
            return u"disabled"_s;
        return resolvedText(instance.resolve(*p));
    };
    QCOMPARE(resolve(u"redis-6.2/server"_s, u"cluster-bus"_s, {{u"port"_s, u"7000"_s}}), u"17000"_s);
    QCOMPARE(resolve(u"redis-6.2/server"_s, u"cluster-bus"_s, {{u"port"_s, u"60000"_s}}), u"off"_s);
    QCOMPARE(resolve(u"rabbitmq-3.8/node"_s, u"distribution"_s, {{u"listeners.tcp.default"_s, u"5673"_s}}),
             u"25673"_s);
    // Vault: cluster_address defaults to the API port + 1, keeps the API
    // address's bind address, and an explicit cluster_address replaces it.
    QCOMPARE(resolve(u"vault-1.4/server"_s, u"cluster"_s, {{u"address"_s, u"0.0.0.0:8300"_s}}), u"8301"_s);
    QCOMPARE(resolve(u"vault-1.4/server"_s, u"cluster"_s, {{u"cluster_address"_s, u"10.0.0.5:9201"_s}}),
             u"disabled"_s);
    QCOMPARE(
        resolve(u"vault-1.4/server"_s, u"cluster-explicit"_s, {{u"cluster_address"_s, u"10.0.0.5:9201"_s}}),
        u"9201"_s);
    const Catalog *vault = nullptr;
    const ComponentDef *server = m_catalogs.component(u"vault-1.4/server"_s, &vault);
    QVERIFY(server);
    const ComponentUse defaults{u"vault-1.4/server"_s, {}, {}, {}};
    const ComponentInstance instance(vault, server, &defaults);
    const QList<ResolvedPort> cluster = instance.resolve(*server->port(u"cluster"_s));
    QCOMPARE(cluster.size(), 1);
    QCOMPARE(cluster.first().bindAddress, QHostAddress(u"127.0.0.1"_s));
    // Redis cluster ports exist only on a cluster node.
    QCOMPARE(resolve(u"redis-6.2/server"_s, u"cluster-bus"_s, {}), u"16379"_s);
    QCOMPARE(resolve(u"redis-6.2/server"_s, u"cluster-bus"_s, {}, false), u"disabled"_s);
    QCOMPARE(resolve(u"redis-6.2/server"_s, u"client"_s, {}, false), u"6379"_s);
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
