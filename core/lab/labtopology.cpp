#include "labtopology.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString labRoleName(LabRole role)
{
    switch (role) {
    case LabRole::Host:
        return u"host"_s;
    case LabRole::Balancer:
        return u"balancer"_s;
    case LabRole::Router:
        return u"router"_s;
    case LabRole::Client:
        return u"client"_s;
    case LabRole::Internet:
        return u"internet"_s;
    }
    return {};
}

QList<QHostAddress> LabNamespace::addresses() const
{
    QList<QHostAddress> all;
    for (const LabInterface &leg : interfaces)
        all += leg.addresses;
    return all;
}

QHostAddress LabNamespace::address(QAbstractSocket::NetworkLayerProtocol family) const
{
    for (const LabInterface &leg : interfaces)
        for (const QHostAddress &a : leg.addresses)
            if (a.protocol() == family)
                return a;
    return {};
}

bool LabNamespace::owns(const QHostAddress &address) const
{
    for (const LabInterface &leg : interfaces)
        if (leg.addresses.contains(address))
            return true;
    return false;
}

const LabNamespace *LabTopology::find(const QString &namespaceId) const
{
    for (const LabNamespace &ns : namespaces)
        if (ns.id == namespaceId)
            return &ns;
    return nullptr;
}

const LabNamespace *LabTopology::forElement(const ElementId &element, int member) const
{
    for (const LabNamespace &ns : namespaces)
        if (ns.element == element && ns.member == member)
            return &ns;
    for (const LabNamespace &ns : namespaces)
        if (ns.firewalls.contains(element) && ns.member == member)
            return &ns;
    return nullptr;
}

const LabNamespace *LabTopology::owner(const QHostAddress &address) const
{
    for (const LabNamespace &ns : namespaces)
        if (ns.owns(address))
            return &ns;
    return nullptr;
}

const LabSegment *LabTopology::segment(const QString &id) const
{
    for (const LabSegment &s : segments)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace portolan
