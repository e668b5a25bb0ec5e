#pragma once

#include "document/changeevents.h"
#include "document/elementproperties.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace portolan {

class Document;

// Edits the selected element's properties. Every keystroke is validated;
// valid text becomes a ChangePropertyCommand (typing in one field merges into
// one undo step); invalid text is marked and explained, never applied.
// Component settings show the catalog default; overrides are bold and have
// a reset button.
class InspectorPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit InspectorPanel(Document *document, QWidget *parent = nullptr);
    void setElement(const ElementId &id);
    ElementId element() const { return m_id; }
    // The editor of a property ("name", "setting:kong-0.x/node:proxy_listen").
    QWidget *editorFor(const QString &key) const;

Q_SIGNALS:
    void elementRenamed(const QString &newId);

private:
    // Which editor had the focus, and where its cursor was, so a rebuilt form
    // takes the user back to the same field.
    struct FocusedField
    {
        QString key;
        int cursor = 0;
        int selectionStart = -1;
        int selectionLength = 0;
    };
    void rebuild();
    FocusedField focusedField() const;
    void retireForm();
    void restoreFocus(const FocusedField &focused);
    void refreshValues();
    bool isOverridden(const QString &key) const;
    void apply(const QString &key, const QString &text, QWidget *editor);
    QWidget *makeEditor(const PropertyInfo &info);

    Document *m_document;
    ElementId m_id;
    QWidget *m_page = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QWidget *> m_editors;
    bool m_applying = false;
};

} // namespace portolan
