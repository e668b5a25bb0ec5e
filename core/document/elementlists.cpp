#include "elementlists.h"

#include "catalog/componentinstance.h"
#include "connections.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

using Type = PropertyInfo::Type;

struct CellRef
{
    QString list;
    int row = -1;
    QString column;
};

std::optional<CellRef> parseKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    const int row = parts[1].toInt(&ok);
    if (!ok || row < 0 || parts[1] != QString::number(row))
        return std::nullopt;
    return CellRef{parts[0], row, parts[2]};
}

template <typename T> T *findIn(QList<T> &list, const ElementId &id)
{
    for (T &e : list)
        if (e.id == id)
            return &e;
    return nullptr;
}

// Ports a load balancer can forward to: what clients or admins reach, not
// loopback-only ports and not the node's own outgoing connections.
bool forwardable(const PortDef &port)
{
    return port.audience != Audience::Egress && port.audience != Audience::Local;
}

QStringList componentsOf(const Project &p, const ElementId &node)
{
    QStringList out;
    if (const Node *n = p.node(node))
        for (const ComponentUse &use : n->components)
            out.append(use.component);
    return out;
}

QStringList listenerPortChoices(const CatalogSet &catalogs, const QString &component, QStringList *labels)
{
    QStringList out;
    if (const ComponentDef *def = catalogs.component(component))
        for (const PortDef &port : def->ports)
            if (forwardable(port)) {
                out.append(port.id);
                if (labels)
                    labels->append(port.title.isEmpty() ? port.id : port.id + u" — "_s + port.title);
            }
    return out;
}

// Port ids a client may name on a target (what the project reader accepts).
QStringList usePortChoices(const Project &p, const CatalogSet &catalogs, const ElementId &target,
                           QStringList *labels)
{
    QStringList out;
    auto add = [&](const QString &id, const QString &title) {
        if (out.contains(id))
            return;
        out.append(id);
        if (labels)
            labels->append(title.isEmpty() ? id : id + u" — "_s + title);
    };
    if (const Node *n = p.node(target)) {
        for (const ComponentUse &use : n->components)
            if (const ComponentDef *def = catalogs.component(use.component))
                for (const PortDef &port : def->ports)
                    if (port.audience != Audience::Egress)
                        add(port.id, port.title);
    } else if (const LoadBalancer *lb = p.loadBalancer(target)) {
        for (const Listener &l : lb->listeners) {
            const ComponentDef *def = catalogs.component(l.targetComponent);
            const PortDef *port = def ? def->port(l.targetPort) : nullptr;
            add(l.targetPort, port ? port->title : QString());
        }
    }
    return out;
}

QStringList zoneIds(const Project &p)
{
    QStringList out;
    for (const Zone &z : p.zones)
        out.append(z.id);
    return out;
}

QStringList targetIds(const Project &p, bool withBalancers)
{
    QStringList out;
    if (withBalancers)
        for (const LoadBalancer &lb : p.loadBalancers)
            out.append(lb.id);
    for (const Node &n : p.nodes)
        out.append(n.id);
    return out;
}

// The current value always stays a choice, so a file written by hand shows
// what it says even when the catalog would not offer it.
PropertyInfo cell(const QString &key, const QString &label, Type type, const QString &value,
                  QStringList choices = {}, QStringList labels = {})
{
    if (type == Type::Choice && !choices.contains(value)) {
        choices.append(value);
        if (!labels.isEmpty())
            labels.append(value);
    }
    PropertyInfo info;
    info.key = key;
    info.label = label;
    info.type = type;
    info.choices = choices;
    info.choiceLabels = labels;
    info.value = value;
    return info;
}

// Client uses that go through `lb` must keep a listener with their port.
QString strandedUse(const Project &p, const LoadBalancer &lb)
{
    QStringList ports;
    for (const Listener &l : lb.listeners)
        ports.append(l.targetPort);
    for (const Client &c : p.clients)
        for (const ClientUse &use : c.uses)
            if (use.target == lb.id && !use.port.isEmpty() && !ports.contains(use.port))
                return ElementLists::tr("'%1' uses %2 through '%3'; change that use first")
                    .arg(c.id, use.port, lb.id);
    return {};
}

QString duplicateListener(const LoadBalancer &lb)
{
    for (qsizetype i = 0; i < lb.listeners.size(); ++i)
        for (qsizetype j = i + 1; j < lb.listeners.size(); ++j)
            if (lb.listeners[i].protocol == lb.listeners[j].protocol &&
                lb.listeners[i].port == lb.listeners[j].port)
                return ElementLists::tr("another listener already takes %1 %2")
                    .arg(protocolName(lb.listeners[i].protocol))
                    .arg(lb.listeners[i].port);
    return {};
}

// Points a listener at `node`, keeping its component and port where the
// node offers them, else taking the node's first forwardable port.
bool retarget(const CatalogSet &catalogs, const Node &node, Listener *l, QString *error)
{
    QStringList components;
    for (const ComponentUse &use : node.components)
        components.append(use.component);
    if (!components.contains(l->targetComponent)) {
        const auto fresh = Connections::defaultListener(node, catalogs);
        if (!fresh) {
            *error = ElementLists::tr("'%1' runs no component with a port to forward to").arg(node.id);
            return false;
        }
        l->targetComponent = fresh->targetComponent;
        l->targetPort = fresh->targetPort;
    }
    l->targetNode = node.id;
    const QStringList ports = listenerPortChoices(catalogs, l->targetComponent, nullptr);
    if (!ports.contains(l->targetPort)) {
        if (ports.isEmpty()) {
            *error = ElementLists::tr("'%1' has no port to forward to").arg(l->targetComponent);
            return false;
        }
        l->targetPort = ports.first();
    }
    return true;
}

bool parsePort(const QString &text, int *out, QString *error)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < PortRange::Min || port > PortRange::Max) {
        *error = ElementLists::tr("a port is a number from 1 to 65535");
        return false;
    }
    *out = port;
    return true;
}

bool parseTcpUdp(const QString &text, Protocol *out, QString *error)
{
    if (!parseProtocol(text, out) || *out == Protocol::Any) {
        *error = ElementLists::tr("choose tcp or udp");
        return false;
    }
    return true;
}

bool setListenerCell(Project &p, const CatalogSet &catalogs, LoadBalancer &lb, const CellRef &ref,
                     const QString &text, QString *error)
{
    Listener l = lb.listeners[ref.row];
    bool ok = true;
    if (ref.column == u"port"_s) {
        ok = parsePort(text, &l.port, error);
    } else if (ref.column == u"protocol"_s) {
        ok = parseTcpUdp(text, &l.protocol, error);
    } else if (ref.column == u"tls"_s) {
        ok = parseTlsMode(text, &l.tls);
        if (!ok)
            *error = ElementLists::tr("choose passthrough or terminate");
    } else if (ref.column == u"target"_s) {
        const Node *node = p.node(text);
        if (!node) {
            *error = ElementLists::tr("choose one of the nodes");
            return false;
        }
        ok = retarget(catalogs, *node, &l, error);
    } else if (ref.column == u"component"_s) {
        if (!componentsOf(p, l.targetNode).contains(text)) {
            *error = ElementLists::tr("'%1' does not run '%2'").arg(l.targetNode, text);
            return false;
        }
        l.targetComponent = text;
        const QStringList ports = listenerPortChoices(catalogs, text, nullptr);
        if (!ports.contains(l.targetPort)) {
            if (ports.isEmpty()) {
                *error = ElementLists::tr("'%1' has no port to forward to").arg(text);
                return false;
            }
            l.targetPort = ports.first();
        }
    } else if (ref.column == u"target_port"_s) {
        if (!listenerPortChoices(catalogs, l.targetComponent, nullptr).contains(text)) {
            *error = ElementLists::tr("'%1' has no port '%2' to forward to").arg(l.targetComponent, text);
            return false;
        }
        l.targetPort = text;
    } else {
        *error = ElementLists::tr("a listener has no column '%1'").arg(ref.column);
        return false;
    }
    if (!ok)
        return false;
    LoadBalancer edited = lb;
    edited.listeners[ref.row] = l;
    if (QString reason = duplicateListener(edited); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    if (QString reason = strandedUse(p, edited); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    lb = edited;
    return true;
}

bool setMappingCell(NatLayer &nat, const CellRef &ref, const QString &text, QString *error)
{
    NatMapping &m = nat.mappings[ref.row];
    if (ref.column == u"protocol"_s)
        return parseTcpUdp(text, &m.protocol, error);
    if (ref.column == u"outside_address"_s || ref.column == u"inside_address"_s) {
        QHostAddress address;
        if (!parseHostAddress(text.trimmed(), &address)) {
            *error = ElementLists::tr("'%1' is not an IPv4 or IPv6 address").arg(text);
            return false;
        }
        (ref.column == u"outside_address"_s ? m.outsideAddress : m.insideAddress) = address;
        return true;
    }
    if (ref.column == u"outside_ports"_s || ref.column == u"inside_ports"_s) {
        PortRange range;
        if (!PortRange::parse(text.trimmed(), &range) || !range.isValid()) {
            *error = ElementLists::tr("a port or range looks like 8443 or 50000-60000, within 1-65535");
            return false;
        }
        const bool outside = ref.column == u"outside_ports"_s;
        PortRange other = outside ? m.insidePorts : m.outsidePorts;
        // Both sides map port by port: the other side follows the size.
        other.to = other.from + range.count() - 1;
        if (!other.isValid()) {
            *error = ElementLists::tr("the %1 ports from %2 cannot take %3 ports")
                         .arg(outside ? ElementLists::tr("inside") : ElementLists::tr("outside"))
                         .arg(other.from)
                         .arg(range.count());
            return false;
        }
        (outside ? m.outsidePorts : m.insidePorts) = range;
        (outside ? m.insidePorts : m.outsidePorts) = other;
        return true;
    }
    *error = ElementLists::tr("a mapping has no column '%1'").arg(ref.column);
    return false;
}

bool setUseCell(const Project &p, const CatalogSet &catalogs, Client &c, const CellRef &ref,
                const QString &text, QString *error)
{
    ClientUse &use = c.uses[ref.row];
    if (ref.column == u"target"_s) {
        if (!p.node(text) && !p.loadBalancer(text)) {
            *error = ElementLists::tr("choose a node or a load balancer");
            return false;
        }
        use.target = text;
        if (!usePortChoices(p, catalogs, text, nullptr).contains(use.port))
            use.port.clear(); // every port that fits the role
        return true;
    }
    if (ref.column == u"port"_s) {
        if (!text.isEmpty() && !usePortChoices(p, catalogs, use.target, nullptr).contains(text)) {
            *error = ElementLists::tr("'%1' offers no port '%2'").arg(use.target, text);
            return false;
        }
        use.port = text;
        return true;
    }
    *error = ElementLists::tr("a use has no column '%1'").arg(ref.column);
    return false;
}

} // namespace

QString ElementLists::cellKey(const QString &list, int row, const QString &column)
{
    return list + u'/' + QString::number(row) + u'/' + column;
}

bool ElementLists::isCellKey(const QString &key)
{
    return parseKey(key).has_value();
}

QString ElementLists::listOf(const QString &key)
{
    const auto ref = parseKey(key);
    return ref ? ref->list : QString();
}

QList<ListInfo> ElementLists::lists(const Project &p, const CatalogSet &catalogs, const ElementId &id)
{
    QList<ListInfo> out;
    if (const LoadBalancer *lb = p.loadBalancer(id)) {
        ListInfo list{
            u"listeners"_s,
            tr("Listeners"),
            {tr("Port"), tr("Protocol"), tr("TLS"), tr("Target"), tr("Component"), tr("Target port")},
            {},
            tr("Add listener")};
        for (int r = 0; r < lb->listeners.size(); ++r) {
            const Listener &l = lb->listeners[r];
            QStringList portLabels;
            const QStringList ports = listenerPortChoices(catalogs, l.targetComponent, &portLabels);
            list.rows.append({
                cell(cellKey(list.key, r, u"port"_s), list.columns[0], Type::Integer,
                     QString::number(l.port)),
                cell(cellKey(list.key, r, u"protocol"_s), list.columns[1], Type::Choice,
                     protocolName(l.protocol), {u"tcp"_s, u"udp"_s}),
                cell(cellKey(list.key, r, u"tls"_s), list.columns[2], Type::Choice, tlsModeName(l.tls),
                     {u"passthrough"_s, u"terminate"_s}),
                cell(cellKey(list.key, r, u"target"_s), list.columns[3], Type::Choice, l.targetNode,
                     targetIds(p, false)),
                cell(cellKey(list.key, r, u"component"_s), list.columns[4], Type::Choice, l.targetComponent,
                     componentsOf(p, l.targetNode)),
                cell(cellKey(list.key, r, u"target_port"_s), list.columns[5], Type::Choice, l.targetPort,
                     ports, portLabels),
            });
        }
        out.append(list);
    } else if (const NatLayer *nat = p.natLayer(id)) {
        ListInfo list{u"mappings"_s,
                      tr("Static mappings"),
                      {tr("Protocol"), tr("Outside address"), tr("Outside ports"), tr("Inside address"),
                       tr("Inside ports")},
                      {},
                      tr("Add mapping")};
        for (int r = 0; r < nat->mappings.size(); ++r) {
            const NatMapping &m = nat->mappings[r];
            list.rows.append({
                cell(cellKey(list.key, r, u"protocol"_s), list.columns[0], Type::Choice,
                     protocolName(m.protocol), {u"tcp"_s, u"udp"_s}),
                cell(cellKey(list.key, r, u"outside_address"_s), list.columns[1], Type::Address,
                     m.outsideAddress.toString()),
                cell(cellKey(list.key, r, u"outside_ports"_s), list.columns[2], Type::Ports,
                     m.outsidePorts.toString()),
                cell(cellKey(list.key, r, u"inside_address"_s), list.columns[3], Type::Address,
                     m.insideAddress.toString()),
                cell(cellKey(list.key, r, u"inside_ports"_s), list.columns[4], Type::Ports,
                     m.insidePorts.toString()),
            });
        }
        out.append(list);
    } else if (const Firewall *fw = p.firewall(id)) {
        ListInfo list{u"inside"_s, tr("Inside zones"), {tr("Zone")}, {}, tr("Add zone")};
        for (int r = 0; r < fw->inside.size(); ++r)
            list.rows.append({cell(cellKey(list.key, r, u"zone"_s), list.columns[0], Type::Choice,
                                   fw->inside[r], zoneIds(p))});
        out.append(list);
    } else if (const Client *c = p.client(id)) {
        ListInfo list{u"uses"_s, tr("Uses"), {tr("Target"), tr("Port")}, {}, tr("Add use")};
        for (int r = 0; r < c->uses.size(); ++r) {
            const ClientUse &use = c->uses[r];
            QStringList labels{tr("(every port for the role)")};
            QStringList ports{QString()};
            ports.append(usePortChoices(p, catalogs, use.target, &labels));
            list.rows.append({
                cell(cellKey(list.key, r, u"target"_s), list.columns[0], Type::Choice, use.target,
                     targetIds(p, true)),
                cell(cellKey(list.key, r, u"port"_s), list.columns[1], Type::Choice, use.port, ports, labels),
            });
        }
        out.append(list);
    }
    return out;
}

QString ElementLists::value(const Project &p, const CatalogSet &catalogs, const ElementId &id,
                            const QString &key)
{
    for (const ListInfo &list : lists(p, catalogs, id))
        for (const QList<PropertyInfo> &row : list.rows)
            for (const PropertyInfo &info : row)
                if (info.key == key)
                    return info.value;
    return {};
}

bool ElementLists::setCell(Project &p, const CatalogSet &catalogs, const ElementId &id, const QString &key,
                           const QString &text, QString *error)
{
    const auto ref = parseKey(key);
    auto rowMissing = [&](qsizetype size) {
        if (ref->row < size)
            return false;
        *error = tr("'%1' has no row %2 in %3").arg(id).arg(ref->row + 1).arg(ref->list);
        return true;
    };
    if (!ref) {
        *error = tr("'%1' has no property '%2'").arg(id, key);
        return false;
    }
    if (LoadBalancer *lb = findIn(p.loadBalancers, id); lb && ref->list == u"listeners"_s)
        return !rowMissing(lb->listeners.size()) && setListenerCell(p, catalogs, *lb, *ref, text, error);
    if (NatLayer *nat = findIn(p.natLayers, id); nat && ref->list == u"mappings"_s)
        return !rowMissing(nat->mappings.size()) && setMappingCell(*nat, *ref, text, error);
    if (Firewall *fw = findIn(p.firewalls, id); fw && ref->list == u"inside"_s && ref->column == u"zone"_s) {
        if (rowMissing(fw->inside.size()))
            return false;
        if (!p.zone(text)) {
            *error = tr("choose one of the zones");
            return false;
        }
        for (int r = 0; r < fw->inside.size(); ++r)
            if (r != ref->row && fw->inside[r] == text) {
                *error = tr("'%1' is inside this firewall already").arg(text);
                return false;
            }
        fw->inside[ref->row] = text;
        return true;
    }
    if (Client *c = findIn(p.clients, id); c && ref->list == u"uses"_s)
        return !rowMissing(c->uses.size()) && setUseCell(p, catalogs, *c, *ref, text, error);
    *error = tr("'%1' has no property '%2'").arg(id, key);
    return false;
}

bool ElementLists::addRow(Project &p, const CatalogSet &catalogs, const ElementId &id, const QString &list,
                          QString *error)
{
    if (LoadBalancer *lb = findIn(p.loadBalancers, id); lb && list == u"listeners"_s) {
        // The node this balancer forwards to already, else the first that can take it.
        QList<const Node *> candidates;
        for (const Listener &l : lb->listeners)
            if (const Node *n = p.node(l.targetNode))
                candidates.append(n);
        for (const Node &n : p.nodes)
            candidates.append(&n);
        for (const Node *n : std::as_const(candidates)) {
            auto l = Connections::defaultListener(*n, catalogs);
            if (!l)
                continue;
            // A free front port: the target's own number, else the next free one.
            auto taken = [&](int port) {
                return std::any_of(lb->listeners.cbegin(), lb->listeners.cend(), [&](const Listener &x) {
                    return x.protocol == l->protocol && x.port == port;
                });
            };
            while (taken(l->port) && l->port < PortRange::Max)
                ++l->port;
            if (taken(l->port))
                break;
            lb->listeners.append(*l);
            return true;
        }
        *error = tr("no node runs a component with a client port to forward to: add one first");
        return false;
    }
    if (NatLayer *nat = findIn(p.natLayers, id); nat && list == u"mappings"_s) {
        if (nat->outsideAddresses.isEmpty()) {
            *error = tr("give the NAT layer an outside address first");
            return false;
        }
        QHostAddress inside;
        for (const Node &n : p.nodes)
            if (inside.isNull() && !n.addresses.isEmpty() && p.zoneIsWithin(n.zone, nat->inside))
                inside = n.addresses.first();
        if (inside.isNull()) {
            *error = tr("give a node inside '%1' an address first").arg(nat->inside);
            return false;
        }
        int port = 8000;
        for (const NatMapping &m : std::as_const(nat->mappings))
            port = std::max(port, m.outsidePorts.to + 1);
        if (port > PortRange::Max)
            port = PortRange::Min;
        nat->mappings.append(NatMapping{Protocol::Tcp, nat->outsideAddresses.first(), PortRange::single(port),
                                        inside, PortRange::single(port)});
        return true;
    }
    if (Firewall *fw = findIn(p.firewalls, id); fw && list == u"inside"_s) {
        for (const Zone &z : p.zones)
            if (z.id != fw->outside && !fw->inside.contains(z.id)) {
                fw->inside.append(z.id);
                return true;
            }
        *error = tr("every zone but the outside one is inside this firewall already");
        return false;
    }
    if (Client *c = findIn(p.clients, id); c && list == u"uses"_s) {
        for (const ElementId &target : targetIds(p, true)) {
            const bool used = std::any_of(c->uses.cbegin(), c->uses.cend(), [&](const ClientUse &u) {
                return u.target == target && u.port.isEmpty();
            });
            if (!used) {
                c->uses.append(ClientUse{target, QString()});
                return true;
            }
        }
        *error = tr("there is no node or load balancer to use: add one first");
        return false;
    }
    *error = tr("'%1' has no list '%2'").arg(id, list);
    return false;
}

bool ElementLists::removeRow(Project &p, const ElementId &id, const QString &list, int row, QString *error)
{
    auto check = [&](qsizetype size) {
        if (row >= 0 && row < size)
            return true;
        *error = tr("'%1' has no row %2 in %3").arg(id).arg(row + 1).arg(list);
        return false;
    };
    if (LoadBalancer *lb = findIn(p.loadBalancers, id); lb && list == u"listeners"_s) {
        if (!check(lb->listeners.size()))
            return false;
        LoadBalancer edited = *lb;
        edited.listeners.removeAt(row);
        if (QString reason = strandedUse(p, edited); !reason.isEmpty()) {
            *error = reason;
            return false;
        }
        *lb = edited;
        return true;
    }
    if (NatLayer *nat = findIn(p.natLayers, id); nat && list == u"mappings"_s) {
        if (!check(nat->mappings.size()))
            return false;
        nat->mappings.removeAt(row);
        return true;
    }
    if (Firewall *fw = findIn(p.firewalls, id); fw && list == u"inside"_s) {
        if (!check(fw->inside.size()))
            return false;
        if (fw->inside.size() == 1) {
            *error = tr("a firewall protects at least one zone; remove the firewall instead");
            return false;
        }
        fw->inside.removeAt(row);
        return true;
    }
    if (Client *c = findIn(p.clients, id); c && list == u"uses"_s) {
        if (!check(c->uses.size()))
            return false;
        c->uses.removeAt(row);
        return true;
    }
    *error = tr("'%1' has no list '%2'").arg(id, list);
    return false;
}

} // namespace portolan
