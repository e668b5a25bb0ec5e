#pragma once

#include "elements.h"

#include <QString>

namespace portolan {

// A whole deployment plan: plain values, no QObject, cheap to copy for undo
// snapshots and background derivation. Order of every list is the file's
// order, so saving what was loaded gives the same bytes.
struct Project
{
    static constexpr int CurrentFormat = 1;

    QString name;
    QString description;
    QList<Zone> zones;
    QList<Node> nodes;
    QList<LoadBalancer> loadBalancers;
    QList<NatLayer> natLayers;
    QList<Firewall> firewalls;
    QList<Link> links;
    QList<Client> clients;

    const Zone *zone(const ElementId &id) const;
    const Node *node(const ElementId &id) const;
    const LoadBalancer *loadBalancer(const ElementId &id) const;
    const NatLayer *natLayer(const ElementId &id) const;
    const Firewall *firewall(const ElementId &id) const;
    const Link *link(const ElementId &id) const;
    const Client *client(const ElementId &id) const;
    Zone *zone(const ElementId &id);
    Node *node(const ElementId &id);

    // Which kind of element has this id, if any.
    std::optional<ElementKind> kindOf(const ElementId &id) const;
    QStringList allIds() const;

    // Zone ancestry, innermost first, starting with `id` itself.
    QList<ElementId> zoneChain(const ElementId &id) const;
    bool zoneIsWithin(const ElementId &zone, const ElementId &ancestor) const;
    Provider providerOf(const ElementId &zone) const;
    // The zone's CIDRs, or the nearest ancestor's that has some.
    CidrList effectiveCidrs(const ElementId &zone) const;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace portolan
