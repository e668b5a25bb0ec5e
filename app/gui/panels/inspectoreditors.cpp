// The inspector's field editors: which widget a property gets and when its
// text reaches the plan (see InspectorPanel and docs/guide/drawing.md).
#include "document/document.h"
#include "fieldmark.h"
#include "inspectorpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {

bool InspectorPanel::appliesAsTyped(PropertyInfo::Type type)
{
    // Free text has no half-typed state worth keeping out of the plan; a
    // half-typed address, port or CIDR would be a different, valid value.
    return type == PropertyInfo::Type::Text;
}

QWidget *InspectorPanel::makeEditor(const PropertyInfo &info, QWidget *parent)
{
    using T = PropertyInfo::Type;
    const QString key = info.key;
    if (info.type == T::Choice || info.type == T::Zone) {
        auto combo = new QComboBox(parent);
        combo->setObjectName(key);
        for (int i = 0; i < info.choices.size(); ++i) {
            const QString &choice = info.choices[i];
            const QString label = i < info.choiceLabels.size() ? info.choiceLabels[i] : choice;
            combo->addItem(label.isEmpty() ? tr("(none)") : label, choice);
        }
        combo->setCurrentIndex(int(info.choices.indexOf(info.value)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
        // Typing to search a combo box picks an item per key: one undo step.
        combo->setProperty("live", true);
        connect(combo, &QComboBox::activated, this, [this, key, combo] {
            if (combo->currentData().toString() !=
                ElementProperties::value(m_document->project(), m_document->catalogs(), m_id, key))
                apply(key, combo->currentData().toString(), combo);
        });
        return combo;
    }
    if (info.type == T::Bool) {
        auto check = new QCheckBox(parent);
        check->setObjectName(key);
        check->setChecked(info.value == u"true"_s);
        connect(check, &QCheckBox::toggled, this,
                [this, key, check](bool on) { apply(key, on ? u"true"_s : u"false"_s, check); });
        return check;
    }
    return makeLineEdit(info, parent);
}

QLineEdit *InspectorPanel::makeLineEdit(const PropertyInfo &info, QWidget *parent)
{
    using T = PropertyInfo::Type;
    const QString key = info.key;
    auto edit = new QLineEdit(info.value, parent);
    edit->setObjectName(key);
    edit->setProperty("help", info.toolTip);
    if (info.type == T::Setting)
        edit->setPlaceholderText(info.defaultValue.isEmpty() ? tr("(unset)") : info.defaultValue);
    else if (info.type == T::Addresses)
        edit->setPlaceholderText(tr("10.0.0.11-13, 2001:db8::5"));
    if (appliesAsTyped(info.type)) {
        edit->setProperty("live", true); // typing merges into one undo step
        connect(edit, &QLineEdit::textEdited, this,
                [this, key, edit](const QString &text) { apply(key, text, edit); });
        return edit;
    }
    // Structured values and the id: checked as typed, applied when editing
    // ends (Enter, Tab, leaving the field) and only when valid.
    connect(edit, &QLineEdit::textEdited, this,
            [this, key, edit](const QString &text) { typed(key, text, edit); });
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        const QString planned =
            ElementProperties::value(m_document->project(), m_document->catalogs(), m_id, key);
        if (edit->text() != planned)
            apply(key, edit->text(), edit);
    });
    edit->installEventFilter(this);
    return edit;
}

void InspectorPanel::typed(const QString &key, const QString &text, QWidget *editor)
{
    const QString error =
        ElementProperties::validate(m_document->project(), m_document->catalogs(), m_id, key, text);
    markInvalid(editor, error);
    if (m_error)
        m_error->setText(error);
    if (m_settingRows.contains(key))
        markSetting(key, text);
}

void InspectorPanel::revert(QLineEdit *edit)
{
    const QString key = edit->objectName();
    const QString planned =
        ElementProperties::value(m_document->project(), m_document->catalogs(), m_id, key);
    edit->setText(planned);
    typed(key, planned, edit);
}

void InspectorPanel::markSetting(const QString &key, const QString &text)
{
    // Marked as typed, before the value is applied: the user sees at once
    // that this node will differ from the catalog.
    const SettingRow row = m_settingRows.value(key);
    if (!row.label)
        return;
    const bool overridden = !text.isEmpty() && text != row.defaultValue;
    QFont f = row.label->font();
    f.setBold(overridden);
    row.label->setFont(f);
    row.label->setProperty("overridden", overridden);
    row.reset->setEnabled(overridden);
}

bool InspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in an editor reverts it; a window shortcut on Esc (compare mode's
    // Leave) must not take it first, so the override is accepted here.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        auto edit = qobject_cast<QLineEdit *>(watched);
        if (edit && m_editors.value(edit->objectName()) == edit) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        auto edit = qobject_cast<QLineEdit *>(watched);
        if (edit && m_editors.value(edit->objectName()) == edit) {
            revert(edit);
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace portolan
