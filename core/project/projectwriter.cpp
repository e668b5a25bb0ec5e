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

void writeListeners(YamlWriter &w, const QList<Listener> &listeners)
{
    if (listeners.isEmpty())
        return;
    w.beginList(u"listeners"_s);
    for (const Listener &l : listeners) {
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

void writeMappings(YamlWriter &w, const QList<NatMapping> &mappings)
{
    if (mappings.isEmpty())
        return;
    w.beginList(u"mappings"_s);
    for (const NatMapping &m : mappings) {
        w.beginItem();
        w.key(u"protocol"_s, protocolName(m.protocol));
        w.requiredString(u"outside"_s, endpoint(m.outsideAddress, m.outsidePorts));
        w.requiredString(u"inside"_s, endpoint(m.insideAddress, m.insidePorts));
    }
    w.endList();
}

void writeUses(YamlWriter &w, const QList<ClientUse> &uses)
{
    if (uses.isEmpty())
        return;
    w.beginList(u"uses"_s);
    for (const ClientUse &u : uses) {
        w.beginItem();
        w.requiredString(u"target"_s, u.target);
        w.string(u"port"_s, u.port);
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
        writeElements(w, u"load_balancers"_s, project.loadBalancers, loadBalancerFields(),
                      [&](const LoadBalancer &lb, const QString &) { writeListeners(w, lb.listeners); });
    if (!project.natLayers.isEmpty())
        writeElements(w, u"nats"_s, project.natLayers, natFields(),
                      [&](const NatLayer &nat, const QString &) { writeMappings(w, nat.mappings); });
    if (!project.firewalls.isEmpty())
        writeElements(w, u"firewalls"_s, project.firewalls, firewallFields(), noNested);
    if (!project.links.isEmpty())
        writeElements(w, u"links"_s, project.links, linkFields(), noNested);
    if (!project.clients.isEmpty())
        writeElements(w, u"clients"_s, project.clients, clientFields(),
                      [&](const Client &c, const QString &) { writeUses(w, c.uses); });
    return w.text().toUtf8();
}

} // namespace portolan
