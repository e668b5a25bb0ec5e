#pragma once

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

#include <QString>
#include <QStringList>

namespace portolan::test {

// An export case: a project and the plan derived from it. Cases named
// "example-<stem>" load resources/examples/<stem>.yaml and derive it; the
// others are built in code to reach every corner (limits, hostile text).
struct HostCase
{
    Project project;
    CatalogSet catalogs;
    Derivation derivation;
};

// Building blocks of the cases built in code, here and in NetworkCases.
// `texts` must be valid CIDRs or addresses.
CidrList cidrs(const QStringList &texts);
Rule rule(Direction d, IpFamily f, Protocol p, const QList<PortRange> &portList, const QStringList &peers,
          const QString &comment, const QStringList &locals = {});

class HostCases
{
public:
    static QStringList names();
    static HostCase make(const QString &name);
    // One Kong 0.x cluster of `members` nodes (10.0.0.1 up), derived: past
    // MemberSet::PairwiseLimit every member's peer rules share one member
    // set. Not a golden case: its files grow with the cluster.
    // `ipv6`: the members have 2001:db8::1 up instead.
    static HostCase cluster(int members, bool ipv6 = false);
    // Where hostile text tries to create a file if anything ever ran it.
    static QString hostileMarker();
};

} // namespace portolan::test
