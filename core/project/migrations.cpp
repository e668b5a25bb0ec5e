#include "migrations.h"

#include "model/project.h"

#include <functional>
#include <string>

namespace portolan {

namespace {

struct Step
{
    int from; // migrates `from` to `from + 1`
    std::function<void(YamlTree &)> apply;
};

// Add a step here when the format changes; never edit an old step.
const QList<Step> &steps()
{
    static const QList<Step> list;
    return list;
}

} // namespace

bool ProjectMigrations::migrate(YamlTree &tree, int fromFormat, QString *failure)
{
    for (int version = fromFormat; version < Project::CurrentFormat; ++version) {
        const auto step =
            std::find_if(steps().cbegin(), steps().cend(), [&](const Step &s) { return s.from == version; });
        if (step == steps().cend()) {
            *failure = tr("no migration from project format %1").arg(version);
            return false;
        }
        step->apply(tree);
        tree.setScalar(tree.root()["format"], std::to_string(version + 1));
    }
    return true;
}

} // namespace portolan
