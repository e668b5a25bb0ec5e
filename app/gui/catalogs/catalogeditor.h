#pragma once

#include "catalog/catalog.h"

#include <QDialog>
#include <QMap>

#include <algorithm>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeWidget;

namespace portolan {

class CatalogDraft;
class CatalogTable;
class Document;

// Catalogs > New Catalog…, Edit Catalog…, Duplicate as User Catalog…: a
// user catalog written in the window. Components and their ports in a tree
// on the left; the selected item's fields on the right (the catalog with its
// sources, a component with its settings and features, a port). Every edit
// is one undo step of the editor's own stack; wrong values are red with the
// reason, and the catalog reader's diagnostics for the text Save would write
// are listed below as they arise. Save writes <id>.yaml to the user catalog
// folder through CatalogWriter (read back first: nothing is written while
// the reader has an error) and hands the catalog to the document, so the
// palette and the catalog browser show it at once.
class CatalogEditor : public QDialog
{
    Q_OBJECT
public:
    // `path`: the user catalog file being edited; empty for a new catalog.
    CatalogEditor(Document *document, Catalog catalog, const QString &path, QWidget *parent = nullptr);
    ~CatalogEditor() override;

    // A new catalog: format 1 with one source to fill in.
    static Catalog blankCatalog();
    // A copy of a (read-only) catalog to save as a user catalog: its own id.
    static Catalog userCopy(const Catalog &catalog);

    CatalogDraft *draft() const { return m_draft; }
    QTreeWidget *tree() const { return m_tree; }
    // A field editor by object name ("catalog.id", "port.audience",
    // "component.settings"...): tests and screenshots drive them.
    QWidget *field(const QString &name) const;
    // Selects the catalog (component -1), a component (port -1) or a port.
    void select(int component, int port = -1);
    // The reader's diagnostics as listed (file:line:column: message).
    QStringList problems() const;
    // Where Save writes: the edited file, else <user folder>/<id>.yaml.
    QString targetPath() const;

    bool save();
    void addComponent();
    void addPort();
    void removeSelected();

    void reject() override; // asks before unsaved changes go

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Getter = std::function<QString(const Catalog &)>;
    using Setter = std::function<void(Catalog &, const QString &)>;
    using Checker = std::function<QString(const Catalog &, const QString &)>;
    using Choices = std::function<QStringList(const Catalog &)>;
    struct Binding
    {
        int page;
        std::function<void()> fill;
    };

    QWidget *createCatalogPage();
    QWidget *createComponentPage();
    QWidget *createPortPage();
    void addLine(QFormLayout *form, int page, const QString &name, const QString &label, Getter get,
                 Setter set, Checker check = {});
    void addChoice(QFormLayout *form, int page, const QString &name, const QString &label, Choices choices,
                   Getter get, Setter set, Checker check = {});
    void addCheck(QFormLayout *form, int page, const QString &name, const QString &label, Getter get,
                  Setter set);
    void addNotes(QFormLayout *form, int page, const QString &name, const QString &label, Getter get,
                  Setter set);
    void addOffset(QFormLayout *form);
    CatalogTable *addTable(QFormLayout *form, const QString &name, const QString &label, CatalogTable *table,
                           const std::function<void(Catalog &)> &addRow,
                           const std::function<void(Catalog &, int)> &removeRow);
    void bindSources(QFormLayout *form);
    void bindSettings(QFormLayout *form);
    void bindFeatures(QFormLayout *form);

    // "port-3": the first "<prefix>-<n>" no entry of `taken` has as `member`.
    template <typename List, typename Member>
    static QString freshId(const QString &prefix, const List &taken, Member member)
    {
        for (int n = 1;; ++n) {
            const QString id = prefix + u'-' + QString::number(n);
            if (std::none_of(taken.begin(), taken.end(), [&](const auto &e) { return e.*member == id; }))
                return id;
        }
    }

    // One undoable change of a field; `cell` tells a table's cells apart so
    // that typing in one merges only with itself.
    void edit(const QString &field, const std::function<void(Catalog &)> &change, const QString &cell = {});
    void addField(const QString &name, const QString &label, QWidget *widget);
    // A table's typed cells, each one undo step of the table named `name`.
    using CellSetter = std::function<void(Catalog &, int row, int column, const QString &value)>;
    void editCells(CatalogTable *table, const QString &name, const CellSetter &set);
    QString labelOf(const QString &name) const;
    void refresh();
    void rebuildTree();
    void updatePortRows();
    void selectionChanged();
    ComponentDef *component(Catalog &catalog) const;
    PortDef *port(Catalog &catalog) const;
    const ComponentDef *component(const Catalog &catalog) const;
    const PortDef *port(const Catalog &catalog) const;

    Document *m_document;
    CatalogDraft *m_draft;
    QString m_path;
    int m_component = -1;
    int m_port = -1;
    bool m_refreshing = false;
    QWidget *m_editing = nullptr; // the field being typed in: not refilled under the cursor
    QList<Binding> m_bindings;
    QMap<QString, QWidget *> m_fields;
    QMap<QString, QString> m_labels; // field name -> its form label, for undo texts
    QFormLayout *m_portForm = nullptr;

    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace portolan
