#include "derivationjson.h"

#include "flowpaths.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

QJsonArray DerivationJson::cidrs(const CidrList &list)
{
    QJsonArray array;
    for (const Cidr &cidr : list)
        array.append(cidr.toString());
    return array;
}

QString DerivationJson::addressPorts(const QHostAddress &address, const PortRange &ports)
{
    QString host = u"*"_s;
    if (!address.isNull())
        host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                   : address.toString();
    return host % u':' % ports.toString();
}

QString DerivationJson::familyName(IpFamily family)
{
    return family == IpFamily::IPv4 ? u"ipv4"_s : u"ipv6"_s;
}

QJsonObject DerivationJson::endpoint(const FlowEndpoint &e, bool destination)
{
    QJsonObject o{{u"id"_s, e.id}, {u"kind"_s, elementKindName(e.kind)}, {u"cidrs"_s, cidrs(e.cidrs)}};
    if (!e.zone.isEmpty())
        o.insert(u"zone"_s, e.zone);
    if (!e.members.isEmpty())
        o.insert(u"members"_s, QJsonArray::fromStringList(e.members));
    // The contract names one address for a node or balancer destination.
    if (destination && (e.kind == ElementKind::Node || e.kind == ElementKind::LoadBalancer) &&
        !e.isMemberSet() && !e.cidrs.isEmpty() && e.cidrs.first().isHost())
        o.insert(u"address"_s, e.cidrs.first().network().toString());
    return o;
}

QJsonObject DerivationJson::hop(const FlowHop &h)
{
    QJsonObject o{{u"id"_s, h.id}, {u"kind"_s, hopKindName(h.kind)}};
    switch (h.kind) {
    case HopKind::LoadBalancer:
        o.insert(u"tls"_s, tlsModeName(h.tls));
        Q_FALLTHROUGH();
    case HopKind::Nat:
        o.insert(u"from"_s, addressPorts(h.fromAddress, h.fromPorts));
        o.insert(u"to"_s, addressPorts(h.toAddress, h.toPorts));
        if (h.sourceNat)
            o.insert(u"source_nat"_s, true);
        break;
    case HopKind::Firewall:
    case HopKind::Link:
        break;
    }
    return o;
}

QJsonObject DerivationJson::path(const Flow &f)
{
    QJsonArray hops;
    for (const FlowPaths::Step &step : FlowPaths::steps(f)) {
        QJsonObject o{{u"id"_s, step.id},
                      {u"kind"_s, step.kind},
                      {u"source"_s, step.source.isNull() ? u"*"_s : step.source.toString()},
                      {u"destination"_s, addressPorts(step.destination, step.ports)}};
        if (step.stops)
            o.insert(u"stops"_s, true);
        hops.append(o);
    }
    QJsonObject o{{u"status"_s, pathStatusName(f.path.status)}, {u"hops"_s, hops}};
    if (f.path.status != PathStatus::Works) {
        o.insert(u"reason"_s, FlowPaths::reason(f));
        o.insert(u"problem"_s, pathProblemName(f.path.problem));
        o.insert(u"stops_at"_s, f.path.stop);
    }
    // A dual-stack flow judged apart per family, where the families differ.
    if (f.path.family != PathFamily::Both) {
        const bool v6 = f.path.family == PathFamily::IPv6;
        o.insert(u"family"_s, pathFamilyName(f.path.family));
        o.insert(u"families"_s,
                 QJsonObject{{u"ipv4"_s, pathStatusName(v6 ? f.path.otherStatus : f.path.status)},
                             {u"ipv6"_s, pathStatusName(v6 ? f.path.status : f.path.otherStatus)}});
    }
    return o;
}

QJsonObject DerivationJson::flow(const Flow &f)
{
    QJsonArray via, hops;
    for (const FlowHop &h : f.via) {
        via.append(h.id);
        hops.append(hop(h));
    }
    // Protocol any carries no ports; the whole range keeps the fields integers.
    const bool any = f.protocol == Protocol::Any;
    return QJsonObject{{u"source"_s, endpoint(f.source, false)},
                       {u"destination"_s, endpoint(f.destination, true)},
                       {u"protocol"_s, protocolName(f.protocol)},
                       {u"port_from"_s, any ? PortRange::Min : f.ports.from},
                       {u"port_to"_s, any ? PortRange::Max : f.ports.to},
                       {u"product"_s, f.product},
                       {u"catalog"_s, f.catalog},
                       {u"component"_s, f.component},
                       {u"port"_s, f.port},
                       {u"audience"_s, audienceName(f.audience)},
                       {u"via"_s, via},
                       {u"hops"_s, hops},
                       {u"path"_s, path(f)},
                       {u"source_document"_s, f.sourceDocument}};
}

QJsonObject DerivationJson::rule(const Rule &r)
{
    QJsonArray ports;
    for (const PortRange &range : r.ports)
        ports.append(range.toString());
    QJsonObject o{{u"direction"_s, directionName(r.direction)},
                  {u"family"_s, familyName(r.family)},
                  {u"protocol"_s, protocolName(r.protocol)},
                  {u"ports"_s, ports},
                  {u"comment"_s, r.comment},
                  {u"flows"_s, QJsonArray::fromStringList(r.flowKeys)}};
    if (r.peerGroup.isEmpty())
        o.insert(u"peers"_s, cidrs(r.peers));
    else
        o.insert(u"peer_group"_s, r.peerGroup);
    if (!r.localAddresses.isEmpty())
        o.insert(u"local_addresses"_s, cidrs(r.localAddresses));
    return o;
}

QJsonObject DerivationJson::ruleSet(const RuleSet &set)
{
    QJsonArray rules, redirects;
    for (const Rule &r : set.rules)
        rules.append(rule(r));
    for (const RedirectRule &r : set.redirects)
        redirects.append(QJsonObject{{u"protocol"_s, protocolName(r.protocol)},
                                     {u"match"_s, r.match.toString()},
                                     {u"to_port"_s, r.toPort},
                                     {u"comment"_s, r.comment}});
    QJsonObject counts;
    for (Direction d : {Direction::Ingress, Direction::Egress})
        for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
            counts.insert(directionName(d) % u'_' % familyName(f), set.count(d, f));
    QJsonObject o{{u"id"_s, set.id},     {u"kind"_s, pointKindName(set.kind)},   {u"element"_s, set.element},
                  {u"name"_s, set.name}, {u"addresses"_s, cidrs(set.addresses)}, {u"rules"_s, rules},
                  {u"counts"_s, counts}};
    if (set.provider != Provider::None)
        o.insert(u"provider"_s, providerName(set.provider));
    if (!redirects.isEmpty())
        o.insert(u"redirects"_s, redirects);
    return o;
}

QByteArray DerivationJson::flowsDocument(const Derivation &derivation)
{
    QJsonArray flows, local, refused;
    for (const Flow &f : derivation.flows)
        flows.append(flow(f));
    for (const LocalPort &p : derivation.localPorts) {
        QList<Protocol> protocols = p.protocols;
        local.append(QJsonObject{{u"node"_s, p.node},
                                 {u"component"_s, p.component},
                                 {u"port"_s, p.port},
                                 {u"protocol"_s, protocolsName(protocols)},
                                 {u"ports"_s, p.ports.toString()},
                                 {u"bind"_s, p.bindAddress.isNull() ? QString() : p.bindAddress.toString()}});
    }
    for (const RefusedUse &r : derivation.refused)
        refused.append(QJsonObject{{u"client"_s, r.client},
                                   {u"target"_s, r.target},
                                   {u"component"_s, r.component},
                                   {u"port"_s, r.port},
                                   {u"audience"_s, audienceName(r.audience)},
                                   {u"reason"_s, r.reason}});
    return QJsonDocument(QJsonObject{{u"flows"_s, flows}, {u"local_ports"_s, local}, {u"refused"_s, refused}})
        .toJson(QJsonDocument::Indented);
}

QByteArray DerivationJson::ruleSetsDocument(const Derivation &derivation, const QString &point)
{
    QJsonArray sets;
    for (const RuleSet &set : derivation.ruleSets)
        if (point.isEmpty() || set.id == point)
            sets.append(ruleSet(set));
    return QJsonDocument(QJsonObject{{u"rule_sets"_s, sets}}).toJson(QJsonDocument::Indented);
}

} // namespace portolan
