#include "reviewer.h"
#include "checkregistry.h"
#include "reviewcontext.h"

namespace portolan {

Findings Reviewer::review(const Project &project, const CatalogSet &catalogs, const Derivation &derivation)
{
    return review(project, catalogs, derivation, {});
}

Findings Reviewer::review(const Project &project, const CatalogSet &catalogs, const Derivation &derivation,
                          const QStringList &codes)
{
    const ReviewContext context(project, catalogs, derivation);
    Findings findings;
    for (const CheckDef &check : CheckRegistry::checks())
        if (codes.isEmpty() || codes.contains(check.code))
            CheckRegistry::run(check, context, &findings);
    sortFindings(&findings);
    return findings;
}

Findings Reviewer::review(const ReviewContext &context)
{
    Findings findings;
    for (const CheckDef &check : CheckRegistry::checks())
        CheckRegistry::run(check, context, &findings);
    sortFindings(&findings);
    return findings;
}

Findings Reviewer::review(const ReviewContext &context, Part part)
{
    Findings findings;
    for (const CheckDef &check : CheckRegistry::checks())
        if ((check.reads == CheckReads::RuleSets) == (part == Part::RuleSetsOnly))
            CheckRegistry::run(check, context, &findings);
    sortFindings(&findings);
    return findings;
}

Findings Reviewer::merge(Findings a, const Findings &b)
{
    a += b;
    sortFindings(&a);
    return a;
}

} // namespace portolan
