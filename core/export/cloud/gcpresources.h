#pragma once

#include "cloudscope.h"

#include <QCoreApplication>

namespace portolan {

struct GcpAllow
{
    QString protocol;  // "tcp", "udp", "all"
    QStringList ports; // "80", "8000-8100"; empty = every port
};

// One google_compute_firewall / `gcloud compute firewall-rules create`.
struct GcpRule
{
    QString name;        // [a-z]([-a-z0-9]*[a-z0-9])?, <= 63, unique in the export
    QString network;     // network name (a variable's default in Terraform)
    QString networkZone; // project zone id of the network, may be empty
    bool ingress = true;
    bool deny = false;
    int priority = 1000;
    QList<GcpAllow> allows;
    QStringList sourceRanges;
    QStringList sourceTags;
    QStringList destinationRanges;
    QStringList targetTags;
    QString description; // cleaned, <= 2048
};

// The Google Cloud view of a plan shared by the Terraform and gcloud
// exporters. Each rule set's instances carry one network tag; each plan rule
// becomes one firewall rule (one IP family, as GCP requires) at priority
// 1000. GCP allows all egress by default, so every tag also gets
// "deny all egress" rules for IPv4 and IPv6 at priority 65534: egress is
// exactly the plan's. Group references become source tags on ingress; on
// egress (GCP has no destination tags) the group's addresses are used.
class GcpResources
{
    Q_DECLARE_TR_FUNCTIONS(GcpResources)
public:
    static constexpr int AllowPriority = 1000;
    static constexpr int DenyPriority = 65534;
    static constexpr int MaxName = 63;

    // The provider these resources are for, and its name in messages.
    static constexpr Provider ProviderId = Provider::Gcp;
    static constexpr const char16_t *ProviderTitle = u"Google Cloud";

    static GcpResources build(const CloudScope &scope);

    QList<GcpRule> rules;
    QList<ExportProblem> problems;
    QList<QPair<QString, QString>> networks; // (variable-safe zone key, default network name), sorted
    bool hasErrors() const { return CloudScope::hasErrors(problems); }
    static QString tagOf(const QString &ruleSetId);
    static QString networkKey(const QString &zone);
};

} // namespace portolan
