#include "pointoption.h"

#include "model/displayline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {

const RuleSet *namedPoint(const Derivation &derivation, const QString &point, const char *message,
                          QTextStream &err, const std::function<bool(const RuleSet &)> &accept)
{
    const RuleSet *set = derivation.ruleSet(point);
    if (set && (!accept || accept(*set)))
        return set;
    QStringList ids;
    for (const RuleSet &candidate : derivation.ruleSets)
        if (!accept || accept(candidate))
            ids.append(candidate.id);
    err << displayLine(QCoreApplication::translate("cli", message).arg(point, ids.join(u", "_s))) << Qt::endl;
    return nullptr;
}

} // namespace portolan
