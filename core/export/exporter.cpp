#include "exporter.h"

#include <algorithm>

namespace portolan {

bool ExportResult::ok() const
{
    return std::none_of(problems.cbegin(), problems.cend(),
                        [](const ExportProblem &p) { return p.severity == ExportProblem::Severity::Error; });
}

} // namespace portolan
