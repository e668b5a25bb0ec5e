#pragma once

#include "iptablesreader.h"
#include "reconciler.h"

#include <QCoreApplication>

namespace portolan {

struct ExportInput;

// The plan points today's rules can be compared with: host firewalls (their
// iptables, nftables or pods' NetworkPolicy) and AWS security groups.
bool isReconcilable(const RuleSet &set);

// One file of today's rules, read already (the command line and the window
// read them their own way; the comparison is the same).
struct RulesFileInput
{
    QString path;
    QByteArray content;
};

// One point against its files: each file's kind told from its content
// (iptables-save, nft -j, NetworkPolicy YAML for a host point; AWS
// describe-security-groups for an AWS point), group references resolved to
// the referenced points' addresses, then Reconciler::reconcile. Bad input
// (an unreadable file, a file of the other kind of point) gives nothing and
// Diagnostics with file:line:column.
class PointReconciler
{
    Q_DECLARE_TR_FUNCTIONS(PointReconciler)
public:
    static std::optional<ReconcileReport> run(const ExportInput &input, const QString &point,
                                              const QList<RulesFileInput> &files, const IpsetSets &ipsets,
                                              Diagnostics *errors);
};

} // namespace portolan
