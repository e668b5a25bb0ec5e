#pragma once

#include "model/project.h"

#include <QByteArray>

namespace portolan {

// Writes a project in the canonical form of docs/project-format.md: fixed
// key order, lists in model order, defaults left out. A pure function: the
// same project always gives the same bytes.
class ProjectWriter
{
public:
    static QByteArray write(const Project &project);
};

} // namespace portolan
