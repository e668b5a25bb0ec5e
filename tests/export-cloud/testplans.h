#pragma once

#include "derive/ruleset.h"
#include "model/project.h"

#include <QString>

namespace portolan {

// Plans built in code, so these tests do not depend on derivation: the
// exporters' contract is the Derivation, and each case pins one shape.
struct TestPlan
{
    Project project;
    Derivation derivation;
};

namespace TestPlans {

// Every cloud provider, a load-balancer group, group references (to the
// same export, to a host rule set, to itself), IPv4 and IPv6, ranges, "any
// protocol" rules, egress, host rule sets (Kubernetes) and flows through a
// load balancer and a NAT (port matrix).
TestPlan multiCloud();
// multiCloud() with every user text and id replaced by hostile text: quotes,
// newlines, $(...), backticks, ${...}, HTML, CSV and Markdown specials,
// control characters, non-ASCII and a 10 KB string.
TestPlan hostile();
// One AWS (or DigitalOcean / Azure) group with `rules` distinct single-port
// ingress rules from one CIDR each.
TestPlan manyRules(Provider provider, int rules, IpFamily family = IpFamily::IPv4);
// A boundary firewall between two subnets of an AWS VPC with `rules`
// distinct single-port ingress rules from one address each (each also needs
// an egress return entry in the network ACL).
TestPlan manyFirewallRules(int rules);
// A 10 KB line of mixed hostile text.
QString hostileText(int variant);

TestPlan byName(const QString &name);

} // namespace TestPlans

} // namespace portolan
