#include "catalogbrowser.h"

#include "catalog/catalogreader.h"
#include "catalogdiffmodel.h"
#include "catalogtreemodel.h"
#include "document/document.h"
#include "porttablemodel.h"
#include "settingtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Like CatalogSet::addFolder, but a file the project already reads (the
// user catalog folder, loaded again) is shown once instead of being
// reported as a duplicate id, and a missing or empty folder is reported:
// the user asked for this one.
void addFolderTo(CatalogSet &set, const QString &folder, Diagnostics *errors)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        errors->append({folder, 0, 0, CatalogBrowser::tr("The folder does not exist."),
                        CatalogBrowser::tr("choose another folder")});
        return;
    }
    const QStringList files = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        errors->append({folder, 0, 0, CatalogBrowser::tr("The folder holds no catalog files (*.yaml)."), {}});
    for (const QString &name : files) {
        auto catalog = CatalogReader::readFile(dir.filePath(name), errors);
        if (!catalog)
            continue;
        const Catalog *existing = set.catalog(catalog->id);
        if (existing && QFileInfo(existing->filePath).canonicalFilePath() ==
                            QFileInfo(catalog->filePath).canonicalFilePath())
            continue;
        set.add(std::move(*catalog), errors);
    }
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Every column but the last (quotes, long values) fits its content;
    // the last takes the rest of the width.
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        for (int c = 0; c + 1 < model->columnCount(); ++c)
            view->resizeColumnToContents(c);
    });
    return view;
}

} // namespace

CatalogBrowser::CatalogBrowser(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_tree(new CatalogTreeModel(this)),
      m_ports(new PortTableModel(this)), m_settings(new SettingTableModel(this)),
      m_diff(new CatalogDiffModel(this))
{
    auto layout = new QVBoxLayout(this);
    auto top = new QHBoxLayout;
    auto load = new QPushButton(tr("Load Catalog Folder\u2026"), this);
    load->setObjectName(u"LoadCatalogFolder"_s);
    load->setToolTip(tr("Browse the catalogs of another folder (they are not added to the project)"));
    connect(load, &QPushButton::clicked, this, &CatalogBrowser::chooseFolder);
    m_summary = new QLabel(this);
    top->addWidget(load);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createBrowseTab(), tr("Browse"));
    m_tabs->addTab(createCompareTab(), tr("Compare Versions"));
    layout->addWidget(m_tabs, 1);

    m_errorTitle = new QLabel(tr("Errors in loaded catalogs (these files were not loaded):"), this);
    m_errorList = new QListWidget(this);
    m_errorList->setObjectName(u"CatalogErrors"_s);
    m_errorList->setMaximumHeight(110);
    layout->addWidget(m_errorTitle);
    layout->addWidget(m_errorList);

    connect(m_document, &Document::projectReset, this, &CatalogBrowser::rebuild);
    connect(m_document, &Document::catalogsChanged, this, &CatalogBrowser::rebuild);
    rebuild();
}

QWidget *CatalogBrowser::createBrowseTab()
{
    auto splitter = new QSplitter(Qt::Horizontal, this);
    m_treeView = new QTreeView(splitter);
    m_treeView->setObjectName(u"CatalogTree"_s);
    m_treeView->setModel(m_tree);
    m_treeView->setDragEnabled(true);
    m_treeView->setDragDropMode(QAbstractItemView::DragOnly);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_treeView->setMinimumWidth(440);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogBrowser::currentChanged);

    auto right = new QWidget(splitter);
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(right);
    m_details->setObjectName(u"CatalogDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto tables = new QTabWidget(right);
    tables->addTab(makeTable(m_ports, tables), tr("Ports"));
    tables->addTab(makeTable(m_settings, tables), tr("Settings"));
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(tables, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget *CatalogBrowser::createCompareTab()
{
    auto tab = new QWidget(this);
    auto layout = new QVBoxLayout(tab);
    auto choose = new QHBoxLayout;
    m_left = new QComboBox(tab);
    m_left->setObjectName(u"CompareLeft"_s);
    m_right = new QComboBox(tab);
    m_right->setObjectName(u"CompareRight"_s);
    m_differencesOnly = new QCheckBox(tr("Only differences"), tab);
    choose->addWidget(new QLabel(tr("Compare"), tab));
    choose->addWidget(m_left);
    choose->addWidget(new QLabel(tr("with"), tab));
    choose->addWidget(m_right);
    choose->addWidget(m_differencesOnly);
    choose->addStretch(1);
    layout->addLayout(choose);
    auto rule = new QLabel(CatalogDiff::matchingRule() + u' ' +
                               tr("Rows: + added in the right version, \u2212 removed, ~ changed."),
                           tab);
    rule->setObjectName(u"CompareRule"_s);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    auto table = makeTable(m_diff, tab);
    table->setObjectName(u"CompareTable"_s);
    layout->addWidget(table, 1);
    connect(m_left, &QComboBox::currentIndexChanged, this, &CatalogBrowser::updateComparison);
    connect(m_right, &QComboBox::currentIndexChanged, this, &CatalogBrowser::updateComparison);
    connect(m_differencesOnly, &QCheckBox::toggled, m_diff, &CatalogDiffModel::setDifferencesOnly);
    return tab;
}

bool CatalogBrowser::loadFolder(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (!m_folders.contains(absolute))
        m_folders.append(absolute);
    rebuild();
    // Failed when any diagnostic names this folder or a file in it.
    for (const Diagnostic &d : std::as_const(m_errors))
        if (d.file == absolute || QFileInfo(d.file).absolutePath() == absolute)
            return false;
    return true;
}

void CatalogBrowser::chooseFolder()
{
    const QString start = m_folders.isEmpty() ? CatalogSet::userCatalogFolder() : m_folders.constLast();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Load Catalog Folder"), start);
    if (!folder.isEmpty())
        loadFolder(folder);
}

void CatalogBrowser::rebuild()
{
    const QModelIndex current = m_treeView->currentIndex();
    const QString catalogId = current.data(CatalogTreeModel::CatalogIdRole).toString();
    const QString componentId = current.data(CatalogTreeModel::ComponentIdRole).toString();

    CatalogSet set = m_document->catalogs();
    QStringList usable;
    for (const Catalog &c : set.catalogs())
        usable.append(c.id);
    m_errors.clear();
    for (const QString &folder : std::as_const(m_folders))
        addFolderTo(set, folder, &m_errors);
    m_tree->setCatalogs(set, usable);
    m_treeView->expandToDepth(0);

    m_errorList->clear();
    for (const Diagnostic &d : std::as_const(m_errors))
        m_errorList->addItem(d.toString());
    m_errorTitle->setVisible(!m_errors.isEmpty());
    m_errorList->setVisible(!m_errors.isEmpty());
    QString summary = tr("%n catalog(s)", nullptr, int(set.catalogs().size()));
    if (!m_folders.isEmpty())
        summary += u" \u00b7 "_s + tr("%n folder(s) loaded for browsing", nullptr, int(m_folders.size()));
    if (!m_errors.isEmpty())
        summary += u" \u00b7 "_s + tr("%n error(s)", nullptr, int(m_errors.size()));
    m_summary->setText(summary);

    fillCompareChoices();
    if (!catalogId.isEmpty() && m_tree->indexOf(catalogId, componentId).isValid())
        showComponent(catalogId, componentId);
    else if (!set.catalogs().isEmpty() && !set.catalogs().first().components.isEmpty())
        showComponent(set.catalogs().first().id, set.catalogs().first().components.first().id);
    else
        currentChanged();
}

void CatalogBrowser::showComponent(const QString &catalogId, const QString &componentId)
{
    const QModelIndex index = m_tree->indexOf(catalogId, componentId);
    m_treeView->setCurrentIndex(index);
    m_treeView->scrollTo(index);
    currentChanged();
}

void CatalogBrowser::currentChanged()
{
    const QModelIndex current = m_treeView->currentIndex();
    const Catalog *catalog =
        m_tree->catalogs().catalog(current.data(CatalogTreeModel::CatalogIdRole).toString());
    if (!catalog) {
        m_ports->clear();
        m_settings->clear();
        m_details->setText(tr("Choose a version or a component to see its ports and settings."));
        return;
    }
    QString componentId = current.data(CatalogTreeModel::ComponentIdRole).toString();
    if (componentId.isEmpty() && !catalog->components.isEmpty())
        componentId = catalog->components.first().id; // a version shows its first component
    m_ports->setComponent(*catalog, componentId);
    m_settings->setComponent(*catalog, componentId);

    QString html = u"<b>%1</b> (%2)"_s.arg(catalog->title.toHtmlEscaped(), catalog->id.toHtmlEscaped());
    if (const ComponentDef *component = catalog->component(componentId)) {
        html += u" \u2014 <b>%1</b>"_s.arg(component->title.toHtmlEscaped());
        if (!component->description.isEmpty())
            html += u"<br>"_s + component->description.toHtmlEscaped();
    }
    QStringList sources;
    for (const SourceDocument &s : catalog->sources) {
        const bool link = s.document.startsWith(u"http"_s);
        sources.append(
            link ? u"<a href=\"%1\">%2</a>"_s.arg(s.document.toHtmlEscaped(), s.title.toHtmlEscaped())
                 : u"%1 (%2)"_s.arg(s.title.toHtmlEscaped(), s.document.toHtmlEscaped()));
    }
    if (!sources.isEmpty())
        html += u"<br>"_s + tr("Sources: %1").arg(sources.join(u"; "_s));
    m_details->setText(html);
}

void CatalogBrowser::fillCompareChoices()
{
    const QString left = m_left->currentData().toString();
    const QString right = m_right->currentData().toString();
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->clear();
    m_right->clear();
    const QList<Catalog> &catalogs = m_tree->catalogs().catalogs();
    for (const Catalog &c : catalogs) {
        m_left->addItem(c.productName + u' ' + c.version, c.id);
        m_right->addItem(c.productName + u' ' + c.version, c.id);
    }
    // Keep the user's choice; else the first product that has two versions.
    int l = m_left->findData(left);
    int r = m_right->findData(right);
    if (l < 0 || r < 0) {
        for (qsizetype i = 0; i < catalogs.size() && (l < 0 || r < 0); ++i)
            for (qsizetype j = i + 1; j < catalogs.size(); ++j)
                if (catalogs[i].product == catalogs[j].product) {
                    l = int(i);
                    r = int(j);
                    break;
                }
    }
    m_left->setCurrentIndex(qMax(l, 0));
    m_right->setCurrentIndex(qMax(r, 0));
    updateComparison();
}

void CatalogBrowser::compare(const QString &leftCatalogId, const QString &rightCatalogId)
{
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(m_left->findData(leftCatalogId));
        m_right->setCurrentIndex(m_right->findData(rightCatalogId));
    }
    updateComparison();
}

void CatalogBrowser::showComparison()
{
    m_tabs->setCurrentIndex(1);
}

void CatalogBrowser::updateComparison()
{
    const Catalog *left = m_tree->catalogs().catalog(m_left->currentData().toString());
    const Catalog *right = m_tree->catalogs().catalog(m_right->currentData().toString());
    if (left && right)
        m_diff->compare(*left, *right);
    else
        m_diff->clear();
}

QStringList CatalogBrowser::errorLines() const
{
    QStringList lines;
    for (int i = 0; i < m_errorList->count(); ++i)
        lines.append(m_errorList->item(i)->text());
    return lines;
}

} // namespace portolan
