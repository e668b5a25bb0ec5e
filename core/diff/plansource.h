#pragma once

#include "project/projectreader.h"

#include <QStringList>

#include <optional>

namespace portolan {

// Where one side of a plan comparison comes from: a project file,
// `/dev/null` (no plan), or `REV:PATH`, the file as a git revision holds it.
// Shared by `portolan-cli diff` and the window's File > Compare With…, so
// both read git the same way and refuse the same things.
class PlanSource
{
public:
    // `spec` names a git revision rather than a file: not an existing file,
    // not /dev/null, and a colon after the first character.
    static bool isGitSpec(const QString &spec);
    // `git show REV:./NAME` run in PATH's folder, so PATH may be relative to
    // the current folder and any repository holding it works. On failure
    // `error` is one translated line naming REV:PATH.
    static std::optional<QByteArray> gitShow(const QString &rev, const QString &path, QString *error);
    // One side, read with the catalogs beside `catalogsAt` (when set) or
    // beside the file itself (for REV:PATH: beside PATH in the working
    // tree). On failure `errors` holds the lines to show, file:line:column
    // first when the file does not load.
    static std::optional<LoadedProject> load(const QString &spec, const QString &catalogsAt,
                                             QStringList *errors);
    // What to offer as revisions of `path`: its branches, then the last 20
    // commits as `git log --oneline` prints them. Empty outside a work
    // tree or without git.
    static QStringList recentRevisions(const QString &path);
};

} // namespace portolan
