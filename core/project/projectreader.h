#pragma once

#include "catalog/catalogset.h"
#include "io/diagnostic.h"
#include "model/project.h"

#include <QCoreApplication>

#include <optional>

namespace portolan {

// Reads a project file (docs/project-format.md) against a set of catalogs.
// On any error returns nothing and appends every diagnostic found, each with
// file:line:column, what is wrong and what to do.
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    static std::optional<Project> read(const QByteArray &data, const QString &fileName,
                                       const CatalogSet &catalogs, Diagnostics *errors);
    static std::optional<Project> readFile(const QString &path, const CatalogSet &catalogs,
                                           Diagnostics *errors);
};

// Everything a front end needs to open a project: the bundled catalogs, the
// user's catalog folder, a `catalogs/` folder beside the project, then the
// project itself.
struct LoadedProject
{
    Project project;
    CatalogSet catalogs;
    QString path;
};

class ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
public:
    static std::optional<LoadedProject> load(const QString &path, Diagnostics *errors);
    // The catalogs a project at `path` would be read with (bundled + user + beside it).
    static CatalogSet catalogsFor(const QString &projectPath, Diagnostics *errors);
};

} // namespace portolan
