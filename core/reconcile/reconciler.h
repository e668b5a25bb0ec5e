#pragma once

#include "admission.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portolan {

// One finding of a reconcile, about one planned rule or one piece of today's
// rules. Text fields hold user text (rule text, comments, file names):
// every output escapes them.
struct ReconcileItem
{
    enum class Status
    {
        Covered,   // a planned rule is admitted whole
        Blocked,   // (part of) a planned rule is not admitted
        Extra,     // today's rules admit a space the plan does not ask for
        Shadowed,  // a rule that can never match (earlier rules decide all of it)
        Redundant, // a shadowed rule whose packets earlier rules decide the same way
        Unknown,   // a rule with a match the reader did not understand
        Info,      // not compared: forward traffic, egress open by policy, infrastructure
    };
    Status status = Status::Info;
    FlowDirection direction = FlowDirection::Ingress;
    IpFamily family = IpFamily::IPv4;
    QString space;           // "0.0.0.0/0 -> tcp 8001"
    QString planned;         // the planned rule (covered / blocked): its comment
    QStringList flows;       // its flow keys
    QList<RuleOrigin> rules; // the rules that cover, block, admit, shadow
    QStringList ruleTexts;   // the text of those rules, same order ("policy DROP" for a policy)
    QString detail;          // translated explanation
};
QString reconcileStatusName(ReconcileItem::Status status); // "covered", "blocked", ...

struct ReconcileReport
{
    QString point;
    QString pointName;
    QStringList files;
    QList<IpFamily> families; // compared
    QList<ReconcileItem> items;
    Diagnostics notes; // from the readers and the evaluation
    int count(ReconcileItem::Status status) const;
    // Today's rules equal the plan: nothing blocked, extra, shadowed or unknown.
    bool exact() const;
};

// Compares one host enforcement point's planned rules with what today's
// rules (one program per file: iptables-save for IPv4 and for IPv6, or one
// nft ruleset) admit for new connections from other hosts. Expected
// infrastructure is never extra: loopback, established/related, IPv6
// neighbour discovery; egress left open by an ACCEPT policy (Portolan's
// own host policy) is reported as information. Forward chains (Docker's
// among them) are listed, not compared: a host point plans no routed
// traffic.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)
public:
    static ReconcileReport reconcile(const RuleSet &point, const QList<FilterProgram> &programs);
    static QString text(const ReconcileReport &report);
    static QByteArray json(const ReconcileReport &report);
    static QJsonObject jsonObject(const ReconcileReport &report);
    // A short summary first (per point: covered, blocked, extra, shadowed),
    // then each point's items folded in a <details> block; user text escaped.
    static QString markdown(const QList<ReconcileReport> &reports);
    // The summary table's rows and the details alone, for a report that
    // puts its own heading and table around them (a folder's).
    static QString markdownSummaryRows(const QList<ReconcileReport> &reports);
    static QString markdownDetails(const ReconcileReport &report);
};

} // namespace portolan
