#include "elementproperties.h"

#include "addresslist.h"
#include "catalog/catalogreader.h"
#include "catalog/listenvalue.h"
#include "elementlists.h"
#include "model/cidr.h"
#include "model/elementfields.h"
#include "projectedits.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

using Type = PropertyInfo::Type;

QString joinAddresses(const QList<QHostAddress> &list)
{
    return AddressList::format(list);
}

QString joinCidrs(const CidrList &list)
{
    QStringList out;
    for (const Cidr &c : list)
        out.append(c.toString());
    return out.join(u", "_s);
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

bool parseAddresses(const QString &text, QList<QHostAddress> *out, QString *error)
{
    return AddressList::parse(text, out, error);
}

bool parseCidrs(const QString &text, CidrList *out, QString *error)
{
    out->clear();
    for (const QString &part : splitList(text)) {
        auto c = Cidr::parse(part);
        if (!c) {
            *error =
                ElementProperties::tr("'%1' is not a network in CIDR notation (e.g. 10.0.0.0/16)").arg(part);
            return false;
        }
        out->append(*c);
    }
    return true;
}

bool parseInt(const QString &text, int min, int max, int *out, QString *error)
{
    bool ok = false;
    const int v = text.trimmed().isEmpty() ? 0 : text.trimmed().toInt(&ok);
    if (!text.trimmed().isEmpty() && (!ok || v < min || v > max)) {
        *error = ElementProperties::tr("enter a whole number from %1 to %2").arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

QString checkSetting(const SettingDef &def, const QString &text)
{
    // The project reader has the last word: a value it refuses would make
    // the saved project impossible to open (a port of only spaces passed
    // the check below, which reads blank as "no number").
    if (const QString refused = CatalogReader::checkSettingValue(def.type, text); !refused.isEmpty())
        return refused;
    QString reason;
    switch (def.type) {
    case SettingType::Port: {
        int port = 0;
        QString error;
        if (!parseInt(text, PortRange::Min, PortRange::Max, &port, &error))
            return ElementProperties::tr("a port is a number from 1 to 65535");
        return {};
    }
    case SettingType::Range: {
        PortRange r;
        if (!PortRange::parse(text, &r) || !r.isValid())
            return ElementProperties::tr("a port range looks like 10000-20000, low to high, within 1-65535");
        return {};
    }
    case SettingType::Listen:
        return parseListenValue(text, &reason) ? QString() : reason;
    case SettingType::AddressPort:
        return parseAddressPort(text, &reason) ? QString() : reason;
    case SettingType::Address: {
        QHostAddress address;
        return parseHostAddress(text, &address)
                   ? QString()
                   : ElementProperties::tr("'%1' is not an IP address").arg(text);
    }
    case SettingType::Bool:
        return (text == u"true"_s || text == u"false"_s) ? QString()
                                                         : ElementProperties::tr("enter true or false");
    case SettingType::Text:
        break;
    }
    return {};
}

QStringList zoneIds(const Project &p, bool withEmpty)
{
    QStringList out;
    if (withEmpty)
        out.append(QString());
    for (const Zone &z : p.zones)
        out.append(z.id);
    return out;
}

// What a setting is for, from the catalog: its title, the file it lives in
// and the notes of the ports it configures (why 127.0.0.1 hides the Admin API).
QString settingToolTip(const ComponentDef &component, const SettingDef &s)
{
    QStringList lines;
    lines.append(u"<b>"_s + s.key.toHtmlEscaped() + u"</b>"_s +
                 (s.title.isEmpty() ? QString() : u": "_s + s.title.toHtmlEscaped()));
    if (!s.file.isEmpty() || !component.configFile.isEmpty())
        lines.append(ElementProperties::tr("Set in %1.")
                         .arg((s.file.isEmpty() ? component.configFile : s.file).toHtmlEscaped()));
    lines.append(s.defaultValue.isEmpty()
                     ? ElementProperties::tr("Catalog default: unset.")
                     : ElementProperties::tr("Catalog default: %1.").arg(s.defaultValue.toHtmlEscaped()));
    for (const PortDef &port : component.ports) {
        const PortSpec &spec = port.spec;
        if (spec.setting != s.key && spec.fromSetting != s.key && spec.toSetting != s.key)
            continue;
        lines.append(
            ElementProperties::tr("Port %1 (%2):").arg(port.id.toHtmlEscaped(), port.title.toHtmlEscaped()));
        for (const QString &note : port.notes)
            lines.append(u"&nbsp;&nbsp;• "_s + note.toHtmlEscaped());
    }
    return lines.join(u"<br>"_s);
}

Type propertyType(FieldType type)
{
    switch (type) {
    case FieldType::Id:
        return Type::Id;
    case FieldType::Reference:
        return Type::Zone;
    case FieldType::Integer:
        return Type::Integer;
    case FieldType::Boolean:
        return Type::Bool;
    case FieldType::Addresses:
        return Type::Addresses;
    case FieldType::Cidrs:
        return Type::Cidrs;
    case FieldType::Choice:
        return Type::Choice;
    case FieldType::Text:
    case FieldType::Nested: // edited as text (a list of component references)
    case FieldType::Zones:  // the rest are edited as tables (ElementLists) or on the canvas
    case FieldType::ZonePair:
    case FieldType::Position:
    case FieldType::Size:
        break;
    }
    return Type::Text;
}

// The inspector's text for a described field; Nested fields are the kind's own.
template <typename E> QString fieldValue(const E &e, const FieldDescription<E> &f)
{
    switch (f.type) {
    case FieldType::Id:
    case FieldType::Text:
    case FieldType::Reference:
        return e.*f.text;
    case FieldType::Integer: // 0 where 0 means "not stated" shows as empty
        return e.*f.integer == 0 && f.fallback == 0 ? QString() : QString::number(e.*f.integer);
    case FieldType::Boolean:
        return e.*f.flag ? u"true"_s : u"false"_s;
    case FieldType::Addresses:
        return joinAddresses(e.*f.addresses);
    case FieldType::Cidrs:
        return joinCidrs(e.*f.cidrs);
    case FieldType::Choice:
        return f.choiceGet(e);
    case FieldType::Nested:
    case FieldType::Zones:
    case FieldType::ZonePair:
    case FieldType::Position:
    case FieldType::Size:
        break;
    }
    return {};
}

} // namespace

QString ElementProperties::settingKey(const QString &component, const QString &setting)
{
    return u"setting:"_s + component + u':' + setting;
}

FieldEffects ElementProperties::effects(const Project &p, const ElementId &id, const QString &key)
{
    // The project's own fields, settings and table cells: the defaults.
    FieldEffects out;
    visitFields(p, id, [&](const auto &, const auto &fields) {
        if (const auto *field = findEditable(fields, key))
            out = field->effects;
    });
    return out;
}

QList<PropertyInfo> ElementProperties::properties(const Project &p, const CatalogSet &catalogs,
                                                  const ElementId &id)
{
    QList<PropertyInfo> out;
    auto add = [&](const QString &key, const QString &label, Type type, QStringList choices = {},
                   const QString &group = tr("General")) {
        out.append({key, label, type, choices, value(p, catalogs, id, key), {}, false, group, {}, {}});
    };
    if (id.isEmpty()) {
        // Nothing selected: the project itself, whose name heads every export.
        add(u"name"_s, tr("Name"), Type::Text, {}, tr("Project"));
        add(u"description"_s, tr("Description"), Type::Text, {}, tr("Project"));
        return out;
    }
    visitFields(p, id, [&](const auto &, const auto &fields) {
        auto show = [&](const auto &f) {
            QStringList choices;
            if (f.type == FieldType::Reference)
                choices = zoneIds(p, !f.required);
            else if (f.type == FieldType::Choice)
                choices = f.choices();
            add(f.editName(), QCoreApplication::translate("ElementProperties", f.label), propertyType(f.type),
                choices);
        };
        // Text first, then where the element lives, then the rest in file
        // order (FieldDescription).
        for (const auto &f : fields)
            if (f.label && (f.type == FieldType::Id || f.type == FieldType::Text))
                show(f);
        for (const auto &f : fields)
            if (f.label && f.effects.moves)
                show(f);
        for (const auto &f : fields)
            if (f.label && f.type != FieldType::Id && f.type != FieldType::Text && !f.effects.moves)
                show(f);
    });
    if (const Node *node = p.node(id)) {
        for (const ComponentUse &use : node->components) {
            const Catalog *catalog = nullptr;
            const ComponentDef *def = catalogs.component(use.component, &catalog);
            if (!def)
                continue;
            const QString group = catalog->productName + u' ' + catalog->version + u" — "_s + def->title;
            for (const SettingDef &s : def->settings) {
                const QString key = settingKey(use.component, s.key);
                out.append({key,
                            s.key,
                            Type::Setting,
                            {},
                            use.settings.value(s.key, s.defaultValue),
                            s.defaultValue,
                            use.settings.contains(s.key),
                            group,
                            {},
                            settingToolTip(*def, s)});
            }
        }
    }
    return out;
}

QString ElementProperties::value(const Project &p, const CatalogSet &catalogs, const ElementId &id,
                                 const QString &key)
{
    if (id.isEmpty())
        return key == u"name"_s ? p.name : key == u"description"_s ? p.description : QString();
    if (key == u"id"_s)
        return p.kindOf(id) ? id : QString();
    if (ElementLists::isCellKey(key))
        return ElementLists::value(p, catalogs, id, key);
    QString out;
    visitFields(p, id, [&](const auto &e, const auto &fields) {
        if (const auto *field = findEditable(fields, key); field && field->type != FieldType::Nested)
            out = fieldValue(e, *field);
    });
    if (const Node *n = p.node(id)) {
        if (key == u"components"_s) {
            QStringList refs;
            for (const ComponentUse &use : n->components)
                refs.append(use.component);
            out = refs.join(u", "_s);
        } else if (key.startsWith(u"setting:"_s)) {
            const QStringList parts = key.split(u':');
            for (const ComponentUse &use : n->components) {
                if (parts.size() == 3 && use.component == parts[1]) {
                    const SettingDef *def = nullptr;
                    if (const ComponentDef *c = catalogs.component(use.component))
                        def = c->setting(parts[2]);
                    out = use.settings.value(parts[2], def ? def->defaultValue : QString());
                }
            }
        }
    }
    return out;
}

namespace {

bool setZoneRef(const Project &p, ElementId *ref, const QString &text, bool allowEmpty, QString *error)
{
    if ((text.isEmpty() && !allowEmpty) || (!text.isEmpty() && !p.zone(text))) {
        *error = ElementProperties::tr("choose one of the zones");
        return false;
    }
    *ref = text;
    return true;
}

// Parses `text` into a described field and runs the field's check.
template <typename E>
bool setField(const Project &p, E &e, const FieldDescription<E> &f, const QString &text, QString *error)
{
    bool ok = true;
    switch (f.type) {
    case FieldType::Text:
        e.*f.text = text;
        break;
    case FieldType::Reference:
        ok = setZoneRef(p, &(e.*f.text), text, !f.required, error);
        break;
    case FieldType::Integer:
        ok = parseInt(text, f.min, f.editMax ? f.editMax : f.max, &(e.*f.integer), error);
        break;
    case FieldType::Boolean:
        ok = text == u"true"_s || text == u"false"_s;
        e.*f.flag = text == u"true"_s;
        break;
    case FieldType::Addresses: {
        QList<QHostAddress> list;
        ok = parseAddresses(text, &list, error);
        if (ok)
            e.*f.addresses = list;
        break;
    }
    case FieldType::Cidrs: {
        CidrList list;
        ok = parseCidrs(text, &list, error);
        if (ok)
            e.*f.cidrs = list;
        break;
    }
    case FieldType::Choice:
        ok = (f.choiceEdit ? f.choiceEdit : f.choiceSet)(e, text);
        break;
    case FieldType::Id: // renamed by ProjectEdits::renameId
    case FieldType::Nested:
    case FieldType::Zones:
    case FieldType::ZonePair:
    case FieldType::Position:
    case FieldType::Size:
        return false;
    }
    if (ok && f.check) {
        *error = f.check(e, p);
        ok = error->isEmpty();
    }
    return ok;
}

} // namespace

bool ElementProperties::setValue(Project &p, const CatalogSet &catalogs, const ElementId &id,
                                 const QString &key, const QString &text, QStringList *changed,
                                 QString *error)
{
    if (id.isEmpty()) {
        if (key != u"name"_s && key != u"description"_s) {
            *error = tr("the project has no property '%1'").arg(key);
            return false;
        }
        (key == u"name"_s ? p.name : p.description) = text;
        return true;
    }
    if (key == u"id"_s)
        return ProjectEdits::renameId(p, id, text.trimmed(), changed, error);
    if (ElementLists::isCellKey(key) && p.kindOf(id))
        return ElementLists::setCell(p, catalogs, id, key, text, error);
    bool handled = false;
    bool ok = true;
    if (std::as_const(p).zone(id) && key == u"zone"_s) {
        // A zone's parent: reparenting refuses loops.
        handled = true;
        ok = ProjectEdits::reparent(p, id, text, error);
    } else {
        visitFields(p, id, [&](auto &e, const auto &fields) {
            const auto *field = findEditable(fields, key);
            if (!field || field->type == FieldType::Nested || field->type == FieldType::Id)
                return;
            handled = true;
            ok = setField(std::as_const(p), e, *field, text, error);
        });
    }
    // A node's components and their settings are its own.
    if (Node *n = handled ? nullptr : p.node(id)) {
        if (key == u"components"_s) {
            // Kept components keep their overrides; new ones start from the catalog defaults.
            handled = true;
            QList<ComponentUse> uses;
            for (const QString &ref : splitList(text)) {
                if (!catalogs.component(ref)) {
                    *error = tr("no catalog has the component '%1'").arg(ref);
                    ok = false;
                    break;
                }
                auto kept = std::find_if(n->components.cbegin(), n->components.cend(),
                                         [&](const ComponentUse &u) { return u.component == ref; });
                uses.append(kept != n->components.cend() ? *kept : ComponentUse{ref, {}, {}, {}});
            }
            // Refuse to strand what uses the node: a client's port or a
            // listener's component must stay on it.
            auto provides = [&](const QString &component, const QString &port) {
                for (const ComponentUse &u : uses) {
                    const ComponentDef *def = catalogs.component(u.component);
                    if ((component.isEmpty() || u.component == component) && def &&
                        (port.isEmpty() || def->port(port)))
                        return true;
                }
                return false;
            };
            for (const Client &c : p.clients)
                for (const ClientUse &use : c.uses)
                    if (ok && use.target == id && !use.port.isEmpty() && !provides(QString(), use.port)) {
                        *error =
                            tr("'%1' uses port '%2' of this node; change that first").arg(c.id, use.port);
                        ok = false;
                    }
            for (const LoadBalancer &lb : p.loadBalancers)
                for (const Listener &l : lb.listeners)
                    if (ok && l.targetNode == id && !provides(l.targetComponent, l.targetPort)) {
                        *error = tr("'%1' forwards to %2 on this node; change that first")
                                     .arg(lb.id, l.targetComponent);
                        ok = false;
                    }
            if (ok)
                n->components = uses;
        } else if (key.startsWith(u"setting:"_s)) {
            const QStringList parts = key.split(u':');
            for (ComponentUse &use : n->components) {
                if (parts.size() != 3 || use.component != parts[1])
                    continue;
                const ComponentDef *c = catalogs.component(use.component);
                const SettingDef *def = c ? c->setting(parts[2]) : nullptr;
                if (!def)
                    break;
                handled = true;
                if (text.isEmpty() || text == def->defaultValue) {
                    use.settings.remove(def->key);
                } else if (const QString reason = checkSetting(*def, text); !reason.isEmpty()) {
                    *error = reason;
                    ok = false;
                } else {
                    use.settings.insert(def->key, text);
                }
            }
        }
    }
    if (!handled) {
        *error = tr("'%1' has no property '%2'").arg(id, key);
        return false;
    }
    if (!ok && error->isEmpty())
        *error = tr("'%1' is not a valid value here").arg(text);
    return ok;
}

QString ElementProperties::validate(const Project &p, const CatalogSet &catalogs, const ElementId &id,
                                    const QString &key, const QString &text)
{
    // A copy is cheap (implicitly shared lists) and keeps one parser for
    // "is it valid" and "apply it".
    Project scratch = p;
    QString error;
    return setValue(scratch, catalogs, id, key, text, nullptr, &error) ? QString() : error;
}

} // namespace portolan
