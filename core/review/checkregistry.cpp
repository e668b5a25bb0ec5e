#include "checkregistry.h"
#include "clientusechecks.h"
#include "derivationchecks.h"
#include "exposurechecks.h"
#include "hostchecks.h"
#include "natchecks.h"
#include "pathchecks.h"
#include "topologychecks.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

void CheckOutput::raise(const ElementId &subject, const QString &message, const QString &fix, Degree degree)
{
    const Severity severity =
        degree == Degree::Softened && m_check.softened ? *m_check.softened : m_check.severity;
    m_findings->append({severity, m_check.code, subject, message, fix});
}

namespace {

// Each file of checks lists its own; this is the order they run in (the
// findings are sorted afterwards, so the order shows nowhere else).
QList<CheckDef> allChecks()
{
    QList<CheckDef> list;
    for (const QList<CheckDef> &part :
         {NatChecks::checks(), ExposureChecks::checks(), HostChecks::checks(), PathChecks::checks(),
          TopologyChecks::checks(), ClientUseChecks::checks(), DerivationChecks::checks()})
        list += part;
    return list;
}

} // namespace

const QList<CheckDef> &CheckRegistry::checks()
{
    static const QList<CheckDef> list = allChecks();
    return list;
}

const CheckDef *CheckRegistry::find(const QString &code)
{
    for (const CheckDef &c : checks())
        if (c.code == code)
            return &c;
    return nullptr;
}

void CheckRegistry::run(const CheckDef &check, const ReviewContext &context, Findings *findings)
{
    CheckOutput output(check, findings);
    check.run(context, &output);
}

QStringList CheckRegistry::problems(const QList<CheckDef> &checks)
{
    QStringList out;
    QSet<QString> seen;
    for (const CheckDef &c : checks) {
        if (c.code.isEmpty())
            out.append(u"a check without a code"_s);
        else if (seen.contains(c.code))
            out.append(c.code + u": declared twice"_s);
        seen.insert(c.code);
        if (!c.run)
            out.append(c.code + u": no body"_s);
        if (c.softened == c.severity)
            out.append(c.code + u": softened to its own severity"_s);
    }
    return out;
}

bool CheckRegistry::registered(const Finding &finding)
{
    const CheckDef *check = find(finding.code);
    return check && (finding.severity == check->severity || finding.severity == check->softened);
}

} // namespace portolan
