#pragma once

#include "io/diagnostic.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTreeView;

namespace portolan {

class CatalogDiffModel;
class CatalogTreeModel;
class Document;
class PortTableModel;
class SettingTableModel;

// The catalog browser dock: every product, version and component the
// project can use (and any folder loaded for a look), each component's
// settings and ports with their source documents, and two versions of a
// product compared side by side. Components drag onto the canvas like
// palette entries.
class CatalogBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogBrowser(Document *document, QWidget *parent = nullptr);

    // Adds the catalogs in `folder` for browsing. A broken file adds its
    // diagnostics (file:line:column) to the error list and nothing else;
    // the good files are shown. Returns false if anything failed.
    bool loadFolder(const QString &folder);
    // Asks for a folder, then loadFolder().
    void chooseFolder();

    // Selects a version (component empty) or a component in the tree.
    void showComponent(const QString &catalogId, const QString &componentId = {});
    void compare(const QString &leftCatalogId, const QString &rightCatalogId);
    void showComparison();

    CatalogTreeModel *treeModel() const { return m_tree; }
    PortTableModel *portModel() const { return m_ports; }
    SettingTableModel *settingModel() const { return m_settings; }
    CatalogDiffModel *diffModel() const { return m_diff; }
    // The lines of the error list, as shown.
    QStringList errorLines() const;

private:
    QWidget *createBrowseTab();
    QWidget *createCompareTab();
    void rebuild();
    void currentChanged();
    void fillCompareChoices();
    void updateComparison();

    Document *m_document;
    CatalogTreeModel *m_tree;
    PortTableModel *m_ports;
    SettingTableModel *m_settings;
    CatalogDiffModel *m_diff;
    QStringList m_folders;
    Diagnostics m_errors;

    QTabWidget *m_tabs = nullptr;
    QTreeView *m_treeView = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QCheckBox *m_differencesOnly = nullptr;
    QLabel *m_errorTitle = nullptr;
    QListWidget *m_errorList = nullptr;
};

} // namespace portolan
