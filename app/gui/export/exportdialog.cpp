#include "exportdialog.h"

#include "export/bundle/bundlebuilder.h"
#include "export/bundle/bundlewriter.h"
#include "export/exporterregistry.h"
#include "exporthighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const auto TargetsKey = u"export/targets"_s;
const auto FolderKey = u"export/folder"_s;
constexpr int IdRole = Qt::UserRole + 1;

QString familyTitle(const QString &family)
{
    if (family == u"host"_s)
        return ExportDialog::tr("Host firewalls");
    if (family == u"cloud"_s)
        return ExportDialog::tr("Cloud firewalls and security groups");
    if (family == u"network"_s)
        return ExportDialog::tr("Network devices: gateways and load balancers");
    if (family == u"document"_s)
        return ExportDialog::tr("Port matrix documents");
    return family;
}

} // namespace

ExportDialog::ExportDialog(PlanSnapshotPtr snapshot, const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_projectPath(projectPath),
      m_regenerate(new QTimer(this))
{
    setWindowTitle(tr("Export Rules"));
    setObjectName(u"ExportDialog"_s);
    m_regenerate->setSingleShot(true);
    m_regenerate->setInterval(0);
    connect(m_regenerate, &QTimer::timeout, this, &ExportDialog::regenerate);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    m_targets = new QTreeWidget(splitter);
    m_targets->setObjectName(u"ExportTargets"_s);
    m_targets->setHeaderLabels({tr("Target"), tr("Id")});
    m_targets->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_targets->setMinimumWidth(450);

    auto previewPane = new QSplitter(Qt::Vertical, splitter);
    auto filesAndText = new QSplitter(Qt::Horizontal, previewPane);
    m_files = new QListWidget(filesAndText);
    m_files->setObjectName(u"ExportFiles"_s);
    m_preview = new QPlainTextEdit(filesAndText);
    m_preview->setObjectName(u"ExportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // nft and HCL nest with tabs; eight columns each pushes rules off screen.
    m_preview->setTabStopDistance(4 * QFontMetricsF(m_preview->font()).horizontalAdvance(u' '));
    m_highlighter = new ExportHighlighter(m_preview->document());
    filesAndText->setSizes({300, 900});

    auto problemsPane = new QWidget(previewPane);
    auto problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemSummary = new QLabel(problemsPane);
    m_problems = new QListWidget(problemsPane);
    m_problems->setObjectName(u"ExportProblems"_s);
    m_problems->setWordWrap(true);
    problemsLayout->addWidget(m_problemSummary);
    problemsLayout->addWidget(m_problems);
    previewPane->setSizes({620, 110});
    splitter->setSizes({450, 950});

    auto folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"ExportFolder"_s);
    m_folder->setToolTip(tr("The bundle replaces this folder as a whole when it is empty or holds an earlier "
                            "bundle; any other folder is left alone."));
    auto browseButton = new QPushButton(tr("Browse\u2026"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    folderRow->addWidget(new QLabel(tr("Write to folder:"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);

    m_error = new QLabel(this);
    m_error->setObjectName(u"ExportError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("Write Bundle"), QDialogButtonBox::ApplyRole);
    m_write->setObjectName(u"WriteBundle"_s);
    m_write->setDefault(true);
    connect(m_write, &QPushButton::clicked, this, &ExportDialog::writeBundle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(folderRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    createTargetTree();
    connect(m_targets, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            m_regenerate->start();
    });
    connect(m_files, &QListWidget::currentRowChanged, this, &ExportDialog::showCurrentFile);

    QSettings settings;
    const QStringList defaults = [] {
        QStringList ids;
        for (const Exporter *e : ExporterRegistry::all())
            if (e->family() == u"host"_s)
                ids.append(e->id());
        return ids;
    }();
    setSelectedTargets(settings.value(TargetsKey, defaults).toStringList());
    setFolder(settings.value(FolderKey, defaultFolder()).toString());
    resize(1280, 800);
}

void ExportDialog::createTargetTree()
{
    QMap<QString, QTreeWidgetItem *> families;
    for (const Exporter *e : ExporterRegistry::all()) {
        QTreeWidgetItem *family = families.value(e->family());
        if (!family) {
            family = new QTreeWidgetItem(m_targets, {familyTitle(e->family())});
            family->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            family->setExpanded(true);
            families.insert(e->family(), family);
        }
        auto item = new QTreeWidgetItem(family, {e->title(), e->id()});
        item->setData(0, IdRole, e->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    m_targets->resizeColumnToContents(1);
}

QStringList ExportDialog::selectedTargets() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_targets, QTreeWidgetItemIterator::Checked); *it; ++it)
        if (const QString id = (*it)->data(0, IdRole).toString(); !id.isEmpty())
            ids.append(id);
    return ids;
}

void ExportDialog::setSelectedTargets(const QStringList &ids)
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_targets); *it; ++it)
        if (const QString id = (*it)->data(0, IdRole).toString(); !id.isEmpty())
            (*it)->setCheckState(0, ids.contains(id) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    m_regenerate->stop();
    regenerate();
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString ExportDialog::defaultFolder() const
{
    if (!m_projectPath.isEmpty()) {
        const QFileInfo project(m_projectPath);
        return project.dir().filePath(project.completeBaseName() + u"-rules"_s);
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(u"portolan-rules"_s);
}

void ExportDialog::regenerate()
{
    const QStringList ids = selectedTargets();
    QList<const Exporter *> exporters;
    for (const Exporter *e : ExporterRegistry::all())
        if (ids.contains(e->id()))
            exporters.append(e);
    const QString shown = currentFile();
    m_problemTargets.clear();
    m_bundle = exporters.isEmpty()
                   ? ExportResult{}
                   : BundleBuilder::build(
                         ExportInput{m_snapshot->project, m_snapshot->catalogs, m_snapshot->derivation},
                         exporters, &m_problemTargets);
    QSettings().setValue(TargetsKey, ids);

    {
        const QSignalBlocker block(m_files);
        m_files->clear();
        for (const ExportFile &f : std::as_const(m_bundle.files)) {
            auto item = new QListWidgetItem(f.path, m_files);
            item->setToolTip(f.description);
        }
        // Stay on the file the user was reading; else the first target file
        // (the README and manifest come last).
        const qsizetype again = filePaths().indexOf(shown);
        m_files->setCurrentRow(int(again >= 0 ? again : 0));
    }
    showCurrentFile();

    m_problems->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    int errors = 0;
    for (qsizetype i = 0; i < m_bundle.problems.size(); ++i) {
        const ExportProblem &p = m_bundle.problems[i];
        const bool isError = p.severity == ExportProblem::Severity::Error;
        errors += isError ? 1 : 0;
        const Exporter *e = ExporterRegistry::find(m_problemTargets.value(i));
        QString where = e ? e->title() : m_problemTargets.value(i);
        if (!p.ruleSet.isEmpty())
            where += u" \u00b7 "_s + p.ruleSet;
        new QListWidgetItem(isError ? error : warning, where + u": "_s + p.message, m_problems);
    }
    if (exporters.isEmpty())
        m_problemSummary->setText(tr("Choose one or more targets."));
    else if (m_bundle.problems.isEmpty())
        m_problemSummary->setText(tr("Every target can express the plan within its limits."));
    else
        m_problemSummary->setText(
            tr("%n problem(s) reported by the targets", nullptr, int(m_bundle.problems.size())) +
            (errors ? u" \u2014 "_s +
                          tr("%n target file set(s) not generated; the README says why", nullptr, errors)
                    : QString()));
    m_write->setEnabled(!exporters.isEmpty());
}

QStringList ExportDialog::filePaths() const
{
    QStringList paths;
    for (const ExportFile &f : m_bundle.files)
        paths.append(f.path);
    return paths;
}

bool ExportDialog::showFile(const QString &path)
{
    const qsizetype row = filePaths().indexOf(path);
    if (row < 0)
        return false;
    m_files->setCurrentRow(int(row));
    return true;
}

QString ExportDialog::currentFile() const
{
    const QListWidgetItem *item = m_files->currentItem();
    return item ? item->text() : QString();
}

void ExportDialog::showCurrentFile()
{
    const qsizetype row = m_files->currentRow();
    if (row < 0 || row >= m_bundle.files.size()) {
        m_preview->clear();
        return;
    }
    const ExportFile &file = m_bundle.files[row];
    // Windows scripts and CSV end lines with CR LF; the editor shows lines
    // either way. Text first: a language change then colours it at once.
    m_preview->setPlainText(QString::fromUtf8(file.content).replace(u"\r\n"_s, u"\n"_s));
    m_highlighter->setLanguage(ExportHighlighter::languageFor(file.path));
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QStringList ExportDialog::problemLines() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the Rule Bundle"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void ExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ExportDialog::writeBundle()
{
    showError({});
    if (selectedTargets().isEmpty()) {
        showError(tr("Choose at least one target."));
        return false;
    }
    if (folder().isEmpty()) {
        showError(tr("Choose the folder to write the bundle to."));
        return false;
    }
    const QString target = QDir::cleanPath(QDir::fromNativeSeparators(folder()));
    const QString absolute = QFileInfo(target).absoluteFilePath();
    QString why;
    if (!BundleWriter::write(m_bundle.files, target, &why)) {
        showError(tr("The bundle was not written to %1: %2").arg(QDir::toNativeSeparators(absolute), why) +
                  u'\n' +
                  tr("Nothing there was changed. Choose an empty folder, a new one, or one that holds an "
                     "earlier bundle, where you are allowed to write."));
        return false;
    }
    QSettings settings;
    settings.setValue(TargetsKey, selectedTargets());
    settings.setValue(FolderKey, absolute);
    Q_EMIT bundleWritten(absolute, int(m_bundle.files.size()));
    accept();
    return true;
}

} // namespace portolan
