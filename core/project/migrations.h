#pragma once

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace portolan {

// Brings an older project tree up to Project::CurrentFormat before it is
// read, one step per format version, so readers only know the current
// format. Format 1 is the first; the chain is empty until format 2 exists,
// and each step will come with a fixture of the old format in tests.
class ProjectMigrations
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMigrations)
public:
    static bool migrate(YAML::Node &root, int fromFormat, QString *failure);
};

} // namespace portolan
