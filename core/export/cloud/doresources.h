#pragma once

#include "cloudscope.h"

#include <QCoreApplication>

namespace portolan {

struct DoRule
{
    bool inbound = true;
    QString protocol; // "tcp", "udp", "icmp"
    QString ports;    // "80", "8000-8100", "all"; empty for icmp
    QStringList addresses;
    QStringList tags;
};

struct DoFirewall
{
    QString name;       // letters, digits, '-' and '.'
    QString identifier; // Terraform resource name
    QString tag;        // droplets of the rule set carry this tag
    QString ruleSetId;
    QList<DoRule> rules;
};

// The DigitalOcean view of a plan shared by the Terraform and doctl
// exporters. Droplets of a rule set carry one tag; group references become
// source/destination tags. DigitalOcean knows tcp, udp and icmp only: an
// "any protocol" rule becomes all three.
//
// Limit policy: a firewall takes at most 50 rules, inbound and outbound
// together. A rule set that needs more is split into firewalls "<name>",
// "<name>-2", ... on the same tag; DigitalOcean applies the union of every
// firewall on a droplet, so the traffic allowed is the same. A warning says
// so.
class DoResources
{
    Q_DECLARE_TR_FUNCTIONS(DoResources)
public:
    static constexpr int RulesPerFirewall = 50;

    // The provider these resources are for, and its name in messages.
    static constexpr Provider ProviderId = Provider::DigitalOcean;
    static constexpr const char16_t *ProviderTitle = u"DigitalOcean";

    static DoResources build(const CloudScope &scope);

    QList<DoFirewall> firewalls;
    QList<ExportProblem> problems;
    bool hasErrors() const { return CloudScope::hasErrors(problems); }
};

} // namespace portolan
