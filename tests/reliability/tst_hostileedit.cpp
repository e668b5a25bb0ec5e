// Hostile text, end to end: typed into every editable field through the
// document's undoable edits (as the inspector does), saved, reloaded and
// saved again byte for byte, undone back to the file; junk in validated
// fields (ids, addresses, CIDRs, settings) is refused without a trace; and
// the project, once reloaded, goes through derivation and every exporter,
// whose output passes the same validators the export tests use and runs
// nothing.
//
// What the other tests already cover and this one does not repeat: the
// writer/reader round trip of hostile text set directly on the model
// (tests/projectio tst_roundtrip hostileText), hostile input files
// (tst_hostile), and exporters fed hand-built hostile plans
// (tests/export-host hostile case, tests/export-cloud hostile plan).
#include "cloudvalidators.h"
#include "targetvalidator.h"

#include "derive/deriver.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/projectedits.h"
#include "export/bundle/bundlebuilder.h"
#include "export/exporterregistry.h"
#include "export/matrix/portmatrix.h"
#include "project/projectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// Anything that runs the payload creates this file.
const QString kMarker = u"/tmp/portolan-hostile-edit-ran"_s;

QStringList hostileTexts()
{
    return {
        u"\"quoted\" and 'single'"_s,
        u"line\nbreak\r\nand\ttab"_s,
        u"$(touch /tmp/portolan-hostile-edit-ran)"_s,
        u"`touch /tmp/portolan-hostile-edit-ran`; echo pwned"_s,
        u"'; touch /tmp/portolan-hostile-edit-ran; echo '"_s,
        u"\"; touch /tmp/portolan-hostile-edit-ran; echo \""_s,
        u"${HOME} %{if} #{x} {{x}}"_s,
        u"true"_s,
        u"8000"_s,
        u"10:30"_s,
        u"- x"_s,
        u"a: b"_s,
        u"#x"_s,
        u"[a, b]"_s,
        u"{a: b}"_s,
        u"&a *a"_s,
        u"null"_s,
        u"~"_s,
        u"\\"_s,
        u" padded "_s,
        u"\ufefflead BOM"_s,
        u"Zürich ☃ 日本語 🚀"_s,
        u"\u0001\u001b[31mred\u007f"_s,
        u"nul \u0000 inside"_s,
        u"\u2028\u2029\u0085"_s,
        u"\u202eright-to-left override"_s,
        u"<script>alert(1)</script> <!-- --> &amp; ]]>"_s,
        u"*filter\nCOMMIT\n} table ip evil { }"_s,
        u"a,b;c|d"_s,
        QString(10 * 1024, u'x'),
    };
}

const QString kExample = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/livekit-sip-aws.yaml");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pushes a change as the inspector does; returns the command's error.
QString change(Document *d, const QString &id, const QString &key, const QString &text)
{
    auto command = new ChangePropertyEdit(d, id, key, text);
    const QString error = command->error();
    d->undoStack()->push(command);
    return error;
}

// Every element's name and description set to hostile texts (cycling
// through them from `first`), each through its own command.
bool typeEverywhere(Document *d, const QStringList &texts, int first, QString *failure)
{
    int i = first;
    for (const QString &id : d->project().allIds()) {
        for (const QString &key : {u"name"_s, u"description"_s}) {
            const QString text = texts.at(i++ % texts.size());
            const QString error = change(d, id, key, text);
            if (!error.isEmpty() || ElementProperties::value(d->project(), d->catalogs(), id, key) != text) {
                *failure = u"%1.%2 did not take the text: %3"_s.arg(id, key, error);
                return false;
            }
        }
    }
    return true;
}

QStringList writeFiles(const QList<ExportFile> &files, const QString &dir)
{
    QStringList paths;
    for (const ExportFile &file : files) {
        const QString path = dir + u'/' + file.path;
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(file.content) != file.content.size())
            return {};
        paths << path;
    }
    return paths;
}

Provider providerOf(const QString &target)
{
    if (target.startsWith(u"aws"_s))
        return Provider::Aws;
    if (target.startsWith(u"gcp"_s) || target == u"gcloud"_s)
        return Provider::Gcp;
    if (target.startsWith(u"azure"_s))
        return Provider::Azure;
    if (target.startsWith(u"digitalocean"_s) || target == u"doctl"_s)
        return Provider::DigitalOcean;
    return Provider::None;
}

} // namespace

class TestHostileEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editSaveReload_data();
    void editSaveReload();
    void editorAndReaderAgree_data();
    void editorAndReaderAgree();
    void exportAfterHostileEdits_data();
    void exportAfterHostileEdits();
    void cleanupTestCase();
};

void TestHostileEdit::initTestCase()
{
    QFile::remove(kMarker);
}

void TestHostileEdit::editSaveReload_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i)
        QTest::addRow("text %d", i) << texts.at(i);
}

void TestHostileEdit::editSaveReload()
{
    QFETCH(QString, text);
    Document document;
    Diagnostics errors;
    QVERIFY2(document.load(kExample, &errors), qPrintable(formatDiagnostics(errors)));
    const QByteArray original = ProjectWriter::write(document.project());
    QUndoStack *stack = document.undoStack();

    // Free text: every name and description takes it exactly.
    QString failure;
    QVERIFY2(typeEverywhere(&document, {text}, 0, &failure), qPrintable(failure));
    QByteArray edited = ProjectWriter::write(document.project());

    // Validated fields refuse junk, say why, and change nothing (no undo
    // step). A text that is a fine value for a field ("8000" is a port and
    // a host count; blank clears a list) is taken, and must then survive
    // the save and reload below like any other edit.
    const QString node = u"livekit"_s;
    QVERIFY(document.project().node(node));
    struct Field
    {
        QString id, key;
    };
    const QList<Field> validated{
        {node, u"addresses"_s},
        {node, u"count"_s},
        {node, u"zone"_s},
        {u"aws"_s, u"cidrs"_s},
        {u"aws"_s, u"kind"_s},
        {u"aws"_s, u"provider"_s},
        {node, ElementProperties::settingKey(u"livekit-server/server"_s, u"port"_s)},
        {node, ElementProperties::settingKey(u"livekit-server/server"_s, u"rtc.node_ip"_s)},
    };
    int refused = 0;
    for (const Field &f : validated) {
        const int steps = stack->count();
        const QByteArray before = ProjectWriter::write(document.project());
        const bool fine =
            ElementProperties::validate(document.project(), document.catalogs(), f.id, f.key, text).isEmpty();
        const QString error = change(&document, f.id, f.key, text);
        if (fine) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            continue;
        }
        QVERIFY2(!error.isEmpty(), qPrintable(f.id + u'.' + f.key + u" took junk"_s));
        QCOMPARE(stack->count(), steps);
        QCOMPARE(ProjectWriter::write(document.project()), before);
        ++refused;
    }
    if (!text.trimmed().isEmpty())
        QVERIFY2(refused >= validated.size() - 2, qPrintable(u"only %1 refused"_s.arg(refused)));
    edited = ProjectWriter::write(document.project());
    // An id takes it only when it is a valid id (then every reference follows).
    const QString idError = change(&document, node, u"id"_s, text);
    if (ProjectEdits::isValidId(text.trimmed())) {
        QVERIFY2(idError.isEmpty(), qPrintable(idError));
        QVERIFY(document.project().node(text.trimmed()));
        stack->undo();
    } else {
        QVERIFY2(idError.contains(u"an id starts with"_s), qPrintable(idError));
    }
    QCOMPARE(ProjectWriter::write(document.project()), edited);

    // Save, reload, save again: the same bytes every time.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.yaml"_s);
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QCOMPARE(fileBytes(path), edited);
    Document reloaded;
    QVERIFY2(reloaded.load(path, &errors), qPrintable(formatDiagnostics(errors)));
    QVERIFY(reloaded.project() == document.project());
    const QString again = dir.filePath(u"again.yaml"_s);
    QVERIFY2(reloaded.save(again, &error), qPrintable(error));
    QCOMPARE(fileBytes(again), edited);
    for (const QString &id : reloaded.project().allIds())
        QCOMPARE(ElementProperties::value(reloaded.project(), reloaded.catalogs(), id, u"name"_s), text);

    // Undo takes the document back to the file it came from.
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(ProjectWriter::write(document.project()), original);
}

void TestHostileEdit::editorAndReaderAgree_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString addresses = u"addresses"_s;
    const QString nodeIp = ElementProperties::settingKey(u"livekit-server/server"_s, u"rtc.node_ip"_s);
    for (const QString &key : {addresses, nodeIp}) {
        QTest::addRow("%s: dotted quad", qPrintable(key)) << key << u"10.20.1.99"_s << true;
        QTest::addRow("%s: IPv6", qPrintable(key)) << key << u"2001:db8::7"_s << true;
        // QHostAddress takes these; the file reader rightly does not.
        QTest::addRow("%s: a port", qPrintable(key)) << key << u"8000"_s << false;
        QTest::addRow("%s: short form", qPrintable(key)) << key << u"10.1"_s << false;
        QTest::addRow("%s: octal-looking", qPrintable(key)) << key << u"010.0.0.1"_s << false;
        QTest::addRow("%s: scope id", qPrintable(key)) << key << u"fe80::1%eth0"_s << false;
        QTest::addRow("%s: host name", qPrintable(key)) << key << u"localhost"_s << false;
        QTest::addRow("%s: CIDR", qPrintable(key)) << key << u"10.0.0.0/8"_s << false;
    }
    const QString port = ElementProperties::settingKey(u"livekit-server/server"_s, u"port"_s);
    QTest::newRow("port: a port") << port << u"7881"_s << true;
    // Blank read as "no number" passed the editor, and the reader refused it.
    QTest::newRow("port: spaces only") << port << u"   "_s << false;
    QTest::newRow("port: line separators") << port << u"\u2028\u2029"_s << false;
    QTest::newRow("port: out of range") << port << u"65536"_s << false;
}

// Whatever the editor accepts, the file reader reads back: a value the
// reader refused would make the saved project impossible to open.
void TestHostileEdit::editorAndReaderAgree()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    Document document;
    Diagnostics errors;
    QVERIFY2(document.load(kExample, &errors), qPrintable(formatDiagnostics(errors)));
    const QString error = change(&document, u"livekit"_s, key, text);
    QVERIFY2(error.isEmpty() == valid, qPrintable(error.isEmpty() ? u"accepted"_s : error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.yaml"_s);
    QString saveError;
    QVERIFY2(document.save(path, &saveError), qPrintable(saveError));
    Document reloaded;
    QVERIFY2(reloaded.load(path, &errors), qPrintable(formatDiagnostics(errors)));
    QCOMPARE(ProjectWriter::write(reloaded.project()), ProjectWriter::write(document.project()));
    if (valid)
        QCOMPARE(ElementProperties::value(reloaded.project(), reloaded.catalogs(), u"livekit"_s, key), text);
}

void TestHostileEdit::exportAfterHostileEdits_data()
{
    QTest::addColumn<QString>("target");
    for (const Exporter *e : ExporterRegistry::all())
        QTest::newRow(qPrintable(e->id())) << e->id();
    QTest::newRow("bundle") << u"bundle"_s;
}

void TestHostileEdit::exportAfterHostileEdits()
{
    QFETCH(QString, target);
    Document document;
    Diagnostics errors;
    QVERIFY2(document.load(kExample, &errors), qPrintable(formatDiagnostics(errors)));
    // A cloud target of another provider gets the example's cloud moved to
    // it, by the same command the inspector uses.
    const Provider provider = providerOf(target);
    if (provider != Provider::None && provider != Provider::Aws)
        QCOMPARE(change(&document, u"aws"_s, u"provider"_s, providerName(provider)), QString());
    // What the same target makes of the plan before any hostile text: the
    // hostile names must not cost a file (a target with nothing to do for
    // this plan, as IPv6 gateway rules for an IPv4-only NAT, makes none).
    qsizetype plainFiles = -1;
    if (const Exporter *plain = ExporterRegistry::find(target)) {
        const Derivation plainPlan = Deriver::derive(document.project(), document.catalogs());
        plainFiles = plain->generate({document.project(), document.catalogs(), plainPlan}).files.size();
    }
    QString failure;
    QVERIFY2(typeEverywhere(&document, hostileTexts(), 0, &failure), qPrintable(failure));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.yaml"_s);
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    Document reloaded;
    QVERIFY2(reloaded.load(path, &errors), qPrintable(formatDiagnostics(errors)));
    const Project &project = reloaded.project();
    const Derivation derivation = Deriver::derive(project, reloaded.catalogs());
    const ExportInput input{project, reloaded.catalogs(), derivation};

    if (target == u"bundle"_s) {
        // Every target in one bundle: its manifest must hold for every file.
        const ExportResult bundle = BundleBuilder::build(input, ExporterRegistry::all());
        QVERIFY(!bundle.files.isEmpty());
        QCOMPARE(bundle.files.last().path, QString::fromLatin1(BundleBuilder::ManifestName));
        QCOMPARE(bundle.files.last().content,
                 BundleBuilder::manifest(bundle.files.mid(0, bundle.files.size() - 1)));
        return;
    }

    const Exporter *exporter = ExporterRegistry::find(target);
    QVERIFY(exporter);
    const ExportResult result = exporter->generate(input);
    QCOMPARE(result.files.size(), plainFiles);
    if (result.files.isEmpty()) {
        QVERIFY2(target == u"gateway-ip6tables"_s, "a hostile project must still export");
        return;
    }
    // Deterministic even with hostile text.
    const ExportResult twice = exporter->generate(input);
    QCOMPARE(twice.files.size(), result.files.size());
    for (qsizetype i = 0; i < result.files.size(); ++i)
        QVERIFY2(twice.files[i].content == result.files[i].content, qPrintable(result.files[i].path));

    QTemporaryDir out;
    const QStringList paths = writeFiles(result.files, out.path());
    QCOMPARE(paths.size(), result.files.size());
    QStringList missing;
    if (exporter->family() == u"host"_s) {
        QStringList relative;
        for (const ExportFile &f : result.files)
            relative << f.path;
        const test::Verdict v = test::TargetValidator::check(target, out.path(), relative);
        QVERIFY2(v.kind != test::Verdict::Failed, qPrintable(v.detail));
        if (v.kind == test::Verdict::Skipped)
            missing << v.detail;
    } else if (target.startsWith(u"port-matrix"_s)) {
        // The three forms read back to exactly the cells: nothing injected.
        QJsonArray expected{QJsonArray::fromStringList(PortMatrix::headers())};
        for (const PortMatrixRow &row : PortMatrix::rows(input))
            expected.append(
                QJsonArray::fromStringList({row.source, row.sourcePort, row.destination, row.destinationPort,
                                            row.protocol, row.service, row.why, row.document}));
        QFile json(out.filePath(u"expected.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(expected).toJson());
        json.close();
        QStringList forms;
        for (const QString &form : {u"port-matrix-md"_s, u"port-matrix-csv"_s, u"port-matrix-html"_s})
            forms << writeFiles(ExporterRegistry::find(form)->generate(input).files, out.filePath(form))
                         .value(0);
        const ValidatorResult r =
            CloudValidators::portMatrix(json.fileName(), forms.at(1), forms.at(2), forms.at(0));
        QVERIFY2(r.status != ValidatorResult::Status::Failed, qPrintable(r.detail));
        if (r.status == ValidatorResult::Status::Missing)
            missing << r.detail;
    } else {
        for (const auto &[what, r] : CloudValidators::validateTarget(target, paths, out.path())) {
            QVERIFY2(r.status != ValidatorResult::Status::Failed, qPrintable(what + u": "_s + r.detail));
            if (r.status == ValidatorResult::Status::Missing)
                missing << what + u" ("_s + r.detail + u')';
        }
        if (target == u"gcloud"_s || target == u"doctl"_s) {
            // Run the script for real against recording stubs.
            QList<QStringList> calls;
            const ValidatorResult r =
                CloudValidators::runWithStubs(paths.value(0), {u"gcloud"_s, u"doctl"_s}, &calls);
            QVERIFY2(r.status != ValidatorResult::Status::Failed, qPrintable(r.detail));
            if (r.status == ValidatorResult::Status::Missing)
                missing << r.detail;
            else
                QVERIFY(!calls.isEmpty());
        }
    }
    QVERIFY2(!QFile::exists(kMarker), "hostile text ran");
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"validator missing, not checked: "_s + missing.join(u"; "_s)));
}

void TestHostileEdit::cleanupTestCase()
{
    QVERIFY2(!QFile::exists(kMarker), "hostile text was executed by an export or a validator");
}

QTEST_GUILESS_MAIN(TestHostileEdit)
#include "tst_hostileedit.moc"
