#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <optional>

namespace portolan {

class CheckOutput;

// What a check reads beyond the project: the editor runs the checks that
// read rule sets last, once the rule sets are built.
enum class CheckReads
{
    Project,
    Flows,   // Derivation::flows
    RuleSets // Derivation::ruleSets
};

// One check, stated once with named fields in the file of its body:
//     {.code = u"nat.mapping-missing"_s, .severity = Severity::Error, .run = &mappingMissing}
// Code, severity and run have no default, so leaving one out does not
// compile. The body never names its code or severity: it raises findings
// through the CheckOutput the reviewer gives it, which stamps both.
struct CheckDef
{
    QString code;      // "nat.advertise-unreachable": stable, scripts and docs/findings.md rely on it
    Severity severity; // what its findings have
    // What its findings have when the body raises them softened (an admin
    // port behind authentication, a client use that reaches some ports).
    std::optional<Severity> softened = std::nullopt;
    CheckReads reads = CheckReads::Project;
    void (*run)(const ReviewContext &, CheckOutput *);
};

// How a check body raises a finding: the code and severity come from its
// definition, so a check cannot raise a code it has not declared.
class CheckOutput
{
public:
    enum class Degree
    {
        Usual,
        Softened // the definition's `softened` severity (its usual one if it declares none)
    };
    CheckOutput(const CheckDef &check, Findings *findings) : m_check(check), m_findings(findings) {}
    void raise(const ElementId &subject, const QString &message, const QString &fix,
               Degree degree = Degree::Usual);

private:
    const CheckDef &m_check;
    Findings *m_findings;
};

// The one list of checks (checkregistry.cpp): the checks of each file of
// core/review, in a stated order. A new check is one definition in the
// checks() of its file.
class CheckRegistry
{
public:
    static const QList<CheckDef> &checks();
    static const CheckDef *find(const QString &code);
    // Runs one check, its findings appended to `findings`.
    static void run(const CheckDef &check, const ReviewContext &context, Findings *findings);

    // What is wrong with a list of definitions (a code declared twice, an
    // empty code, no body, a softened severity equal to the usual one), one
    // line each; empty when it is sound.
    static QStringList problems(const QList<CheckDef> &checks);
    // Whether a finding's code is registered with its severity.
    static bool registered(const Finding &finding);
};

} // namespace portolan
