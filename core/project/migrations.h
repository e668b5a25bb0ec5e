#pragma once

#include "io/yamltree.h"

#include <QCoreApplication>
#include <QString>

namespace portolan {

// Brings an older project tree up to Project::CurrentFormat before it is
// read, one step per format version, so readers only know the current
// format. Format 1 is the first; the chain is empty until format 2 exists,
// and each step will come with a fixture of the old format in tests.
class ProjectMigrations
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMigrations)
public:
    static bool migrate(YamlTree &tree, int fromFormat, QString *failure);
};

} // namespace portolan
