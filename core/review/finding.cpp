#include "finding.h"

#include "model/enumnames.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr std::array<std::pair<Severity, const char16_t *>, 3> kSeverities{{
    {Severity::Error, u"error"},
    {Severity::Warning, u"warning"},
    {Severity::Info, u"info"},
}};

} // namespace

QString severityName(Severity severity)
{
    return detail::nameOf(kSeverities, severity);
}

bool parseSeverity(const QString &text, Severity *out)
{
    return detail::parseName(kSeverities, text, out);
}

bool findingLess(const Finding &a, const Finding &b)
{
    return std::tie(a.severity, a.code, a.subject, a.message, a.fix) <
           std::tie(b.severity, b.code, b.subject, b.message, b.fix);
}

void sortFindings(Findings *findings)
{
    std::sort(findings->begin(), findings->end(), findingLess);
    findings->erase(std::unique(findings->begin(), findings->end()), findings->end());
}

int countSeverity(const Findings &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

QList<FindingGroup> groupFindings(const Findings &sorted)
{
    QList<FindingGroup> groups;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (!groups.isEmpty()) {
            const Finding &head = sorted[groups.last().first];
            if (head.severity == sorted[i].severity && head.code == sorted[i].code &&
                head.subject == sorted[i].subject) {
                ++groups.last().count;
                continue;
            }
        }
        groups.append({i, 1});
    }
    return groups;
}

} // namespace portolan
