#pragma once

#include "ruleset.h"

#include <QJsonArray>
#include <QJsonObject>

namespace portolan {

// The JSON of `portolan-cli flows` and `rules` (docs/derivation.md), also
// the golden files' format. QJsonDocument orders keys, and the plan is
// sorted, so equal plans give equal bytes.
class DerivationJson
{
public:
    static QJsonObject flow(const Flow &flow);
    static QJsonObject endpoint(const FlowEndpoint &endpoint, bool destination);
    static QJsonObject hop(const FlowHop &hop);
    // {"status", "reason"?, "problem"?, "stops_at"?, "hops": [{"id", "kind", "source", "destination",
    // "stops"?}]}
    static QJsonObject path(const Flow &flow);
    static QJsonObject ruleSet(const RuleSet &set);
    static QJsonObject rule(const Rule &rule);
    // {"flows": [...], "local_ports": [...], "refused": [...]}
    static QByteArray flowsDocument(const Derivation &derivation);
    // {"rule_sets": [...]}; only `point` when it is not empty
    static QByteArray ruleSetsDocument(const Derivation &derivation, const QString &point = {});
    static QJsonArray cidrs(const CidrList &list);
    // "192.0.2.1:8000", "[2001:db8::1]:443", "*:50000-60000"
    static QString addressPorts(const QHostAddress &address, const PortRange &ports);
    static QString familyName(IpFamily family); // "ipv4", "ipv6"
};

} // namespace portolan
