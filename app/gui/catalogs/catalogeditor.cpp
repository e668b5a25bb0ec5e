#include "catalogeditor.h"
#include "catalogdraft.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogset.h"
#include "catalog/catalogtext.h"
#include "catalog/catalogwriter.h"
#include "document/document.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int ComponentRole = Qt::UserRole;
constexpr int PortRole = Qt::UserRole + 1;

QString itemText(const QString &id, const QString &title)
{
    return title.isEmpty() ? id : id + u"  \u2014  "_s + title;
}

} // namespace

CatalogEditor::CatalogEditor(Document *document, Catalog catalog, const QString &path, QWidget *parent)
    : QDialog(parent), m_document(document), m_draft(new CatalogDraft(std::move(catalog), this)), m_path(path)
{
    setObjectName(u"CatalogEditor"_s);
    resize(1100, 720);
    auto toolBar = new QToolBar(this);
    auto action = [&](const QString &text, const QString &name, auto slot) {
        QAction *a = toolBar->addAction(text, this, slot);
        a->setObjectName(name);
        return a;
    };
    action(tr("Add Component"), u"addComponentAction"_s, &CatalogEditor::addComponent);
    action(tr("Add Port"), u"addPortAction"_s, &CatalogEditor::addPort);
    action(tr("Remove"), u"removeAction"_s, &CatalogEditor::removeSelected);
    toolBar->addSeparator();
    QAction *undo = m_draft->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"catalogUndoAction"_s);
    QAction *redo = m_draft->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"catalogRedoAction"_s);
    toolBar->addAction(undo);
    toolBar->addAction(redo);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"catalogEditorTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(340);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createCatalogPage());
    m_pages->addWidget(createComponentPage());
    m_pages->addWidget(createPortPage());
    auto splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"catalogProblems"_s);
    m_problems->setMaximumHeight(110);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveCatalogButton"_s);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &CatalogEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogEditor::reject);

    auto layout = new QVBoxLayout(this);
    layout->setMenuBar(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(
        new QLabel(tr("Problems (as the catalog reader reports them for the file Save writes):"), this));
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogEditor::selectionChanged);
    connect(m_draft, &CatalogDraft::changed, this, &CatalogEditor::refresh);
    connect(m_draft->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    refresh();
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

CatalogEditor::~CatalogEditor() = default;

bool CatalogEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Fields apply every keystroke to the draft at once, so a line edit's
    // own undo would take the text back in the field only: the field would
    // show one value and Save write another. Ctrl+Z and Ctrl+Shift+Z in a
    // field are left to the editor's undo stack instead (not accepting the
    // override lets the shortcut fire).
    if (event->type() == QEvent::ShortcutOverride) {
        auto key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Catalog CatalogEditor::blankCatalog()
{
    Catalog catalog;
    catalog.sources.append({u"docs"_s, {}, {}});
    return catalog;
}

Catalog CatalogEditor::userCopy(const Catalog &catalog)
{
    Catalog copy = catalog;
    // A user catalog may not take an id already loaded (CatalogSet::add).
    copy.id = catalog.id + u"-custom"_s;
    copy.title = tr("%1 (my copy)").arg(catalog.title);
    copy.filePath.clear();
    return copy;
}

QWidget *CatalogEditor::field(const QString &name) const
{
    return m_fields.value(name);
}

const ComponentDef *CatalogEditor::component(const Catalog &catalog) const
{
    return m_component >= 0 && m_component < catalog.components.size() ? &catalog.components[m_component]
                                                                       : nullptr;
}

// Not through the const overloads: a const QList does not detach, and the
// draft's catalog shares its lists with the copy being edited.
ComponentDef *CatalogEditor::component(Catalog &catalog) const
{
    return m_component >= 0 && m_component < catalog.components.size() ? &catalog.components[m_component]
                                                                       : nullptr;
}

const PortDef *CatalogEditor::port(const Catalog &catalog) const
{
    const ComponentDef *c = component(catalog);
    return c && m_port >= 0 && m_port < c->ports.size() ? &c->ports[m_port] : nullptr;
}

PortDef *CatalogEditor::port(Catalog &catalog) const
{
    ComponentDef *c = component(catalog);
    return c && m_port >= 0 && m_port < c->ports.size() ? &c->ports[m_port] : nullptr;
}

QString CatalogEditor::targetPath() const
{
    const QString id = m_draft->catalog().id;
    if (!m_path.isEmpty() && QFileInfo(m_path).completeBaseName() == id)
        return m_path;
    const QString folder = m_path.isEmpty() ? CatalogSet::userCatalogFolder() : QFileInfo(m_path).path();
    return QDir(folder).filePath(id + u".yaml"_s);
}

QStringList CatalogEditor::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

void CatalogEditor::edit(const QString &field, const std::function<void(Catalog &)> &change,
                         const QString &cell)
{
    if (m_refreshing)
        return;
    m_draft->edit(tr("Edit %1").arg(labelOf(field)),
                  field + cell + u'@' + QString::number(m_component) + u'/' + QString::number(m_port),
                  change);
}

void CatalogEditor::addField(const QString &name, const QString &label, QWidget *widget)
{
    m_fields.insert(name, widget);
    m_labels.insert(name, label);
    widget->installEventFilter(this);
}

QString CatalogEditor::labelOf(const QString &name) const
{
    // The undo menu names a field as the form does, without its mnemonic
    // and without a check box's explanation ("Optional (the vendor ...)").
    QString label = m_labels.value(name, name);
    label.remove(u'&');
    const qsizetype cut = label.indexOf(QRegularExpression(u"[:(]"_s));
    return (cut > 0 ? label.left(cut) : label).trimmed();
}

void CatalogEditor::select(int component, int port)
{
    m_component = component;
    m_port = component < 0 ? -1 : port;
    refresh();
}

void CatalogEditor::selectionChanged()
{
    if (m_refreshing || !m_tree->currentItem())
        return;
    m_component = m_tree->currentItem()->data(0, ComponentRole).toInt();
    m_port = m_tree->currentItem()->data(0, PortRole).toInt();
    refresh();
}

void CatalogEditor::rebuildTree()
{
    const Catalog &c = m_draft->catalog();
    QTreeWidgetItem *root = m_tree->topLevelItem(0);
    // Same shape: texts only, so the tree never loses its place while the
    // user types a title.
    bool sameShape = root && root->childCount() == c.components.size();
    for (int i = 0; sameShape && i < c.components.size(); ++i)
        sameShape = root->child(i)->childCount() == c.components[i].ports.size();
    if (!sameShape) {
        m_tree->clear();
        root = new QTreeWidgetItem(m_tree);
        root->setData(0, ComponentRole, -1);
        root->setData(0, PortRole, -1);
        for (int i = 0; i < c.components.size(); ++i) {
            auto item = new QTreeWidgetItem(root);
            item->setData(0, ComponentRole, i);
            item->setData(0, PortRole, -1);
            for (int p = 0; p < c.components[i].ports.size(); ++p) {
                auto portItem = new QTreeWidgetItem(item);
                portItem->setData(0, ComponentRole, i);
                portItem->setData(0, PortRole, p);
            }
        }
        m_tree->expandAll();
    }
    root->setText(0, itemText(c.id.isEmpty() ? tr("(new catalog)") : c.id, c.title));
    for (int i = 0; i < c.components.size(); ++i) {
        const ComponentDef &component = c.components[i];
        root->child(i)->setText(0, itemText(component.id, component.title));
        for (int p = 0; p < component.ports.size(); ++p) {
            const PortDef &port = component.ports[p];
            root->child(i)->child(p)->setText(0, tr("%1  %2 %3 \u00b7 %4")
                                                     .arg(port.id, protocolsName(port.protocols),
                                                          CatalogText::portCell(c, component, port),
                                                          audienceName(port.audience)));
        }
    }
    QTreeWidgetItem *current = root;
    if (m_component >= 0 && m_component < root->childCount()) {
        current = root->child(m_component);
        if (m_port >= 0 && m_port < current->childCount())
            current = current->child(m_port);
    }
    m_tree->setCurrentItem(current);
}

void CatalogEditor::refresh()
{
    m_refreshing = true;
    const Catalog &c = m_draft->catalog();
    if (m_component >= c.components.size())
        m_component = int(c.components.size()) - 1;
    if (m_component < 0 || m_port >= c.components[m_component].ports.size())
        m_port = m_component < 0 ? -1 : int(c.components[m_component].ports.size()) - 1;
    rebuildTree();
    const int page = m_component < 0 ? 0 : m_port < 0 ? 1 : 2;
    m_pages->setCurrentIndex(page);
    for (const Binding &binding : std::as_const(m_bindings))
        if (binding.page == page)
            binding.fill();
    if (page == 2)
        updatePortRows();

    // Live: the reader's verdict on exactly the text Save would write, with
    // the positions it would have in that file.
    Diagnostics errors;
    CatalogReader::read(CatalogWriter::write(c), targetPath(), &errors);
    m_problems->clear();
    for (const Diagnostic &d : std::as_const(errors))
        m_problems->addItem(d.toString());
    m_status->setText(errors.isEmpty() ? tr("No problems: Save writes %1.").arg(targetPath())
                                       : tr("%n problem(s): Save writes nothing until they are fixed.",
                                            nullptr, int(errors.size())));
    setWindowTitle(tr("Catalog Editor \u2014 %1[*]").arg(c.id.isEmpty() ? tr("new catalog") : c.id));
    m_refreshing = false;
}

void CatalogEditor::addComponent()
{
    const Catalog &c = m_draft->catalog();
    ComponentDef component;
    component.id = freshId(u"component"_s, c.components, &ComponentDef::id);
    component.title = tr("New component");
    const int index = int(c.components.size());
    m_draft->edit(tr("Add Component"), {}, [&](Catalog &catalog) { catalog.components.append(component); });
    select(index);
}

void CatalogEditor::addPort()
{
    const Catalog &c = m_draft->catalog();
    if (!component(c))
        addComponent();
    const ComponentDef *owner = component(m_draft->catalog());
    if (!owner)
        return;
    PortDef port;
    port.id = freshId(u"port"_s, owner->ports, &PortDef::id);
    port.title = tr("New port");
    port.protocols = {Protocol::Tcp};
    port.source = m_draft->catalog().sources.isEmpty() ? QString() : m_draft->catalog().sources.first().id;
    const int index = int(owner->ports.size());
    m_draft->edit(tr("Add Port"), {}, [&](Catalog &catalog) { component(catalog)->ports.append(port); });
    select(m_component, index);
}

void CatalogEditor::removeSelected()
{
    if (port(m_draft->catalog())) {
        const int index = m_port;
        m_draft->edit(tr("Remove Port"), {}, [&](Catalog &c) { component(c)->ports.removeAt(index); });
    } else if (component(m_draft->catalog())) {
        const int index = m_component;
        m_draft->edit(tr("Remove Component"), {}, [&](Catalog &c) { c.components.removeAt(index); });
    }
}

bool CatalogEditor::save()
{
    Diagnostics errors;
    const QString path = targetPath();
    const Catalog catalog = m_draft->catalog();
    if (path != m_path && QFileInfo::exists(path)) {
        errors.append({path, 0, 0, tr("a catalog file %1 is already there").arg(path),
                       tr("give the catalog another id, or open that one with Edit Catalog…")});
    } else if (auto checked = CatalogReader::read(CatalogWriter::write(catalog), path, &errors);
               checked && m_document->catalogsWith(*checked, &errors)) {
        if (auto saved = CatalogWriter::save(catalog, path, &errors)) {
            m_document->putCatalog(std::move(*saved), &errors);
            m_path = path;
            m_draft->undoStack()->setClean();
            refresh();
            m_status->setText(tr("Saved to %1; the palette and the catalog browser show it.").arg(path));
            return true;
        }
    }
    m_problems->clear();
    for (const Diagnostic &d : std::as_const(errors))
        m_problems->addItem(d.toString());
    m_status->setText(tr("Not saved: %1").arg(errors.isEmpty() ? QString() : errors.first().message));
    return false;
}

void CatalogEditor::reject()
{
    // Close, Escape and the window's close button all come here
    // (QDialog::closeEvent calls reject()).
    if (!m_draft->undoStack()->isClean()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Catalog"), tr("Save the changes to this catalog?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace portolan
