#pragma once

#include "catalog/catalogset.h"
#include "changeevents.h"
#include "io/diagnostic.h"
#include "model/project.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace portolan {

class DocumentEdit;

// One open project: the Project value, the catalogs it was read against, the
// undo stack every edit goes through, and where it lives on disk. Views
// listen to the change signals, which name element ids, and read the project
// back; they never hold pointers into it.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const CatalogSet &catalogs() const { return m_catalogs; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack->isClean(); }

    // Replaces everything with an empty project (File > New).
    void clear();
    // Loads `path`; on failure nothing here changes and `errors` says why.
    bool load(const QString &path, Diagnostics *errors);
    // Restores an autosaved recovery file as the unsaved state of
    // `originalPath` (empty for a never-saved document): modified until saved.
    bool restore(const QString &recoveryPath, const QString &originalPath, Diagnostics *errors);
    // Atomic (SaveFile): on failure the file is as it was, `error` says which
    // file, why and what to do, and the document stays modified. On success
    // marks the document clean and remembers the path.
    bool save(const QString &path, QString *error);
    // Writes the current state elsewhere without touching path or clean
    // state: autosave / recovery files.
    bool saveCopy(const QString &path, QString *error) const;
    // A catalog saved in the window (the catalog editor): replaces the one
    // loaded from the same file, else joins the others. Refused, with the
    // reader's message, when another file already defines its id. Not an
    // undoable project edit: the catalog file is saved already.
    bool putCatalog(Catalog catalog, Diagnostics *errors);
    // The catalogs putCatalog would leave, or nothing (with the reason): the
    // catalog editor asks before it writes the file.
    std::optional<CatalogSet> catalogsWith(Catalog catalog, Diagnostics *errors) const;

Q_SIGNALS:
    void elementsAdded(const QStringList &ids);
    void elementsRemoved(const QStringList &ids);
    void elementsChanged(const QStringList &ids, portolan::ChangeAspects aspects);
    // Everything may have changed (new, open): views rebuild.
    void projectReset();
    // The catalogs changed (putCatalog): the palette, catalog browser and
    // derived flows follow.
    void catalogsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class DocumentEdit;
    // Only undoable edits change the project after load.
    void applyState(const Project &project, const ElementChange &change);
    void replaceAll(Project project, CatalogSet catalogs, const QString &path);

    Project m_project;
    CatalogSet m_catalogs;
    QString m_filePath;
    QUndoStack *m_undoStack;
};

} // namespace portolan
