#include "projectreader.h"
#include "migrations.h"
#include "referencechecker.h"

#include "catalog/catalogreader.h"
#include "catalog/firewalldcatalog.h"
#include "catalog/listenvalue.h"
#include "io/safeyaml.h"
#include "io/yamlreader.h"
#include "model/elementfields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"_s);
    return pattern;
}

// For kinds without Nested fields or checks across fields.
constexpr auto noNested = [](auto &, MapReader &, const QString &) {};

// Reads the YAML tree into a Project; references between elements are
// recorded and checked once every id is known (ReferenceChecker).
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    Reader(YamlContext &context, const CatalogSet &catalogs)
        : m_c(context), m_catalogs(catalogs), m_refs(context)
    {
    }

    std::optional<Project> read(YamlTree &tree)
    {
        if (!checkFormat(tree))
            return std::nullopt;
        const YamlNode root = tree.root(); // after migrations, which may change the tree
        MapReader top(m_c, root, tr("the project"),
                      {u"format"_s, u"name"_s, u"description"_s, u"zones"_s, u"nodes"_s, u"load_balancers"_s,
                       u"nats"_s, u"firewalls"_s, u"links"_s, u"clients"_s});
        Project p;
        p.name = top.requiredString(u"name"_s);
        p.description = top.string(u"description"_s);
        m_c.forEach(top.get(u"zones"_s), tr("'zones'"), [&](const YamlNode &n) {
            p.zones.append(element(n, tr("a zone"), zoneFields(), noNested));
        });
        m_c.forEach(top.get(u"nodes"_s), tr("'nodes'"), [&](const YamlNode &n) { p.nodes.append(node(n)); });
        m_c.forEach(top.get(u"load_balancers"_s), tr("'load_balancers'"),
                    [&](const YamlNode &n) { p.loadBalancers.append(loadBalancer(n)); });
        m_c.forEach(top.get(u"nats"_s), tr("'nats'"), [&](const YamlNode &n) { p.natLayers.append(nat(n)); });
        m_c.forEach(top.get(u"firewalls"_s), tr("'firewalls'"), [&](const YamlNode &n) {
            p.firewalls.append(element(n, tr("a firewall"), firewallFields(), noNested));
        });
        m_c.forEach(top.get(u"links"_s), tr("'links'"), [&](const YamlNode &n) {
            p.links.append(element(n, tr("a link"), linkFields(), noNested));
        });
        m_c.forEach(top.get(u"clients"_s), tr("'clients'"),
                    [&](const YamlNode &n) { p.clients.append(client(n)); });
        m_refs.check(p, m_catalogs);
        if (!m_c.ok())
            return std::nullopt;
        return p;
    }

private:
    bool checkFormat(YamlTree &tree)
    {
        const YamlNode root = tree.root();
        if (!root.isMap()) {
            m_c.error(root, tr("a project file must be a mapping with 'format' first"));
            return false;
        }
        const YamlNode format = root["format"];
        if (!format.isDefined()) {
            m_c.error(root, tr("the project has no 'format' version"),
                      tr("add 'format: %1' as the first line").arg(Project::CurrentFormat));
            return false;
        }
        const auto version = m_c.integer(format, u"'format'"_s, 1, 1'000'000);
        if (!version)
            return false;
        if (*version > Project::CurrentFormat) {
            m_c.error(format,
                      tr("project format %1 is newer than this Portolan understands (%2)")
                          .arg(*version)
                          .arg(Project::CurrentFormat),
                      tr("open it with a newer Portolan; nothing was changed"));
            return false;
        }
        QString failure;
        if (!ProjectMigrations::migrate(tree, *version, &failure)) {
            m_c.error(format, failure);
            return false;
        }
        return true;
    }

    ElementId id(MapReader &m)
    {
        const ElementId id = m.requiredString(u"id"_s);
        if (!id.isEmpty() && !idPattern().match(id).hasMatch())
            m_c.error(m.get(u"id"_s), tr("'%1' is not a valid id").arg(id),
                      tr("use letters, digits, '.', '_' and '-', at most 63 characters, starting with a "
                         "letter or digit"));
        m_refs.declare(id, m.get(u"id"_s));
        return id;
    }

    // A position or size: a pair of numbers within ±10,000,000.
    bool pair(MapReader &m, const QString &key, double *a, double *b)
    {
        const YamlNode n = m.get(key);
        if (!n.isDefined())
            return false;
        if (!n.isSequence() || n.size() != 2 || !n[0].isScalar() || !n[1].isScalar()) {
            m_c.error(n, tr("'%1' must be a pair of numbers like [120, 80]").arg(key));
            return false;
        }
        bool okA = false, okB = false;
        *a = QString::fromUtf8(n[0].scalar()).toDouble(&okA);
        *b = QString::fromUtf8(n[1].scalar()).toDouble(&okB);
        if (!okA || !okB || !qIsFinite(*a) || !qIsFinite(*b) || qAbs(*a) > 1e7 || qAbs(*b) > 1e7) {
            m_c.error(n, tr("'%1' must be a pair of numbers like [120, 80]").arg(key));
            return false;
        }
        return true;
    }

    QList<QHostAddress> addresses(MapReader &m, const QString &key)
    {
        QList<QHostAddress> list;
        m_c.forEach(m.get(key), u"'%1'"_s.arg(key), [&](const YamlNode &n) {
            if (auto a = m_c.address(n, tr("address")))
                list.append(*a);
        });
        return list;
    }

    CidrList cidrs(MapReader &m, const QString &key)
    {
        CidrList list;
        m_c.forEach(m.get(key), u"'%1'"_s.arg(key), [&](const YamlNode &n) {
            if (auto c = m_c.cidr(n, tr("CIDR")))
                list.append(*c);
        });
        return list;
    }

    ElementId reference(MapReader &m, const QString &key, QList<ElementKind> kinds, bool required = true)
    {
        const ElementId value = required ? m.requiredString(key) : m.string(key);
        if (!value.isEmpty())
            m_refs.expect(value, m.get(key), kinds);
        return value;
    }

    ComponentUse componentUse(const YamlNode &n)
    {
        MapReader m(m_c, n, tr("a component"), {u"use"_s, u"cluster"_s, u"settings"_s, u"features"_s});
        ComponentUse use;
        if (!m.isMap())
            return use;
        use.component = m.requiredString(u"use"_s);
        use.cluster = m.string(u"cluster"_s);
        const Catalog *catalog = nullptr;
        const ComponentDef *def =
            use.component.isEmpty() ? nullptr : m_catalogs.component(use.component, &catalog);
        if (!use.component.isEmpty() && !def) {
            const QString suggestion = closestMatch(use.component, m_catalogs.componentReferences());
            m_c.error(m.get(u"use"_s), tr("unknown catalog component '%1'").arg(use.component),
                      suggestion.isEmpty() ? tr("run 'portolan-cli catalogs' to list components")
                                           : tr("did you mean '%1'?").arg(suggestion));
        }
        const YamlNode settings = m.get(u"settings"_s);
        if (settings.isDefined() && !settings.isMap())
            m_c.error(settings, tr("'settings' must map setting keys to values"));
        else if (settings.isDefined()) {
            for (std::size_t i = 0; i < settings.size(); ++i) {
                const YamlPair entry = settings.pair(i);
                const auto key = m_c.string(entry.key, tr("a setting key"));
                const auto value = m_c.string(entry.value, tr("a setting value"));
                if (!key || !value)
                    continue;
                if (use.settings.contains(*key))
                    m_c.error(entry.key, tr("setting '%1' appears twice").arg(*key));
                use.settings.insert(*key, *value);
                if (!def)
                    continue;
                const SettingDef *setting = def->setting(*key);
                if (!setting) {
                    QStringList keys;
                    for (const SettingDef &s : def->settings)
                        keys.append(s.key);
                    const QString suggestion = closestMatch(*key, keys);
                    m_c.error(entry.key, tr("'%1' has no setting '%2'").arg(use.component, *key),
                              suggestion.isEmpty() ? tr("known settings: %1").arg(keys.join(u", "_s))
                                                   : tr("did you mean '%1'?").arg(suggestion));
                    continue;
                }
                const QString reason = CatalogReader::checkSettingValue(setting->type, *value);
                if (!reason.isEmpty())
                    m_c.error(entry.value, tr("bad value for '%1': %2").arg(*key, reason));
            }
        }
        const YamlNode features = m.get(u"features"_s);
        if (features.isDefined() && !features.isMap())
            m_c.error(features, tr("'features' must map feature ids to true or false"));
        else if (features.isDefined()) {
            for (std::size_t i = 0; i < features.size(); ++i) {
                const YamlPair entry = features.pair(i);
                const auto key = m_c.string(entry.key, tr("a feature id"));
                const auto value = m_c.boolean(entry.value, tr("a feature switch"));
                if (!key || !value)
                    continue;
                use.features.insert(*key, *value);
                if (def && !def->feature(*key)) {
                    QStringList ids;
                    for (const FeatureDef &f : def->features)
                        ids.append(f.id);
                    const QString suggestion = closestMatch(*key, ids);
                    m_c.error(
                        entry.key, tr("'%1' has no feature '%2'").arg(use.component, *key),
                        suggestion.isEmpty()
                            ? tr("known features: %1").arg(ids.isEmpty() ? tr("none") : ids.join(u", "_s))
                            : tr("did you mean '%1'?").arg(suggestion));
                }
            }
        }
        return use;
    }

    Redirect redirect(const YamlNode &n)
    {
        MapReader m(m_c, n, tr("a redirect"), {u"protocol"_s, u"match"_s, u"to"_s});
        Redirect r;
        if (!m.isMap())
            return r;
        const QString protocol = m.string(u"protocol"_s, u"tcp"_s);
        if (!parseProtocol(protocol, &r.protocol) || r.protocol == Protocol::Any)
            m_c.error(m.get(u"protocol"_s), tr("a redirect's protocol must be tcp or udp"));
        if (const YamlNode match = m.require(u"match"_s); match.isDefined())
            r.match = m_c.portRange(match, tr("'match'")).value_or(PortRange{});
        if (const YamlNode to = m.require(u"to"_s); to.isDefined())
            r.toPort = m_c.port(to, tr("'to'")).value_or(0);
        return r;
    }

    QList<ElementId> zoneList(MapReader &m, const QString &key, bool required)
    {
        QList<ElementId> list;
        m_c.forEach(required ? m.require(key) : m.get(key), u"'%1'"_s.arg(key), [&](const YamlNode &z) {
            if (auto zoneId = m_c.string(z, tr("a zone id"))) {
                list.append(*zoneId);
                m_refs.expect(*zoneId, z, {ElementKind::Zone});
            }
        });
        return list;
    }

    // A link's ends: exactly two different zones.
    void zonePair(MapReader &m, const QString &key, ElementId *a, ElementId *b)
    {
        const YamlNode between = m.require(key);
        if (!between.isDefined())
            return;
        if (!between.isSequence() || between.size() != 2) {
            m_c.error(between, tr("'between' must list exactly two zones"));
            return;
        }
        *a = m_c.string(between[0], tr("a zone id")).value_or(QString());
        *b = m_c.string(between[1], tr("a zone id")).value_or(QString());
        m_refs.expect(*a, between[0], {ElementKind::Zone});
        m_refs.expect(*b, between[1], {ElementKind::Zone});
        if (*a == *b)
            m_c.error(between, tr("a link needs two different zones"));
    }

    template <typename E> void choice(MapReader &m, E &e, const FieldDescription<E> &f)
    {
        const QString key = f.name();
        std::optional<QString> text;
        if (!f.required)
            text = m.optionalString(key);
        else if (QString required = m.requiredString(key); !required.isEmpty()) // empty: reported
            text = required;
        if (!text || f.choiceSet(e, *text))
            return;
        QString hint = QCoreApplication::translate("ProjectReader", f.choiceHint);
        if (hint.contains(u"%1"_s)) {
            QStringList names = f.choices();
            names.removeAll(QString()); // "unset" is not a name to suggest
            hint = hint.arg(names.join(u", "_s));
        }
        m_c.error(m.get(key), QCoreApplication::translate("ProjectReader", f.choiceError).arg(*text), hint);
    }

    // Reads the fields a description lists, in its order; `hook(key)` runs
    // after each one: it reads Nested fields and checks what spans fields.
    template <typename E, typename Hook>
    void readFields(MapReader &m, E &e, const QList<FieldDescription<E>> &fields, Hook hook)
    {
        for (const FieldDescription<E> &f : fields) {
            if (!f.inFile)
                continue;
            const QString key = f.name();
            double x = 0, y = 0;
            switch (f.type) {
            case FieldType::Id:
                e.*f.text = id(m);
                break;
            case FieldType::Text:
                e.*f.text = m.string(key);
                break;
            case FieldType::Reference:
                e.*f.text = reference(m, key, {ElementKind::Zone}, f.required);
                break;
            case FieldType::Integer:
                e.*f.integer = m.integer(key, f.min, f.max, f.fallback);
                break;
            case FieldType::Boolean:
                e.*f.flag = m.boolean(key, false);
                break;
            case FieldType::Addresses:
                e.*f.addresses = addresses(m, key);
                break;
            case FieldType::Cidrs:
                e.*f.cidrs = cidrs(m, key);
                break;
            case FieldType::Zones:
                e.*f.zones = zoneList(m, key, f.required);
                break;
            case FieldType::ZonePair:
                zonePair(m, key, &(e.*f.text), &(e.*f.second));
                break;
            case FieldType::Choice:
                choice(m, e, f);
                break;
            case FieldType::Nested:
                break;
            case FieldType::Position:
                if (pair(m, key, &x, &y))
                    (e.*f.placement).position = QPointF(x, y);
                break;
            case FieldType::Size:
                if (pair(m, key, &x, &y)) {
                    if (x <= 0 || y <= 0)
                        m_c.error(m.get(key), tr("'size' must be positive"));
                    (e.*f.placement).size = QSizeF(x, y);
                }
                break;
            }
            hook(key);
        }
    }

    template <typename E> static QStringList keys(const QList<FieldDescription<E>> &fields)
    {
        QStringList out;
        for (const FieldDescription<E> &f : fields)
            if (f.inFile)
                out.append(f.name());
        return out;
    }

    // One element of a described kind; `nested(e, m, key)` reads its Nested
    // fields and checks what spans fields (readFields).
    template <typename E, typename Nested>
    E element(const YamlNode &n, const QString &what, const QList<FieldDescription<E>> &fields, Nested nested)
    {
        MapReader m(m_c, n, what, keys(fields));
        E e;
        if (m.isMap())
            readFields(m, e, fields, [&](const QString &key) { nested(e, m, key); });
        return e;
    }

    Node node(const YamlNode &n)
    {
        return element(n, tr("a node"), nodeFields(), [&](Node &node, MapReader &m, const QString &key) {
            if (key == u"addresses"_s && !Node::addressesFit(node.count, node.addresses))
                m_c.error(m.get(key),
                          tr("%1 addresses for %2 host(s)").arg(node.addresses.size()).arg(node.count),
                          tr("list at most one IPv4 and one IPv6 address per host: raise 'count' or remove "
                             "addresses"));
            else if (key == u"components"_s)
                m_c.forEach(m.get(key), tr("'components'"),
                            [&](const YamlNode &c) { node.components.append(componentUse(c)); });
            else if (key == u"redirects"_s)
                m_c.forEach(m.get(key), tr("'redirects'"),
                            [&](const YamlNode &r) { node.redirects.append(redirect(r)); });
        });
    }

    Listener listener(const YamlNode &n)
    {
        MapReader m(m_c, n, tr("a listener"),
                    {u"protocol"_s, u"port"_s, u"tls"_s, u"target"_s, u"component"_s, u"target_port"_s});
        Listener l;
        if (!m.isMap())
            return l;
        const QString protocol = m.string(u"protocol"_s, u"tcp"_s);
        if (!parseProtocol(protocol, &l.protocol) || l.protocol == Protocol::Any)
            m_c.error(m.get(u"protocol"_s), tr("a listener's protocol must be tcp or udp"));
        if (const YamlNode port = m.require(u"port"_s); port.isDefined())
            l.port = m_c.port(port, tr("'port'")).value_or(0);
        const QString tls = m.string(u"tls"_s, u"passthrough"_s);
        if (!parseTlsMode(tls, &l.tls))
            m_c.error(m.get(u"tls"_s), tr("'tls' must be terminate or passthrough"));
        l.targetNode = reference(m, u"target"_s, {ElementKind::Node});
        l.targetComponent = m.requiredString(u"component"_s);
        l.targetPort = m.requiredString(u"target_port"_s);
        m_refs.expectListenerTarget(l, m.get(u"component"_s), m.get(u"target_port"_s));
        return l;
    }

    LoadBalancer loadBalancer(const YamlNode &n)
    {
        return element(n, tr("a load balancer"), loadBalancerFields(),
                       [&](LoadBalancer &lb, MapReader &m, const QString &key) {
                           if (key == u"listeners"_s)
                               m_c.forEach(m.get(key), tr("'listeners'"),
                                           [&](const YamlNode &l) { lb.listeners.append(listener(l)); });
                       });
    }

    // "192.168.10.5:9000", "203.0.113.10:50000-60000", "[2001:db8::5]:443"
    bool endpoint(const YamlNode &n, const QString &what, QHostAddress *address, PortRange *ports)
    {
        const auto text = m_c.string(n, what);
        if (!text)
            return false;
        const qsizetype colon = text->lastIndexOf(u':');
        QString host = text->left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        else if (host.contains(u':'))
            host.clear(); // an IPv6 address needs brackets before its port
        PortRange range;
        if (colon < 0 || !parseHostAddress(host, address) ||
            !PortRange::parse(text->mid(colon + 1), &range)) {
            m_c.error(n, tr("%1 '%2' is not address:port").arg(what, *text),
                      tr("write it like 192.0.2.5:9000, 192.0.2.5:50000-60000 or [2001:db8::5]:443"));
            return false;
        }
        if (!range.isValid()) {
            m_c.error(n, tr("%1 '%2' has a port outside 1–65535 or a range upside down").arg(what, *text));
            return false;
        }
        *ports = range;
        return true;
    }

    NatMapping mapping(const YamlNode &n)
    {
        MapReader m(m_c, n, tr("a NAT mapping"), {u"protocol"_s, u"outside"_s, u"inside"_s});
        NatMapping mapping;
        if (!m.isMap())
            return mapping;
        const QString protocol = m.requiredString(u"protocol"_s);
        if (!protocol.isEmpty() &&
            (!parseProtocol(protocol, &mapping.protocol) || mapping.protocol == Protocol::Any))
            m_c.error(m.get(u"protocol"_s), tr("a NAT mapping's protocol must be tcp or udp"),
                      tr("write one mapping per protocol"));
        const YamlNode outside = m.require(u"outside"_s);
        const YamlNode inside = m.require(u"inside"_s);
        const bool okOutside =
            outside.isDefined() &&
            endpoint(outside, tr("'outside'"), &mapping.outsideAddress, &mapping.outsidePorts);
        const bool okInside = inside.isDefined() &&
                              endpoint(inside, tr("'inside'"), &mapping.insideAddress, &mapping.insidePorts);
        if (okOutside && okInside && mapping.outsidePorts.count() != mapping.insidePorts.count())
            m_c.error(inside, tr("the inside range has %1 ports but the outside range %2")
                                  .arg(mapping.insidePorts.count())
                                  .arg(mapping.outsidePorts.count()));
        return mapping;
    }

    NatLayer nat(const YamlNode &n)
    {
        return element(n, tr("a NAT layer"), natFields(),
                       [&](NatLayer &nat, MapReader &m, const QString &key) {
                           if (key == u"mappings"_s)
                               m_c.forEach(m.get(key), tr("'mappings'"),
                                           [&](const YamlNode &x) { nat.mappings.append(mapping(x)); });
                       });
    }

    Client client(const YamlNode &n)
    {
        return element(n, tr("a client"), clientFields(), [&](Client &c, MapReader &m, const QString &key) {
            if (key != u"uses"_s)
                return;
            m_c.forEach(m.get(key), tr("'uses'"), [&](const YamlNode &u) {
                MapReader um(m_c, u, tr("a use"), {u"target"_s, u"port"_s});
                if (!um.isMap())
                    return;
                ClientUse use;
                use.target = reference(um, u"target"_s, {ElementKind::Node, ElementKind::LoadBalancer});
                use.port = um.string(u"port"_s);
                m_refs.expectClientUse(use, um.get(u"port"_s));
                c.uses.append(use);
            });
        });
    }

    YamlContext &m_c;
    const CatalogSet &m_catalogs;
    ReferenceChecker m_refs;
};

} // namespace

std::optional<Project> ProjectReader::read(const QByteArray &data, const QString &fileName,
                                           const CatalogSet &catalogs, Diagnostics *errors)
{
    Diagnostic parseError;
    auto tree = SafeYaml::parse(data, fileName, &parseError);
    if (!tree) {
        errors->append(parseError);
        return std::nullopt;
    }
    // Reading a YamlTree throws nothing: yaml-cpp's exceptions all come from
    // the parse, which SafeYaml turned into a Diagnostic already.
    YamlContext context(fileName);
    Reader reader(context, catalogs);
    const std::optional<Project> project = reader.read(*tree);
    if (!context.ok() || !project) {
        errors->append(context.diagnostics());
        return std::nullopt;
    }
    return project;
}

std::optional<Project> ProjectReader::readFile(const QString &path, const CatalogSet &catalogs,
                                               Diagnostics *errors)
{
    if (QFileInfo(path).isDir()) {
        errors->append({path, 0, 0, tr("this is a folder, not a project file"), {}});
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({path, 0, 0, tr("cannot open the project: %1").arg(file.errorString()), {}});
        return std::nullopt;
    }
    const YamlLimits limits;
    // Say how big the file really is; reading stops one byte past the cap.
    if (file.size() > limits.maxBytes) {
        errors->append(
            {path, 0, 0,
             tr("file is %1 bytes, larger than the %2-byte limit").arg(file.size()).arg(limits.maxBytes),
             tr("split the file or remove unrelated content")});
        return std::nullopt;
    }
    return read(file.read(limits.maxBytes + 1), path, catalogs, errors);
}

CatalogSet ProjectLoader::catalogsFor(const QString &projectPath, Diagnostics *errors)
{
    CatalogSet catalogs = CatalogSet::bundled(errors);
    // firewalld's service definitions, where the machine has them: after the
    // bundled catalogs (their ids win) and before the user's, so a user
    // catalog cannot take the id `firewalld` either.
    const QString firewalld = FirewalldCatalog::folder();
    if (!firewalld.isEmpty() && QFileInfo(firewalld).isDir()) {
        if (auto services = FirewalldCatalog::readFolder(firewalld, errors))
            catalogs.add(std::move(*services), errors);
    }
    catalogs.addFolder(CatalogSet::userCatalogFolder(), errors);
    if (!projectPath.isEmpty())
        catalogs.addFolder(QFileInfo(projectPath).absoluteDir().filePath(u"catalogs"_s), errors);
    return catalogs;
}

std::optional<LoadedProject> ProjectLoader::load(const QString &path, Diagnostics *errors)
{
    LoadedProject loaded;
    loaded.path = path;
    const qsizetype before = errors->size();
    loaded.catalogs = catalogsFor(path, errors);
    if (errors->size() > before)
        return std::nullopt; // a broken catalog would change what the project means
    auto project = ProjectReader::readFile(path, loaded.catalogs, errors);
    if (!project)
        return std::nullopt;
    loaded.project = std::move(*project);
    return loaded;
}

} // namespace portolan
