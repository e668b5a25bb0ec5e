#include "projectwriter.h"

#include "catalog/listenvalue.h"
#include "io/yamlwriter.h"
#include "model/elementfields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QStringList addressList(const QList<QHostAddress> &addresses)
{
    QStringList out;
    for (const QHostAddress &a : addresses)
        out.append(YamlWriter::scalar(a.toString()));
    return out;
}

QStringList cidrList(const CidrList &cidrs)
{
    QStringList out;
    for (const Cidr &c : cidrs)
        out.append(YamlWriter::scalar(c.toString()));
    return out;
}

// Setting values are text in the model; numbers and booleans are written
// plain so hand-written files (`rtc.udp_port: 7882`) round-trip unchanged.
QString settingValue(const QString &value)
{
    static const QRegularExpression plainNumber(u"^(0|[1-9][0-9]{0,8})$"_s);
    if (plainNumber.match(value).hasMatch() || value == u"true"_s || value == u"false"_s)
        return value;
    return YamlWriter::scalar(value);
}

QString endpoint(const QHostAddress &address, const PortRange &ports)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return host + u':' + ports.toString();
}

void writePlacement(YamlWriter &w, const Placement &p)
{
    if (p.position)
        w.flowList(u"position"_s, {YamlWriter::number(p.position->x()), YamlWriter::number(p.position->y())});
    if (p.size)
        w.flowList(u"size"_s, {YamlWriter::number(p.size->width()), YamlWriter::number(p.size->height())});
}

void writeHeader(YamlWriter &w, const ElementId &id, const QString &name)
{
    w.beginItem();
    w.requiredString(u"id"_s, id);
    w.string(u"name"_s, name);
}

// Writes the fields a description lists, in its order, leaving out what the
// canonical form leaves out; `nested(key)` writes Nested fields.
// A flow list; a required one is written even when empty (a firewall's `inside: []`).
void writeList(YamlWriter &w, const QString &key, const QStringList &rawItems, bool required)
{
    if (required)
        w.key(key, u'[' + rawItems.join(u", "_s) + u']');
    else
        w.flowList(key, rawItems);
}

// Writes the fields a description lists, in its order, leaving out what the
// canonical form leaves out; `nested(key)` writes Nested fields.
template <typename E, typename Nested>
void writeFields(YamlWriter &w, const E &e, const QList<FieldDescription<E>> &fields, Nested nested)
{
    for (const FieldDescription<E> &f : fields) {
        if (!f.inFile)
            continue;
        const QString key = f.name();
        switch (f.type) {
        case FieldType::Id:
            writeHeader(w, e.*f.text, e.name);
            break;
        case FieldType::Text:
            if (key != u"name"_s) // written with the id
                w.string(key, e.*f.text);
            break;
        case FieldType::Reference:
            if (f.required)
                w.requiredString(key, e.*f.text);
            else
                w.string(key, e.*f.text);
            break;
        case FieldType::Integer:
            if (e.*f.integer != f.fallback)
                w.integer(key, e.*f.integer);
            break;
        case FieldType::Boolean:
            if (e.*f.flag)
                w.boolean(key, true);
            break;
        case FieldType::Addresses:
            writeList(w, key, addressList(e.*f.addresses), f.required);
            break;
        case FieldType::Cidrs:
            writeList(w, key, cidrList(e.*f.cidrs), f.required);
            break;
        case FieldType::Zones: {
            QStringList ids;
            for (const ElementId &z : e.*f.zones)
                ids.append(YamlWriter::scalar(z));
            writeList(w, key, ids, f.required);
            break;
        }
        case FieldType::ZonePair:
            w.flowList(key, {YamlWriter::scalar(e.*f.text), YamlWriter::scalar(e.*f.second)});
            break;
        case FieldType::Choice:
            if (f.required || f.writtenAtDefault)
                w.requiredString(key, f.choiceGet(e));
            else
                w.string(key, f.choiceGet(e));
            break;
        case FieldType::Nested:
            nested(key);
            break;
        case FieldType::Position:
            if (const auto &position = (e.*f.placement).position)
                w.flowList(key, {YamlWriter::number(position->x()), YamlWriter::number(position->y())});
            break;
        case FieldType::Size:
            if (const auto &size = (e.*f.placement).size)
                w.flowList(key, {YamlWriter::number(size->width()), YamlWriter::number(size->height())});
            break;
        }
    }
}

// The elements of a described kind; `nested(e, key)` writes their Nested fields.
template <typename E, typename Nested>
void writeElements(YamlWriter &w, const QString &key, const QList<E> &elements,
                   const QList<FieldDescription<E>> &fields, Nested nested)
{
    w.beginList(key);
    for (const E &e : elements)
        writeFields(w, e, fields, [&](const QString &field) { nested(e, field); });
    w.endList();
}

constexpr auto noNested = [](const auto &, const QString &) {};

void writeComponents(YamlWriter &w, const QList<ComponentUse> &components)
{
    if (components.isEmpty())
        return;
    w.beginList(u"components"_s);
    for (const ComponentUse &use : components) {
        w.beginItem();
        w.requiredString(u"use"_s, use.component);
        w.string(u"cluster"_s, use.cluster);
        if (!use.settings.isEmpty()) {
            w.beginMap(u"settings"_s);
            for (auto it = use.settings.cbegin(); it != use.settings.cend(); ++it)
                w.key(YamlWriter::scalar(it.key()), settingValue(it.value()));
            w.endMap();
        }
        if (!use.features.isEmpty()) {
            w.beginMap(u"features"_s);
            for (auto it = use.features.cbegin(); it != use.features.cend(); ++it)
                w.boolean(YamlWriter::scalar(it.key()), it.value());
            w.endMap();
        }
    }
    w.endList();
}

void writeRedirects(YamlWriter &w, const QList<Redirect> &redirects)
{
    if (redirects.isEmpty())
        return;
    w.beginList(u"redirects"_s);
    for (const Redirect &r : redirects) {
        w.beginItem();
        w.key(u"protocol"_s, protocolName(r.protocol));
        w.key(u"match"_s, r.match.isSingle() ? r.match.toString() : YamlWriter::scalar(r.match.toString()));
        w.integer(u"to"_s, r.toPort);
    }
    w.endList();
}

void writeLoadBalancers(YamlWriter &w, const QList<LoadBalancer> &lbs)
{
    w.beginList(u"load_balancers"_s);
    for (const LoadBalancer &lb : lbs) {
        writeHeader(w, lb.id, lb.name);
        w.string(u"description"_s, lb.description);
        w.requiredString(u"zone"_s, lb.zone);
        w.flowList(u"addresses"_s, addressList(lb.addresses));
        if (lb.idleTimeout > 0)
            w.integer(u"idle_timeout"_s, lb.idleTimeout);
        if (!lb.listeners.isEmpty()) {
            w.beginList(u"listeners"_s);
            for (const Listener &l : lb.listeners) {
                w.beginItem();
                w.key(u"protocol"_s, protocolName(l.protocol));
                w.integer(u"port"_s, l.port);
                w.key(u"tls"_s, tlsModeName(l.tls));
                w.requiredString(u"target"_s, l.targetNode);
                w.requiredString(u"component"_s, l.targetComponent);
                w.requiredString(u"target_port"_s, l.targetPort);
            }
            w.endList();
        }
        writePlacement(w, lb.placement);
    }
    w.endList();
}

void writeNats(YamlWriter &w, const QList<NatLayer> &nats)
{
    w.beginList(u"nats"_s);
    for (const NatLayer &nat : nats) {
        writeHeader(w, nat.id, nat.name);
        w.string(u"description"_s, nat.description);
        w.requiredString(u"inside"_s, nat.inside);
        w.requiredString(u"outside"_s, nat.outside);
        w.flowList(u"addresses"_s, addressList(nat.outsideAddresses));
        if (nat.sourceNat)
            w.boolean(u"source_nat"_s, true);
        if (nat.idleTimeout > 0)
            w.integer(u"idle_timeout"_s, nat.idleTimeout);
        if (!nat.mappings.isEmpty()) {
            w.beginList(u"mappings"_s);
            for (const NatMapping &m : nat.mappings) {
                w.beginItem();
                w.key(u"protocol"_s, protocolName(m.protocol));
                w.requiredString(u"outside"_s, endpoint(m.outsideAddress, m.outsidePorts));
                w.requiredString(u"inside"_s, endpoint(m.insideAddress, m.insidePorts));
            }
            w.endList();
        }
        writePlacement(w, nat.placement);
    }
    w.endList();
}

void writeFirewalls(YamlWriter &w, const QList<Firewall> &firewalls)
{
    w.beginList(u"firewalls"_s);
    for (const Firewall &fw : firewalls) {
        writeHeader(w, fw.id, fw.name);
        w.string(u"description"_s, fw.description);
        QStringList inside;
        for (const ElementId &z : fw.inside)
            inside.append(YamlWriter::scalar(z));
        w.key(u"inside"_s, u'[' + inside.join(u", "_s) + u']');
        w.requiredString(u"outside"_s, fw.outside);
        if (fw.idleTimeout > 0)
            w.integer(u"idle_timeout"_s, fw.idleTimeout);
        writePlacement(w, fw.placement);
    }
    w.endList();
}

void writeLinks(YamlWriter &w, const QList<Link> &links)
{
    w.beginList(u"links"_s);
    for (const Link &l : links) {
        writeHeader(w, l.id, l.name);
        w.string(u"description"_s, l.description);
        w.key(u"kind"_s, linkKindName(l.kind));
        w.flowList(u"between"_s, {YamlWriter::scalar(l.a), YamlWriter::scalar(l.b)});
    }
    w.endList();
}

void writeClients(YamlWriter &w, const QList<Client> &clients)
{
    w.beginList(u"clients"_s);
    for (const Client &c : clients) {
        writeHeader(w, c.id, c.name);
        w.string(u"description"_s, c.description);
        w.key(u"role"_s, clientRoleName(c.role));
        w.requiredString(u"zone"_s, c.zone);
        w.flowList(u"cidrs"_s, cidrList(c.cidrs));
        if (!c.uses.isEmpty()) {
            w.beginList(u"uses"_s);
            for (const ClientUse &u : c.uses) {
                w.beginItem();
                w.requiredString(u"target"_s, u.target);
                w.string(u"port"_s, u.port);
            }
            w.endList();
        }
        writePlacement(w, c.placement);
    }
    w.endList();
}

} // namespace

QByteArray ProjectWriter::write(const Project &project)
{
    YamlWriter w;
    w.integer(u"format"_s, Project::CurrentFormat);
    w.requiredString(u"name"_s, project.name);
    w.string(u"description"_s, project.description);
    if (!project.zones.isEmpty())
        writeElements(w, u"zones"_s, project.zones, zoneFields(), noNested);
    if (!project.nodes.isEmpty())
        writeElements(w, u"nodes"_s, project.nodes, nodeFields(), [&](const Node &n, const QString &key) {
            if (key == u"components"_s)
                writeComponents(w, n.components);
            else if (key == u"redirects"_s)
                writeRedirects(w, n.redirects);
        });
    if (!project.loadBalancers.isEmpty())
        writeLoadBalancers(w, project.loadBalancers);
    if (!project.natLayers.isEmpty())
        writeNats(w, project.natLayers);
    if (!project.firewalls.isEmpty())
        writeFirewalls(w, project.firewalls);
    if (!project.links.isEmpty())
        writeLinks(w, project.links);
    if (!project.clients.isEmpty())
        writeClients(w, project.clients);
    return w.text().toUtf8();
}

} // namespace portolan
