#pragma once

#include "document/changeevents.h"
#include "document/elementproperties.h"

#include <QPointer>
#include <QScrollArea>

class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace portolan {

class Document;
class ElementFindingsLabel;
class PlanService;
struct ListInfo;

// Edits the selected element's properties, or the project's name and
// description when nothing is selected. Free text (names, descriptions) is
// applied as it is typed, one undo step per field; structured values
// (addresses, CIDRs, numbers, settings, table cells) are checked as they are
// typed and applied on Enter, Tab or leaving the field, only when valid;
// Escape puts the plan's value back. Combo boxes and check boxes apply at
// once. Lists (listeners, NAT mappings, a firewall's inside zones, client
// uses) are tables with add and remove buttons. Component settings show the
// catalog default and help; overrides are bold and have a reset button.
//
// Every editor and button has the property key as objectName and is found
// with editorFor(key): "name", "addresses", "setting:kong-3.3/node:proxy_listen",
// "listeners/0/port", "listeners/add", "listeners/0/remove".
class InspectorPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit InspectorPanel(Document *document, QWidget *parent = nullptr);
    void setElement(const ElementId &id);
    ElementId element() const { return m_id; }
    // Shows the review's findings about the selected element.
    void setPlanService(PlanService *service);
    QWidget *editorFor(const QString &key) const;
    // The line of findings about the selected element (tests).
    QLabel *findingsLabel() const;

Q_SIGNALS:
    void elementRenamed(const QString &newId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    struct SettingRow
    {
        QLabel *label = nullptr;
        QToolButton *reset = nullptr;
        QString defaultValue;
    };
    void rebuild();
    void addProperty(const PropertyInfo &info);
    void addList(const ListInfo &list);
    FocusedField focusedField() const;
    void retireForm();
    void restoreFocus(const FocusedField &focused);
    void refreshValues();
    QStringList currentKeys() const;
    bool isOverridden(const QString &key) const;
    void apply(const QString &key, const QString &text, QWidget *editor);
    void pushRow(const QString &list, bool add, int row);
    // inspectoreditors.cpp
    QWidget *makeEditor(const PropertyInfo &info, QWidget *parent);
    QLineEdit *makeLineEdit(const PropertyInfo &info, QWidget *parent);
    void typed(const QString &key, const QString &text, QWidget *editor);
    void revert(QLineEdit *edit);
    void markSetting(const QString &key, const QString &text);
    static bool appliesAsTyped(PropertyInfo::Type type);

    Document *m_document;
    QPointer<PlanService> m_planService;
    ElementId m_id;
    QWidget *m_page = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    ElementFindingsLabel *m_findings = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, SettingRow> m_settingRows;
    bool m_applying = false;
};

} // namespace portolan
