#pragma once

#include "audittarget.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portolan {

// Turns audit findings into the CLI's text and JSON reports and counts drift.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    struct Counts
    {
        int probed = 0;
        int asPlanned = 0;
        int unexpectedlyOpen = 0;  // errors
        int expectedButClosed = 0; // warnings (closed or filtered)
        int unexpectedTls = 0;     // warnings
        int undetermined = 0;      // UDP silence, probe errors
        bool hasDrift() const { return unexpectedlyOpen + expectedButClosed + unexpectedTls > 0; }
    };
    static Counts count(const QList<AuditFinding> &findings);
    static QString text(const QList<AuditFinding> &findings, const QString &fromZone, bool cancelled);
    static QJsonObject json(const QList<AuditFinding> &findings, const QString &fromZone, bool cancelled);
};

} // namespace portolan
