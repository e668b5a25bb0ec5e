#pragma once

#include "model/elements.h"

#include <QList>
#include <QString>

namespace portolan {

enum class Severity
{
    Error,
    Warning,
    Info
};
QString severityName(Severity severity); // "error", "warning", "info"
bool parseSeverity(const QString &text, Severity *out);

// One thing the review found. `code` is stable (scripts and docs/findings.md
// rely on it); message and fix are translated for the reader.
struct Finding
{
    Severity severity = Severity::Info;
    QString code;      // e.g. "nat.advertise-unreachable"
    ElementId subject; // the element it is about
    QString message;
    QString fix;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QList<Finding>;

// Errors first, then by code, subject and message: the same project gives the
// same list in the same order.
bool findingLess(const Finding &a, const Finding &b);
void sortFindings(Findings *findings);
int countSeverity(const Findings &findings, Severity severity);

// A run of findings with one severity, code and subject in a sorted list:
// a plan where 5,000 ports clash on one host should read as one group with a
// count, not as 5,000 lines.
struct FindingGroup
{
    qsizetype first = 0; // index of its first finding
    qsizetype count = 0;
};
QList<FindingGroup> groupFindings(const Findings &sorted);

} // namespace portolan
