// File > Export Rules…: targets grouped by family, a preview that is the
// exporters' own output, limit warnings as the exporters report them, the
// bundle written atomically, choices remembered, clear write errors.
#include "analysis/plansnapshot.h"
#include "derive/deriver.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "export/bundle/bundlebuilder.h"
#include "export/exportdialog.h"
#include "export/exporterregistry.h"
#include "export/exporthighlighter.h"
#include "mainwindow.h"
#include "project/projectwriter.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name + u".yaml"_s;
}

PlanSnapshotPtr snapshotOf(const Document &document)
{
    return PlanSnapshot::compute(1, document.project(), document.catalogs());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Screenshots for the documentation when PORTOLAN_SCREENSHOT_DIR is set.
void maybeGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void targetsAreGroupedByFamily();
    void networkFamilyListsTheGatewayFiles();
    void languageFollowsTheFileName_data();
    void languageFollowsTheFileName();
    void jsonKeysAndValuesDiffer();
    void previewIsTheExportersOutput_data();
    void previewIsTheExportersOutput();
    void writesTheBundleAndRemembersChoices();
    void unwritableFolderIsAClearError_data();
    void unwritableFolderIsAClearError();
    void exportsTheDocumentAsItStands();
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"tst_exportdialog"_s);
}

void TestExportDialog::init()
{
    QSettings().clear();
}

void TestExportDialog::targetsAreGroupedByFamily()
{
    Document document;
    Diagnostics errors;
    QVERIFY(document.load(example(u"kong-0x-two-datacenters-nat"_s), &errors));
    ExportDialog dialog(snapshotOf(document), document.filePath());
    auto tree = dialog.findChild<QTreeWidget *>(u"ExportTargets"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 4);
    const QList<int> counts{7, 9, 5, 3}; // host, cloud, network (gateways, load balancers), port matrix
    int total = 0;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(tree->topLevelItem(i)->childCount(), counts[i]);
        total += counts[i];
    }
    QCOMPARE(total, ExporterRegistry::all().size());
    // First use: the host targets.
    QCOMPARE(dialog.selectedTargets().size(), 7);
    QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
    // Checking a family checks its targets; the preview follows.
    QTreeWidgetItem *documents = tree->topLevelItem(3);
    documents->setCheckState(0, Qt::Checked);
    QTRY_COMPARE(dialog.selectedTargets().size(), 10);
    QTRY_VERIFY(dialog.filePaths().contains(u"port-matrix-csv/port-matrix/port-matrix.csv"_s));
    tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QTRY_COMPARE(dialog.selectedTargets().size(), 3);
    QTRY_VERIFY(!dialog.filePaths().contains(u"nftables/kong-a.nft"_s));
}

// The network family: boundary firewall, NAT and load balancer files of the
// Cumulocity example (screenshot docs/screenshots/export-dialog-network.png).
void TestExportDialog::networkFamilyListsTheGatewayFiles()
{
    Document document;
    Diagnostics errors;
    QVERIFY(document.load(example(u"cumulocity-on-premises"_s), &errors));
    ExportDialog dialog(snapshotOf(document), document.filePath());
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto tree = dialog.findChild<QTreeWidget *>(u"ExportTargets"_s);
    QVERIFY(tree);
    QTreeWidgetItem *network = tree->topLevelItem(2);
    QCOMPARE(network->text(0), ExportDialog::tr("Network devices: gateways and load balancers"));
    QStringList ids;
    for (int i = 0; i < network->childCount(); ++i)
        ids.append(network->child(i)->text(1));
    QCOMPARE(ids, (QStringList{u"gateway-nftables"_s, u"gateway-iptables"_s, u"gateway-ip6tables"_s,
                               u"gateway-pf"_s, u"haproxy"_s}));
    tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    network->setCheckState(0, Qt::Checked);
    QTRY_COMPARE(dialog.selectedTargets().size(), 5);
    QTRY_VERIFY(dialog.filePaths().contains(u"gateway-nftables/ext-fw.nft"_s));
    QVERIFY(dialog.filePaths().contains(u"gateway-nftables/egress-nat.nft"_s));
    QVERIFY(dialog.filePaths().contains(u"haproxy/ext-lb.cfg"_s));
    auto files = dialog.findChild<QListWidget *>(u"ExportFiles"_s);
    QVERIFY(files);
    const QList<QListWidgetItem *> fw = files->findItems(u"gateway-nftables/ext-fw.nft"_s, Qt::MatchExactly);
    QCOMPARE(fw.size(), 1);
    files->setCurrentItem(fw.first());
    auto preview = dialog.findChild<QPlainTextEdit *>(u"ExportPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"chain forward"_s));
    maybeGrab(&dialog, u"export-dialog-network.png"_s);
}

void TestExportDialog::languageFollowsTheFileName_data()
{
    using L = ExportHighlighter::Language;
    QTest::addColumn<QString>("path");
    QTest::addColumn<ExportHighlighter::Language>("language");
    QTest::newRow("nft") << u"nftables/kong-a.nft"_s << L::Nft;
    QTest::newRow("iptables-restore") << u"iptables/kong-a.rules.v4"_s << L::Shell;
    QTest::newRow("ufw script") << u"ufw/kong-a.sh"_s << L::Shell;
    QTest::newRow("pf") << u"pf/kong-a.pf.conf"_s << L::Shell;
    QTest::newRow("PowerShell") << u"windows/kong-a.ps1"_s << L::Shell;
    QTest::newRow("Terraform") << u"gcp-terraform/firewall.tf"_s << L::Hcl;
    QTest::newRow("CloudFormation") << u"aws-cloudformation/security-groups.yaml"_s << L::Yaml;
    QTest::newRow("AWS CLI") << u"aws-cli/sg-web-ingress.json"_s << L::Json;
    QTest::newRow("firewalld") << u"firewalld/kong-a/zones/portolan.xml"_s << L::Markup;
    QTest::newRow("HTML matrix") << u"port-matrix-html/port-matrix/port-matrix.html"_s << L::Markup;
    QTest::newRow("CSV matrix") << u"port-matrix-csv/port-matrix/port-matrix.csv"_s << L::Csv;
    QTest::newRow("README") << u"README.md"_s << L::Markdown;
    QTest::newRow("manifest") << u"MANIFEST.sha256"_s << L::Plain;
}

void TestExportDialog::languageFollowsTheFileName()
{
    QFETCH(QString, path);
    QFETCH(ExportHighlighter::Language, language);
    QCOMPARE(ExportHighlighter::languageFor(path), language);
}

void TestExportDialog::jsonKeysAndValuesDiffer()
{
    QTextDocument document;
    ExportHighlighter highlighter(&document);
    document.setPlainText(uR"({"GroupId": "sg-1", "FromPort": 443})"_s);
    highlighter.setLanguage(ExportHighlighter::Language::Json); // highlights now
    const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
    auto colourAt = [&](qsizetype position) {
        QColor colour;
        for (const QTextLayout::FormatRange &r : formats)
            if (position >= r.start && position < r.start + r.length)
                colour = r.format.foreground().color();
        return colour;
    };
    const QString text = document.firstBlock().text();
    const QColor key = colourAt(text.indexOf(u"GroupId"_s));
    const QColor value = colourAt(text.indexOf(u"sg-1"_s));
    const QColor number = colourAt(text.indexOf(u"443"_s));
    QVERIFY(key.isValid() && value.isValid() && number.isValid());
    QVERIFY(key != value);
    QVERIFY(number != value);
    QCOMPARE(colourAt(text.indexOf(u"FromPort"_s)), key);
    QVERIFY(!colourAt(text.indexOf(u':')).isValid()); // punctuation stays plain
}

void TestExportDialog::previewIsTheExportersOutput_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("target");
    QTest::addColumn<ExportHighlighter::Language>("language");
    QTest::newRow("nftables") << u"kong-0x-two-datacenters-nat"_s << u"nftables"_s
                              << ExportHighlighter::Language::Nft;
    QTest::newRow("iptables") << u"kong-3.3-lb-stream-transparent"_s << u"iptables"_s
                              << ExportHighlighter::Language::Shell;
    QTest::newRow("aws-terraform") << u"livekit-sip-aws"_s << u"aws-terraform"_s
                                   << ExportHighlighter::Language::Hcl;
    QTest::newRow("aws-cloudformation")
        << u"livekit-sip-aws"_s << u"aws-cloudformation"_s << ExportHighlighter::Language::Yaml;
    QTest::newRow("port-matrix-csv") << u"cumulocity-on-premises"_s << u"port-matrix-csv"_s
                                     << ExportHighlighter::Language::Csv;
    // Nothing in AWS: the exporter's own problem is what the dialog lists.
    QTest::newRow("aws-cli, on premises")
        << u"cumulocity-on-premises"_s << u"aws-cli"_s << ExportHighlighter::Language::Markdown;
}

void TestExportDialog::previewIsTheExportersOutput()
{
    QFETCH(QString, project);
    QFETCH(QString, target);
    QFETCH(ExportHighlighter::Language, language);
    Document document;
    Diagnostics errors;
    QVERIFY(document.load(example(project), &errors));
    const PlanSnapshotPtr snapshot = snapshotOf(document);
    ExportDialog dialog(snapshot, document.filePath());
    dialog.show();
    dialog.setSelectedTargets({target});
    QCOMPARE(dialog.selectedTargets(), QStringList{target});

    const Exporter *exporter = ExporterRegistry::find(target);
    const ExportResult direct =
        exporter->generate({snapshot->project, snapshot->catalogs, snapshot->derivation});
    QStringList expected;
    for (const ExportFile &f : direct.files) {
        const QString path = f.path.startsWith(target + u'/') ? f.path : target + u'/' + f.path;
        expected.append(path);
        QVERIFY2(dialog.showFile(path), qPrintable(path));
        QCOMPARE(dialog.currentFile(), path);
        // Byte for byte, but for CR LF line ends (CSV, PowerShell), which
        // the editor shows as plain lines.
        QCOMPARE(dialog.previewText(), QString::fromUtf8(f.content).replace(u"\r\n"_s, u"\n"_s));
        QCOMPARE(dialog.highlighter()->language(), language);
    }
    if (!direct.ok())
        expected.clear(); // a target that cannot express the plan contributes no files
    expected << QString::fromLatin1(BundleBuilder::ReadmeName)
             << QString::fromLatin1(BundleBuilder::ManifestName);
    QCOMPARE(dialog.filePaths(), expected);

    // The limits and problems are the exporter's own, one line each.
    const QStringList lines = dialog.problemLines();
    QCOMPARE(lines.size(), direct.problems.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines[i].endsWith(direct.problems[i].message), qPrintable(lines[i]));

    // The README is highlighted as Markdown: its title line has a format.
    QVERIFY(dialog.showFile(QString::fromLatin1(BundleBuilder::ReadmeName)));
    QCOMPARE(dialog.highlighter()->language(), ExportHighlighter::Language::Markdown);
    auto preview = dialog.findChild<QPlainTextEdit *>(u"ExportPreview"_s);
    const QTextBlock first = preview->document()->firstBlock();
    QVERIFY(first.text().startsWith(u"# "_s));
    QVERIFY(!first.layout()->formats().isEmpty());
    if (!direct.files.isEmpty()) {
        QVERIFY(dialog.showFile(expected.first()));
        bool coloured = false;
        for (QTextBlock b = preview->document()->firstBlock(); b.isValid() && !coloured; b = b.next())
            coloured = !b.layout()->formats().isEmpty();
        QVERIFY(coloured);
    }
}

void TestExportDialog::writesTheBundleAndRemembersChoices()
{
    Document document;
    Diagnostics errors;
    QVERIFY(document.load(example(u"kong-0x-two-datacenters-nat"_s), &errors));
    QTemporaryDir dir;
    const QString out = dir.filePath(u"bundle"_s);
    const QStringList targets{u"nftables"_s, u"aws-terraform"_s, u"port-matrix-md"_s};
    {
        ExportDialog dialog(snapshotOf(document), document.filePath());
        dialog.setSelectedTargets(targets);
        dialog.setFolder(out);
        QSignalSpy written(&dialog, &ExportDialog::bundleWritten);
        QVERIFY2(dialog.writeBundle(), qPrintable(dialog.errorText()));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (const ExportFile &f : dialog.bundle().files)
            QCOMPARE(readAll(QDir(out).filePath(f.path)), f.content);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"MANIFEST.sha256"_s)));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"README.md"_s)));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"nftables/kong-a.nft"_s)));
        QCOMPARE(readAll(QDir(out).filePath(u"MANIFEST.sha256"_s)),
                 BundleBuilder::manifest(dialog.bundle().files.mid(0, dialog.bundle().files.size() - 1)));
    }
    // A new dialog (a later session) starts from the same choices.
    ExportDialog again(snapshotOf(document), document.filePath());
    QCOMPARE(again.selectedTargets(), targets);
    QCOMPARE(QDir::fromNativeSeparators(again.folder()), QFileInfo(out).absoluteFilePath());
    // Writing over the earlier bundle is allowed: it is replaced as a whole.
    again.setSelectedTargets({u"nftables"_s});
    QVERIFY2(again.writeBundle(), qPrintable(again.errorText()));
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(u"aws-terraform"_s)));
}

void TestExportDialog::unwritableFolderIsAClearError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("why"); // BundleWriter's reason, as it words it
    QTest::newRow("folder with someone's files") << u"occupied"_s << u"holds no earlier bundle"_s;
    QTest::newRow("a file, not a folder") << u"file"_s << u"is not a folder"_s;
    // /proc refuses new entries even to root, so this holds in any CI.
    QTest::newRow("cannot create") << u"unwritable"_s << u"Cannot create"_s;
    QTest::newRow("no folder given") << u"empty"_s << u"Choose the folder"_s;
}

void TestExportDialog::unwritableFolderIsAClearError()
{
    QFETCH(QString, kind);
    QFETCH(QString, why);
    Document document;
    Diagnostics errors;
    QVERIFY(document.load(example(u"kong-0x-two-datacenters-nat"_s), &errors));
    const QByteArray before = ProjectWriter::write(document.project());
    QTemporaryDir dir;
    QString target;
    QString keep;
    if (kind == u"occupied"_s) {
        target = dir.filePath(u"occupied"_s);
        QVERIFY(QDir().mkpath(target));
        keep = QDir(target).filePath(u"notes.txt"_s);
    } else if (kind == u"file"_s) {
        target = dir.filePath(u"plain-file"_s);
        keep = target;
    } else if (kind == u"unwritable"_s) {
        target = u"/proc/portolan-bundle/rules"_s;
    }
    if (!keep.isEmpty()) {
        QFile file(keep);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine\n");
    }

    ExportDialog dialog(snapshotOf(document), document.filePath());
    dialog.setSelectedTargets({u"nftables"_s});
    dialog.setFolder(target);
    QSignalSpy written(&dialog, &ExportDialog::bundleWritten);
    QVERIFY(!dialog.writeBundle());
    QCOMPARE(written.size(), 0);
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString error = dialog.errorText();
    // Why, and what to do; with a folder, which one.
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY2(error.contains(u"Choose"_s), qPrintable(error));
    if (!target.isEmpty())
        QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())),
                 qPrintable(error));
    if (!keep.isEmpty()) {
        // Someone's files are as they were, and nothing was left beside them.
        QCOMPARE(readAll(keep), QByteArray("mine\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(),
                 1);
    }
    // The document is untouched, and nothing was remembered as written.
    QCOMPARE(ProjectWriter::write(document.project()), before);
    QVERIFY(!document.isModified());
    QVERIFY(!QSettings().contains(u"export/folder"_s));
}

void TestExportDialog::exportsTheDocumentAsItStands()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(example(u"kong-0x-two-datacenters-nat"_s)));
    Document *document = w.document();
    // An edit the plan service has not caught up with yet.
    document->undoStack()->push(new ChangePropertyEdit(
        document, u"kong-a"_s, ElementProperties::settingKey(u"kong-0.x/node"_s, u"admin_api_listen"_s),
        u"0.0.0.0:8088"_s));
    auto action = w.findChild<QAction *>(u"ExportRulesAction"_s);
    QVERIFY(action);
    action->trigger();
    auto dialog = w.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setSelectedTargets({u"nftables"_s, u"iptables"_s, u"aws-terraform"_s, u"port-matrix-md"_s});

    const Derivation derivation = Deriver::derive(document->project(), document->catalogs());
    const ExportResult direct = ExporterRegistry::find(u"nftables"_s)
                                    ->generate({document->project(), document->catalogs(), derivation});
    const QString file = u"nftables/kong-a.nft"_s;
    QVERIFY(dialog->showFile(file));
    const auto expected = std::find_if(direct.files.begin(), direct.files.end(),
                                       [&](const ExportFile &f) { return f.path == file; });
    QVERIFY(expected != direct.files.end());
    QCOMPARE(dialog->previewText(), QString::fromUtf8(expected->content));
    QVERIFY(dialog->previewText().contains(u"8088"_s));
    dialog->resize(1400, 820);
    maybeGrab(dialog, u"export-dialog-preview.png"_s);
    dialog->reject();
    QTRY_VERIFY(!w.findChild<ExportDialog *>()); // deleted on close
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
