// The catalog writer: every bundled catalog reads back equal after writing
// (so the editor's Save loses nothing a hand-written catalog can say), the
// text is stable, hostile user text survives YAML quoting, and a catalog
// that would not read back is refused with the reader's file:line:column
// and leaves the file as it was.
#include "catalog/catalogreader.h"
#include "catalog/catalogwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kBundled = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/catalogs");

QString yesNo(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// Every field of the model, one line per entry, written without the writer
// under test so that a field the writer drops shows as a differing line.
QStringList dump(const Catalog &c)
{
    QStringList out{
        u"catalog|"_s +
        QStringList{c.id, c.product, c.productName, c.version, c.title, c.description, c.filePath}.join(
            u'|')};
    for (const SourceDocument &s : c.sources)
        out.append(u"source|"_s + QStringList{s.id, s.title, s.document}.join(u'|'));
    for (const ComponentDef &m : c.components) {
        out.append(u"component|"_s + QStringList{m.id, m.title, m.description, yesNo(m.clustered),
                                                 m.addressDetection, m.configFile, m.notes.join(u'\x1f'),
                                                 m.source}
                                         .join(u'|'));
        for (const SettingDef &s : m.settings)
            out.append(
                u"setting|"_s +
                QStringList{s.key, settingTypeName(s.type), s.defaultValue, s.title, s.file, s.source}.join(
                    u'|'));
        for (const FeatureDef &f : m.features)
            out.append(u"feature|"_s +
                       QStringList{f.id, f.title, yesNo(f.defaultEnabled), f.setting, f.source}.join(u'|'));
        for (const PortDef &p : m.ports) {
            const PortSpec &s = p.spec;
            out.append(u"port|"_s + QStringList{p.id,
                                                p.title,
                                                protocolsName(p.protocols),
                                                QString::number(int(s.kind)),
                                                s.fixed.toString(),
                                                s.setting,
                                                s.select,
                                                QString::number(s.offset),
                                                s.fromSetting,
                                                s.toSetting,
                                                audienceName(p.audience),
                                                yesNo(p.optional),
                                                p.enabledBy,
                                                p.excludedBy.join(u','),
                                                p.exposed,
                                                p.egressTo,
                                                p.service,
                                                yesNo(p.tls),
                                                yesNo(p.terminateTlsAtLoadBalancer),
                                                yesNo(p.exposeRequiresAuth),
                                                QString::number(p.sessionTimeout),
                                                QString::number(p.portsPerParticipant),
                                                QString::number(p.preferredPortWithoutLoadBalancer),
                                                p.notes.join(u'\x1f'),
                                                p.source,
                                                p.quote}
                                        .join(u'|'));
            if (p.nat)
                out.append(u"nat|"_s + QStringList{p.nat->listenSetting, p.nat->advertiseSetting,
                                                   yesNo(p.nat->portInAdvertise), yesNo(p.nat->keepsPort)}
                                           .join(u'|'));
        }
    }
    return out;
}

QString errorText(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &d : errors)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// A small valid catalog: one component with a port taken from a setting.
Catalog relayCatalog()
{
    Catalog c;
    c.id = u"acme-relay"_s;
    c.product = u"acme"_s;
    c.productName = u"ACME Relay"_s;
    c.version = u"2.1"_s;
    c.title = u"ACME message relay"_s;
    c.sources.append({u"manual"_s, u"ACME Relay 2.1 guide"_s, u"https://example.com/ports"_s});
    ComponentDef relay;
    relay.id = u"relay"_s;
    relay.title = u"Relay node"_s;
    relay.settings.append({u"listen_port"_s, SettingType::Port, u"5671"_s, u"AMQPS port"_s, {}, u"manual"_s});
    PortDef amqps;
    amqps.id = u"amqps"_s;
    amqps.title = u"AMQP over TLS"_s;
    amqps.protocols = {Protocol::Tcp};
    amqps.spec.kind = PortSpec::Kind::Setting;
    amqps.spec.setting = u"listen_port"_s;
    amqps.spec.select = u"any"_s;
    amqps.source = u"manual"_s;
    relay.ports.append(amqps);
    c.components.append(relay);
    return c;
}

} // namespace

class TestWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledRoundTrip_data();
    void bundledRoundTrip();
    void hostileText_data();
    void hostileText();
    void everyPortShape();
    void saveWritesWhatReadsBack();
    void saveRefusesInvalidAndKeepsTheFile();
};

void TestWriter::bundledRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kBundled);
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 7, "the bundled catalogs are there");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestWriter::bundledRoundTrip()
{
    QFETCH(QString, path);
    Diagnostics errors;
    const auto original = CatalogReader::readFile(path, &errors);
    QVERIFY2(original, qPrintable(errorText(errors)));
    const QByteArray text = CatalogWriter::write(*original);
    const auto again = CatalogReader::read(text, path, &errors);
    QVERIFY2(again, qPrintable(errorText(errors) + u"\n"_s + QString::fromUtf8(text)));
    QCOMPARE(dump(*again), dump(*original));
    // Stable: writing what was read back gives the same bytes.
    QCOMPARE(CatalogWriter::write(*again), text);
}

void TestWriter::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("colon-space") << u"Proxy: HTTP"_s;
    QTest::newRow("trailing-colon") << u"Proxy:"_s;
    QTest::newRow("hash") << u"#1 port"_s;
    QTest::newRow("space-hash") << u"port # comment?"_s;
    QTest::newRow("double-quotes") << u"the \"admin\" API"_s;
    QTest::newRow("single-quotes") << u"'single' and it's"_s;
    QTest::newRow("newline") << u"line one\nline two"_s;
    QTest::newRow("crlf-tab") << u"a\r\n\tb"_s;
    QTest::newRow("backslash") << u"C:\\kong\\conf"_s;
    QTest::newRow("leading-space") << u"  indented"_s;
    QTest::newRow("trailing-space") << u"spaced  "_s;
    QTest::newRow("bool-word") << u"yes"_s;
    QTest::newRow("null-word") << u"null"_s;
    QTest::newRow("tilde") << u"~"_s;
    QTest::newRow("number") << u"8000"_s;
    QTest::newRow("float") << u"3.3"_s;
    QTest::newRow("time") << u"10:30"_s;
    QTest::newRow("date") << u"2024-01-02"_s;
    QTest::newRow("flow") << u"[a, b] {c: d}"_s;
    QTest::newRow("indicators") << u"- * & ! | > % @ ` ?"_s;
    QTest::newRow("document-marker") << u"--- ..."_s;
    QTest::newRow("unicode") << u"Grüße – 日本語 ✓"_s;
    QTest::newRow("control") << u"bell\u0007 del\u007f nel\u0085 ls\u2028"_s;
}

void TestWriter::hostileText()
{
    QFETCH(QString, text);
    Catalog c = relayCatalog();
    c.title = text;
    c.productName = text;
    c.version = text;
    c.description = text;
    c.sources[0].title = text;
    c.sources[0].document = text;
    ComponentDef &relay = c.components[0];
    relay.title = text;
    relay.notes = {text, text + u", again"_s};
    relay.configFile = text;
    relay.settings.append({text, SettingType::Text, text, text, text, u"manual"_s});
    relay.ports[0].title = text;
    relay.ports[0].quote = text;
    relay.ports[0].notes = {text};
    relay.ports[0].exposed = text;
    relay.ports[0].service = text;
    const QByteArray written = CatalogWriter::write(c);
    Diagnostics errors;
    const auto again = CatalogReader::read(written, {}, &errors);
    QVERIFY2(again, qPrintable(errorText(errors) + u"\n"_s + QString::fromUtf8(written)));
    QCOMPARE(dump(*again), dump(c));
}

void TestWriter::everyPortShape()
{
    Catalog c = relayCatalog();
    ComponentDef &relay = c.components[0];
    relay.settings.append({u"address"_s, SettingType::AddressPort, u"0.0.0.0:8200"_s, u"API"_s, {}, {}});
    relay.settings.append({u"from"_s, SettingType::Port, u"50000"_s, u"Range start"_s, {}, {}});
    relay.settings.append({u"to"_s, SettingType::Port, u"60000"_s, u"Range end"_s, {}, {}});
    relay.settings.append({u"mux"_s, SettingType::Bool, u"false"_s, u"Mux"_s, {}, {}});
    relay.features.append({u"mux"_s, u"Mux"_s, false, u"mux"_s, u"manual"_s});
    relay.features.append({u"legacy"_s, u"Legacy"_s, true, {}, {}});
    PortDef base = relay.ports[0];
    auto add = [&](const QString &id, auto change) {
        PortDef p = base;
        p.id = id;
        change(p);
        relay.ports.append(p);
    };
    add(u"fixed"_s, [](PortDef &p) {
        p.spec = {};
        p.spec.fixed = PortRange::single(22);
        p.protocols = {Protocol::Tcp, Protocol::Udp};
        p.audience = Audience::Admins;
    });
    add(u"range"_s, [](PortDef &p) {
        p.spec = {};
        p.spec.fixed = {10000, 20000};
        p.protocols = {Protocol::Udp};
        p.optional = true;
        p.enabledBy = u"mux"_s;
        p.excludedBy = {u"legacy"_s};
    });
    add(u"all"_s, [](PortDef &p) {
        p.spec = {};
        p.spec.kind = PortSpec::Kind::All;
        p.spec.fixed = {PortRange::Min, PortRange::Max};
        p.protocols = {Protocol::Any};
        p.audience = Audience::Egress;
        p.egressTo = u"internet"_s;
    });
    add(u"offset"_s, [](PortDef &p) {
        p.spec.setting = u"address"_s;
        p.spec.offset = 1;
        p.audience = Audience::Peers;
        p.nat = NatBehaviour{{}, u"address"_s, false, true};
        p.tls = true;
        p.sessionTimeout = 14400;
        p.portsPerParticipant = 2;
        p.preferredPortWithoutLoadBalancer = 443;
        p.terminateTlsAtLoadBalancer = true;
        p.exposeRequiresAuth = true;
    });
    add(u"between"_s, [](PortDef &p) {
        p.spec = {};
        p.spec.kind = PortSpec::Kind::SettingRange;
        p.spec.fromSetting = u"from"_s;
        p.spec.toSetting = u"to"_s;
        p.audience = Audience::Internal;
    });
    const QByteArray written = CatalogWriter::write(c);
    QVERIFY(written.contains("port: {setting: address, offset: 1}\n"));
    QVERIFY(written.contains("port: {from: from, to: to}\n"));
    QVERIFY(written.contains("port: 10000-20000\n"));
    QVERIFY(written.contains("port: any\n"));
    Diagnostics errors;
    const auto again = CatalogReader::read(written, {}, &errors);
    QVERIFY2(again, qPrintable(errorText(errors) + u"\n"_s + QString::fromUtf8(written)));
    QCOMPARE(dump(*again), dump(c));
}

void TestWriter::saveWritesWhatReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/acme-relay.yaml"_s);
    Diagnostics errors;
    const auto saved = CatalogWriter::save(relayCatalog(), path, &errors);
    QVERIFY2(saved, qPrintable(errorText(errors)));
    QCOMPARE(saved->filePath, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CatalogWriter::write(relayCatalog()));
    const auto fromDisk = CatalogReader::readFile(path, &errors);
    QVERIFY2(fromDisk, qPrintable(errorText(errors)));
    QCOMPARE(dump(*fromDisk), dump(*saved));
}

void TestWriter::saveRefusesInvalidAndKeepsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"acme-relay.yaml"_s);
    Diagnostics errors;
    QVERIFY(CatalogWriter::save(relayCatalog(), path, &errors));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Catalog broken = relayCatalog();
    broken.components[0].settings[0].defaultValue = u"70000"_s;
    QVERIFY(!CatalogWriter::save(broken, path, &errors));
    QCOMPARE(errors.size(), 1);
    // The reader's own position in the text that would have been written.
    QCOMPARE(errors.first().file, path);
    QCOMPARE(errors.first().line, 17);
    QCOMPARE(errors.first().column, 18);
    QVERIFY2(errors.first().message.contains(u"70000"_s), qPrintable(errors.first().message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    // An id that does not match the file name is the reader's error too.
    errors.clear();
    QVERIFY(!CatalogWriter::save(relayCatalog(), dir.filePath(u"other.yaml"_s), &errors));
    QVERIFY(!QFile::exists(dir.filePath(u"other.yaml"_s)));
    QVERIFY2(errorText(errors).contains(u"must be in a file named acme-relay.yaml"_s),
             qPrintable(errorText(errors)));
}

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
