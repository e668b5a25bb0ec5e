#include "inspectorpanel.h"

#include "analysis/planservice.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementlists.h"
#include "document/listrowedit.h"
#include "document/propertystepedit.h"
#include "elementfindingslabel.h"
#include "listtableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Every field the form shows: properties and table cells.
QList<PropertyInfo> fieldsOf(const Document *document, const ElementId &id)
{
    QList<PropertyInfo> out = ElementProperties::properties(document->project(), document->catalogs(), id);
    for (const ListInfo &list : ElementLists::lists(document->project(), document->catalogs(), id))
        for (const QList<PropertyInfo> &row : list.rows)
            out.append(row);
    return out;
}

void showChoices(QComboBox *combo, const PropertyInfo &info)
{
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(combo->itemData(i).toString());
    if (shown != info.choices) {
        // A listener's new target runs other components: new choices, same widget,
        // so a user typing to search the combo box keeps it.
        const QSignalBlocker block(combo);
        combo->clear();
        for (int i = 0; i < info.choices.size(); ++i) {
            const QString label = i < info.choiceLabels.size() ? info.choiceLabels[i] : info.choices[i];
            combo->addItem(label.isEmpty() ? InspectorPanel::tr("(none)") : label, info.choices[i]);
        }
    }
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(int(info.choices.indexOf(info.value)));
}

} // namespace

InspectorPanel::InspectorPanel(Document *document, QWidget *parent)
    : QScrollArea(parent), m_document(document)
{
    setWidgetResizable(true);
    connect(document, &Document::projectReset, this, [this] {
        m_id.clear();
        rebuild(); // the project's own name and description are new too
    });
    connect(document, &Document::elementsRemoved, this, [this](const QStringList &ids) {
        // Our own rename removes the old id; apply() follows it to the new one.
        if (!m_applying && ids.contains(m_id))
            setElement({});
    });
    connect(document, &Document::elementsChanged, this, [this](const QStringList &ids, ChangeAspects) {
        // No ids: the project's name or description (shown when nothing is selected).
        if (ids.contains(m_id) || (m_id.isEmpty() && ids.isEmpty()))
            refreshValues();
    });
    rebuild();
}

void InspectorPanel::setPlanService(PlanService *service)
{
    m_planService = service;
    connect(service, &PlanService::snapshotReady, this, [this](const PlanSnapshotPtr &snapshot) {
        if (m_findings)
            m_findings->setSnapshot(snapshot);
    });
    if (m_findings)
        m_findings->setSnapshot(service->snapshot());
}

QWidget *InspectorPanel::editorFor(const QString &key) const
{
    return m_editors.value(key);
}

QLabel *InspectorPanel::findingsLabel() const
{
    return m_findings;
}

void InspectorPanel::setElement(const ElementId &id)
{
    if (id == m_id && m_page)
        return;
    m_id = id;
    rebuild();
}

void InspectorPanel::rebuild()
{
    // rebuild() runs from inside the editors' own signals (an Id committed by
    // Tab, a setting reset, a row added, a listener's target chosen): the
    // widget emitting is still on the call stack and goes on handling its
    // key, mouse or focus event after we return. Deleting the old form here
    // freed that widget under it; so the old form only stops talking to us,
    // is hidden and is deleted by the event loop, when no widget is
    // mid-event any more.
    const FocusedField focused = focusedField();
    retireForm();
    m_page = new QWidget;
    m_form = new QFormLayout(m_page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error = new QLabel(m_page);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b"_s);
    const Project &project = m_document->project();
    if (m_id.isEmpty() || !project.kindOf(m_id)) {
        m_id.clear();
        auto hint = new QLabel(tr("Select an element on the canvas or in the outline to edit it."), m_page);
        hint->setWordWrap(true);
        m_form->addRow(hint);
    }
    QString group;
    for (const PropertyInfo &info : ElementProperties::properties(project, m_document->catalogs(), m_id)) {
        if (info.group != group) {
            group = info.group;
            m_form->addRow(new QLabel(u"<b>"_s + group.toHtmlEscaped() + u"</b>"_s, m_page));
        }
        addProperty(info);
    }
    for (const ListInfo &list : ElementLists::lists(project, m_document->catalogs(), m_id))
        addList(list);
    m_form->addRow(m_error);
    m_findings = new ElementFindingsLabel(m_page);
    m_findings->setElement(m_id);
    if (m_planService)
        m_findings->setSnapshot(m_planService->snapshot());
    m_form->addRow(m_findings);
    setWidget(m_page);
    restoreFocus(focused);
}

void InspectorPanel::addProperty(const PropertyInfo &info)
{
    QWidget *editor = makeEditor(info, m_page);
    m_editors.insert(info.key, editor);
    if (info.type != PropertyInfo::Type::Setting) {
        m_form->addRow(info.label, editor);
        return;
    }
    auto label = new QLabel(info.label, m_page);
    label->setObjectName(info.key + u"/label"_s);
    label->setToolTip(info.toolTip);
    editor->setToolTip(info.toolTip);
    auto row = new QWidget(m_page);
    auto box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(editor);
    auto reset = new QToolButton(row);
    reset->setObjectName(info.key + u"/reset"_s);
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Back to the catalog default"));
    connect(reset, &QToolButton::clicked, this, [this, key = info.key] { apply(key, QString(), nullptr); });
    box->addWidget(reset);
    m_editors.insert(reset->objectName(), reset);
    m_settingRows.insert(info.key, {label, reset, info.defaultValue});
    markSetting(info.key, info.value);
    m_form->addRow(label, row);
}

void InspectorPanel::addList(const ListInfo &list)
{
    m_form->addRow(new QLabel(u"<b>"_s + list.label.toHtmlEscaped() + u"</b>"_s, m_page));
    auto table = new ListTableEditor(
        list, [this](const PropertyInfo &cell, QWidget *parent) { return makeEditor(cell, parent); }, m_page);
    for (const auto &[key, editor] : table->cells())
        m_editors.insert(key, editor);
    const QString listKey = list.key;
    connect(table->addButton(), &QToolButton::clicked, this, [this, listKey] { pushRow(listKey, true, -1); });
    m_editors.insert(ListTableEditor::addKey(listKey), table->addButton());
    const QList<QToolButton *> removes = table->removeButtons();
    for (int row = 0; row < removes.size(); ++row) {
        connect(removes[row], &QToolButton::clicked, this,
                [this, listKey, row] { pushRow(listKey, false, row); });
        m_editors.insert(ListTableEditor::removeKey(listKey, row), removes[row]);
    }
    m_form->addRow(table);
}

InspectorPanel::FocusedField InspectorPanel::focusedField() const
{
    FocusedField out;
    QWidget *focus = QApplication::focusWidget();
    if (!m_page || !focus || !m_page->isAncestorOf(focus))
        return out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value() != focus && !it.value()->isAncestorOf(focus))
            continue;
        out.key = it.key();
        if (auto edit = qobject_cast<QLineEdit *>(focus)) {
            out.cursor = edit->cursorPosition();
            out.selectionStart = edit->selectionStart();
            out.selectionLength = int(edit->selectedText().size());
        }
        break;
    }
    return out;
}

void InspectorPanel::retireForm()
{
    if (!m_page)
        return;
    // No signal of the old editors may reach us again: a focused editor that
    // loses focus while its form goes away would otherwise emit
    // editingFinished and push an edit in the middle of an undo or a rebuild.
    for (QWidget *editor : std::as_const(m_editors)) {
        disconnect(editor, nullptr, this, nullptr);
        editor->removeEventFilter(this);
    }
    m_editors.clear();
    m_settingRows.clear();
    QWidget *old = takeWidget();
    if (old) {
        old->hide();
        old->deleteLater();
    }
    m_page = nullptr;
    m_form = nullptr;
    m_error = nullptr;
    m_findings = nullptr;
}

void InspectorPanel::restoreFocus(const FocusedField &focused)
{
    QWidget *editor = focused.key.isEmpty() ? nullptr : m_editors.value(focused.key);
    if (!editor)
        return;
    editor->setFocus(Qt::OtherFocusReason);
    if (auto edit = qobject_cast<QLineEdit *>(editor)) {
        if (focused.selectionLength > 0)
            edit->setSelection(focused.selectionStart, focused.selectionLength);
        else
            edit->setCursorPosition(focused.cursor);
    }
}

void InspectorPanel::apply(const QString &key, const QString &text, QWidget *editor)
{
    const QString error =
        ElementProperties::validate(m_document->project(), m_document->catalogs(), m_id, key, text);
    if (editor)
        editor->setProperty("invalid", !error.isEmpty());
    if (auto edit = qobject_cast<QLineEdit *>(editor))
        typed(key, text, edit); // marks the field
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    // Only a change of which rows there are, of a setting's override mark
    // and reset button, or of a table row's choices needs a new form; an
    // emptied Name does not.
    const bool setting = key.startsWith(u"setting:"_s);
    const bool wasOverridden = setting && isOverridden(key);
    m_applying = true;
    const bool live = editor && editor->property("live").toBool();
    // Typing merges into one step; a value committed with Enter or Tab is a
    // step of its own (a Reset after it takes back only the commit).
    m_document->undoStack()->push(live ? new ChangePropertyEdit(m_document, m_id, key, text)
                                       : new PropertyStepEdit(m_document, m_id, key, text));
    m_applying = false;
    const bool structural = key == u"id"_s || key == u"components"_s || !editor ||
                            (setting && isOverridden(key) != wasOverridden);
    if (key == u"id"_s) {
        m_id = text.trimmed();
        rebuild();
        Q_EMIT elementRenamed(m_id);
    } else if (structural) {
        rebuild(); // override marks, reset buttons, component sections
    } else {
        // A committed "10.0.0.1-3" reads back as the plan has it; a listener's
        // new target changes the choices of its component and port.
        refreshValues();
    }
}

void InspectorPanel::pushRow(const QString &list, bool add, int row)
{
    auto command = new ListRowEdit(m_document, m_id, list,
                                   add ? ListRowEdit::Action::Add : ListRowEdit::Action::Remove, row);
    const QString error = command->error();
    // The document's change signal rebuilds the form (retired, not deleted).
    m_document->undoStack()->push(command);
    if (m_error)
        m_error->setText(error);
}

bool InspectorPanel::isOverridden(const QString &key) const
{
    for (const PropertyInfo &info :
         ElementProperties::properties(m_document->project(), m_document->catalogs(), m_id))
        if (info.key == key)
            return info.overridden;
    return false;
}

QStringList InspectorPanel::currentKeys() const
{
    QStringList keys;
    for (const PropertyInfo &info :
         ElementProperties::properties(m_document->project(), m_document->catalogs(), m_id)) {
        keys.append(info.key);
        if (info.type == PropertyInfo::Type::Setting)
            keys.append(info.key + u"/reset"_s);
    }
    for (const ListInfo &list : ElementLists::lists(m_document->project(), m_document->catalogs(), m_id)) {
        keys.append(ListTableEditor::addKey(list.key));
        for (int row = 0; row < list.rows.size(); ++row) {
            keys.append(ListTableEditor::removeKey(list.key, row));
            for (const PropertyInfo &cell : list.rows[row])
                keys.append(cell.key);
        }
    }
    return keys;
}

void InspectorPanel::refreshValues()
{
    if (m_applying)
        return; // the field being typed in is the source of this change
    if (!m_id.isEmpty() && !m_document->project().kindOf(m_id)) {
        setElement({});
        return;
    }
    // Undo/redo or a canvas edit: show the new values; rebuild when the set
    // of fields changed (components, rows, overrides) or a table's choices may have.
    QStringList keys = currentKeys();
    bool sameShape = keys.size() == m_editors.size();
    for (const QString &key : std::as_const(keys))
        sameShape = sameShape && m_editors.contains(key);
    if (!sameShape) {
        rebuild();
        return;
    }
    for (const PropertyInfo &info : fieldsOf(m_document, m_id)) {
        QWidget *w = m_editors.value(info.key);
        if (auto edit = qobject_cast<QLineEdit *>(w)) {
            // The field being typed in keeps its text; a structured one that
            // is not focused shows the plan (Escape does the same by hand).
            if (edit->text() != info.value && !edit->hasFocus()) {
                edit->setText(info.value);
                typed(info.key, info.value, edit);
            }
        } else if (auto combo = qobject_cast<QComboBox *>(w)) {
            showChoices(combo, info);
        } else if (auto check = qobject_cast<QCheckBox *>(w)) {
            const QSignalBlocker block(check);
            check->setChecked(info.value == u"true"_s);
        }
    }
}

} // namespace portolan
