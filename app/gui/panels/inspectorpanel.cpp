#include "inspectorpanel.h"

#include "document/changepropertycommand.h"
#include "document/document.h"

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

void markInvalid(QWidget *editor, const QString &error)
{
    // A red frame via the palette keeps the platform style intact.
    QPalette pal = editor->parentWidget() ? editor->parentWidget()->palette() : editor->palette();
    if (!error.isEmpty())
        pal.setColor(QPalette::Base, QColor(0xff, 0xe5, 0xe5)),
            pal.setColor(QPalette::Text, QColor(0x8a, 0x10, 0x10));
    editor->setPalette(pal);
    editor->setToolTip(error);
}

} // namespace

InspectorPanel::InspectorPanel(Document *document, QWidget *parent)
    : QScrollArea(parent), m_document(document)
{
    setWidgetResizable(true);
    connect(document, &Document::projectReset, this, [this] { setElement({}); });
    connect(document, &Document::elementsRemoved, this, [this](const QStringList &ids) {
        // Our own rename removes the old id; apply() follows it to the new one.
        if (!m_applying && ids.contains(m_id))
            setElement({});
    });
    connect(document, &Document::elementsChanged, this, [this](const QStringList &ids, ChangeAspects) {
        if (ids.contains(m_id))
            refreshValues();
    });
    rebuild();
}

QWidget *InspectorPanel::editorFor(const QString &key) const
{
    return m_editors.value(key);
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
    // Tab, a setting reset, an emptied field): the editor emitting is still
    // on the call stack and goes on handling its key or focus event after we
    // return. Deleting the old form here freed that editor under it; so the
    // old form only stops talking to us, is hidden and is deleted by the
    // event loop, when no editor is mid-event any more.
    const FocusedField focused = focusedField();
    retireForm();
    m_page = new QWidget;
    m_form = new QFormLayout(m_page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error = new QLabel(m_page);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b"_s);
    const auto kind = m_document->project().kindOf(m_id);
    if (!kind) {
        auto hint = new QLabel(tr("Select an element on the canvas or in the outline to edit it."), m_page);
        hint->setWordWrap(true);
        m_form->addRow(hint);
    } else {
        QString group;
        for (const PropertyInfo &info :
             ElementProperties::properties(m_document->project(), m_document->catalogs(), m_id)) {
            if (info.group != group) {
                group = info.group;
                auto title = new QLabel(u"<b>"_s + group.toHtmlEscaped() + u"</b>"_s, m_page);
                m_form->addRow(title);
            }
            QWidget *editor = makeEditor(info);
            m_editors.insert(info.key, editor);
            auto label = new QLabel(info.label, m_page);
            if (info.type == PropertyInfo::Type::Setting) {
                QFont f = label->font();
                f.setBold(info.overridden);
                label->setFont(f);
                label->setToolTip(info.overridden
                                      ? tr("Overrides the catalog default '%1'").arg(info.defaultValue)
                                      : tr("Catalog default"));
                auto row = new QWidget(m_page);
                auto box = new QHBoxLayout(row);
                box->setContentsMargins(0, 0, 0, 0);
                box->addWidget(editor);
                auto reset = new QToolButton(row);
                reset->setText(tr("Reset"));
                reset->setToolTip(tr("Back to the catalog default"));
                reset->setEnabled(info.overridden);
                connect(reset, &QToolButton::clicked, this,
                        [this, key = info.key] { apply(key, QString(), nullptr); });
                box->addWidget(reset);
                m_form->addRow(label, row);
            } else {
                m_form->addRow(label, editor);
            }
        }
    }
    m_form->addRow(m_error);
    setWidget(m_page);
    restoreFocus(focused);
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
    for (QWidget *editor : std::as_const(m_editors))
        disconnect(editor, nullptr, this, nullptr);
    m_editors.clear();
    QWidget *old = takeWidget();
    if (old) {
        old->hide();
        old->deleteLater();
    }
    m_page = nullptr;
    m_form = nullptr;
    m_error = nullptr;
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

QWidget *InspectorPanel::makeEditor(const PropertyInfo &info)
{
    using T = PropertyInfo::Type;
    const QString key = info.key;
    if (info.type == T::Choice || info.type == T::Zone) {
        auto combo = new QComboBox(m_page);
        for (const QString &choice : info.choices)
            combo->addItem(choice.isEmpty() ? tr("(none)") : choice, choice);
        combo->setCurrentIndex(int(info.choices.indexOf(info.value)));
        connect(combo, &QComboBox::activated, this,
                [this, key, combo] { apply(key, combo->currentData().toString(), combo); });
        return combo;
    }
    if (info.type == T::Bool) {
        auto check = new QCheckBox(m_page);
        check->setChecked(info.value == u"true"_s);
        connect(check, &QCheckBox::toggled, this,
                [this, key, check](bool on) { apply(key, on ? u"true"_s : u"false"_s, check); });
        return check;
    }
    auto edit = new QLineEdit(info.value, m_page);
    edit->setObjectName(key);
    if (info.type == T::Setting)
        edit->setPlaceholderText(info.defaultValue.isEmpty() ? tr("(unset)") : info.defaultValue);
    if (info.type == T::Id) {
        // Renaming rewrites references: apply it once, when editing ends.
        connect(edit, &QLineEdit::textEdited, this, [this, key, edit](const QString &text) {
            const QString error =
                ElementProperties::validate(m_document->project(), m_document->catalogs(), m_id, key, text);
            markInvalid(edit, error);
            m_error->setText(error);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
            if (edit->text() != m_id)
                apply(key, edit->text(), edit);
        });
    } else {
        connect(edit, &QLineEdit::textEdited, this,
                [this, key, edit](const QString &text) { apply(key, text, edit); });
    }
    return edit;
}

void InspectorPanel::apply(const QString &key, const QString &text, QWidget *editor)
{
    const QString error =
        ElementProperties::validate(m_document->project(), m_document->catalogs(), m_id, key, text);
    if (editor)
        markInvalid(editor, error);
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    // Only a change of which rows there are, or of a setting's override
    // mark and reset button, needs a new form; an emptied Name does not.
    const bool setting = key.startsWith(u"setting:"_s);
    const bool wasOverridden = setting && isOverridden(key);
    m_applying = true;
    m_document->undoStack()->push(new ChangePropertyCommand(m_document, m_id, key, text));
    m_applying = false;
    const bool structural = key == u"id"_s || key == u"components"_s || !editor ||
                            (setting && isOverridden(key) != wasOverridden);
    if (key == u"id"_s) {
        m_id = text.trimmed();
        rebuild();
        Q_EMIT elementRenamed(m_id);
    } else if (structural) {
        rebuild(); // override marks, reset buttons and component sections change
    }
}

bool InspectorPanel::isOverridden(const QString &key) const
{
    for (const PropertyInfo &info :
         ElementProperties::properties(m_document->project(), m_document->catalogs(), m_id))
        if (info.key == key)
            return info.overridden;
    return false;
}

void InspectorPanel::refreshValues()
{
    if (m_applying)
        return; // the field being typed in is the source of this change
    if (!m_document->project().kindOf(m_id)) {
        setElement({});
        return;
    }
    // Undo/redo or a canvas edit: show the new values; rebuild when the set
    // of properties changed (components added, overrides reset).
    const auto infos = ElementProperties::properties(m_document->project(), m_document->catalogs(), m_id);
    bool sameShape = infos.size() == m_editors.size();
    for (const PropertyInfo &info : infos)
        sameShape = sameShape && m_editors.contains(info.key);
    if (!sameShape) {
        rebuild();
        return;
    }
    for (const PropertyInfo &info : infos) {
        QWidget *w = m_editors.value(info.key);
        if (auto edit = qobject_cast<QLineEdit *>(w); edit && edit->text() != info.value && !edit->hasFocus())
            edit->setText(info.value);
        else if (auto combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(int(info.choices.indexOf(info.value)));
        else if (auto check = qobject_cast<QCheckBox *>(w)) {
            const QSignalBlocker block(check);
            check->setChecked(info.value == u"true"_s);
        }
    }
}

} // namespace portolan
