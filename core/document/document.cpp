#include "document.h"

#include "io/savefile.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

Document::Document(QObject *parent)
    : QObject(parent), m_catalogs(CatalogSet::bundled()), m_undoStack(new QUndoStack(this))
{
    m_project.name = tr("Untitled deployment");
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void Document::clear()
{
    Project empty;
    empty.name = tr("Untitled deployment");
    replaceAll(empty, CatalogSet::bundled(), QString());
}

bool Document::load(const QString &path, Diagnostics *errors)
{
    auto loaded = ProjectLoader::load(path, errors);
    if (!loaded)
        return false;
    replaceAll(std::move(loaded->project), std::move(loaded->catalogs), QFileInfo(path).absoluteFilePath());
    return true;
}

bool Document::restore(const QString &recoveryPath, const QString &originalPath, Diagnostics *errors)
{
    auto loaded = ProjectLoader::load(recoveryPath, errors);
    if (!loaded)
        return false;
    // Read against the catalogs of where the project really lives.
    if (!originalPath.isEmpty())
        loaded->catalogs = ProjectLoader::catalogsFor(originalPath, errors);
    replaceAll(std::move(loaded->project), std::move(loaded->catalogs),
               originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath());
    m_undoStack->resetClean(); // nothing on disk matches: modified until saved
    Q_EMIT modifiedChanged(true);
    return true;
}

void Document::replaceAll(Project project, CatalogSet catalogs, const QString &path)
{
    m_undoStack->clear();
    m_project = std::move(project);
    m_catalogs = std::move(catalogs);
    const bool pathChanged = m_filePath != path;
    m_filePath = path;
    m_undoStack->setClean();
    Q_EMIT projectReset();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

std::optional<CatalogSet> Document::catalogsWith(Catalog catalog, Diagnostics *errors) const
{
    CatalogSet catalogs;
    for (const Catalog &c : m_catalogs.catalogs())
        if (c.filePath != catalog.filePath || catalog.filePath.isEmpty())
            catalogs.add(c, errors);
    if (!catalogs.add(std::move(catalog), errors))
        return std::nullopt;
    return catalogs;
}

bool Document::putCatalog(Catalog catalog, Diagnostics *errors)
{
    auto catalogs = catalogsWith(std::move(catalog), errors);
    if (!catalogs)
        return false;
    m_catalogs = std::move(*catalogs);
    Q_EMIT catalogsChanged();
    return true;
}

namespace {

// Which file, why (the system's reason: read-only, disk full, no
// permission) and what to do; the file on disk is untouched (QSaveFile) and
// the open document keeps its changes, so the user loses nothing by trying
// elsewhere.
QString saveError(const QString &path, const QString &reason)
{
    return Document::tr(
               "Cannot save %1: %2.\n\nThe file on disk is unchanged and your changes are still open. "
               "Save to another folder (Save As), or make room on the disk or make the folder "
               "writable, then save again.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), reason);
}

} // namespace

bool Document::saveCopy(const QString &path, QString *error) const
{
    QString reason;
    if (!SaveFile::write(path, ProjectWriter::write(m_project), &reason)) {
        *error = saveError(path, reason);
        return false;
    }
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (!saveCopy(path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    return true;
}

void Document::applyState(const Project &project, const ElementChange &change)
{
    m_project = project;
    if (!change.removed.isEmpty())
        Q_EMIT elementsRemoved(change.removed);
    if (!change.added.isEmpty())
        Q_EMIT elementsAdded(change.added);
    if (!change.changed.isEmpty() || change.project)
        Q_EMIT elementsChanged(change.changed, change.aspects);
}

} // namespace portolan
