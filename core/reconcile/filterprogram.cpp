#include "filterprogram.h"

#include <QCoreApplication>

namespace portolan {

void FilterProgram::noteUnknownMatches()
{
    for (const FilterChain &c : std::as_const(chains))
        for (const FilterRule &r : c.rules)
            for (const QString &u : r.match.unknown)
                notes.append({file,
                              r.origin.line,
                              r.origin.column,
                              QCoreApplication::translate("FilterProgram",
                                                          "not understood, evaluated conservatively: %1")
                                  .arg(u),
                              {}});
}

} // namespace portolan
