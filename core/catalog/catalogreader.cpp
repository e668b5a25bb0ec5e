#include "catalogreader.h"
#include "listenvalue.h"

#include "io/safeyaml.h"
#include "io/yamlreader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    return pattern;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)
public:
    explicit Reader(YamlContext &context) : m_c(context) {}

    std::optional<Catalog> read(const YamlNode &root)
    {
        MapReader top(m_c, root, tr("the catalog"),
                      {u"format"_s, u"id"_s, u"product"_s, u"product_name"_s, u"version"_s, u"title"_s,
                       u"description"_s, u"sources"_s, u"components"_s});
        if (!top.isMap())
            return std::nullopt;
        const YamlNode format = top.require(u"format"_s);
        if (format.isDefined()) {
            const auto version = m_c.integer(format, u"'format'"_s, 1, 1'000'000);
            if (version && *version > Catalog::CurrentFormat) {
                m_c.error(format,
                          tr("catalog format %1 is newer than this Portolan understands (%2)")
                              .arg(*version)
                              .arg(Catalog::CurrentFormat),
                          tr("update Portolan to read this catalog"));
                return std::nullopt;
            }
        }
        Catalog catalog;
        catalog.id = identifier(top, u"id"_s);
        catalog.product = top.requiredString(u"product"_s);
        catalog.productName = top.requiredString(u"product_name"_s);
        catalog.version = top.requiredString(u"version"_s);
        catalog.title = top.requiredString(u"title"_s);
        catalog.description = top.string(u"description"_s);
        if (tooLong(top.get(u"components"_s), u"components"_s) ||
            tooLong(top.get(u"sources"_s), u"sources"_s))
            return std::nullopt;
        m_c.forEach(top.require(u"sources"_s), tr("'sources'"), [&](const YamlNode &n) {
            MapReader s(m_c, n, tr("a source"), {u"id"_s, u"title"_s, u"document"_s});
            SourceDocument source{identifier(s, u"id"_s), s.requiredString(u"title"_s),
                                  s.requiredString(u"document"_s)};
            if (catalog.sourceDocument(source.id))
                m_c.error(n, tr("source '%1' is defined twice").arg(source.id));
            catalog.sources.append(source);
        });
        if (catalog.sources.isEmpty() && m_c.ok())
            m_c.error(root, tr("a catalog must name the vendor document it was taken from"),
                      tr("add a 'sources' entry"));
        m_catalog = &catalog;
        m_c.forEach(top.require(u"components"_s), tr("'components'"),
                    [&](const YamlNode &n) { readComponent(n, &catalog); });
        if (!m_c.ok())
            return std::nullopt;
        return catalog;
    }

private:
    // Lookups by id are linear (catalogs are small), so a hostile user
    // catalog with 100,000 ports would make loading quadratic; real catalogs
    // have tens of entries.
    static constexpr qsizetype MaxEntries = 1000;
    bool tooLong(const YamlNode &list, const QString &what)
    {
        if (!list.isDefined() || !list.isSequence() || qsizetype(list.size()) <= MaxEntries)
            return false;
        m_c.error(list, tr("more than %1 %2 in one list").arg(MaxEntries).arg(what), tr("split the catalog"));
        return true;
    }

    QString identifier(MapReader &map, const QString &key)
    {
        const QString id = map.requiredString(key);
        if (!id.isEmpty() && !idPattern().match(id).hasMatch())
            m_c.error(map.get(key), tr("'%1' is not a valid id").arg(id),
                      tr("use lower-case letters, digits, '.', '_' and '-'"));
        return id;
    }

    void checkSource(MapReader &map, const QString &source)
    {
        if (!source.isEmpty() && !m_catalog->sourceDocument(source))
            m_c.error(map.get(u"source"_s), tr("unknown source '%1'").arg(source),
                      tr("define it under 'sources'"));
    }

    void readComponent(const YamlNode &n, Catalog *catalog)
    {
        MapReader m(m_c, n, tr("a component"),
                    {u"id"_s, u"title"_s, u"description"_s, u"clustered"_s, u"address_detection"_s,
                     u"config_file"_s, u"settings"_s, u"features"_s, u"ports"_s, u"notes"_s, u"source"_s});
        if (!m.isMap())
            return;
        ComponentDef component;
        component.id = identifier(m, u"id"_s);
        if (catalog->component(component.id))
            m_c.error(n, tr("component '%1' is defined twice").arg(component.id));
        component.title = m.requiredString(u"title"_s);
        component.description = m.string(u"description"_s);
        component.clustered = m.boolean(u"clustered"_s, false);
        component.addressDetection = m.string(u"address_detection"_s);
        component.configFile = m.string(u"config_file"_s);
        component.notes = stringList(m.get(u"notes"_s), tr("'notes'"));
        component.source = m.string(u"source"_s);
        checkSource(m, component.source);
        if (tooLong(m.get(u"settings"_s), u"settings"_s) || tooLong(m.get(u"features"_s), u"features"_s) ||
            tooLong(m.get(u"ports"_s), u"ports"_s))
            return;
        m_c.forEach(m.get(u"settings"_s), tr("'settings'"),
                    [&](const YamlNode &s) { readSetting(s, &component); });
        m_c.forEach(m.get(u"features"_s), tr("'features'"),
                    [&](const YamlNode &f) { readFeature(f, &component); });
        m_c.forEach(m.require(u"ports"_s), tr("'ports'"),
                    [&](const YamlNode &p) { readPort(p, &component); });
        catalog->components.append(component);
    }

    void readSetting(const YamlNode &n, ComponentDef *component)
    {
        MapReader m(m_c, n, tr("a setting"),
                    {u"key"_s, u"type"_s, u"default"_s, u"title"_s, u"file"_s, u"source"_s});
        if (!m.isMap())
            return;
        SettingDef setting;
        setting.key = m.requiredString(u"key"_s);
        if (component->setting(setting.key))
            m_c.error(n, tr("setting '%1' is defined twice").arg(setting.key));
        const QString type = m.requiredString(u"type"_s);
        if (!type.isEmpty() && !parseSettingType(type, &setting.type))
            m_c.error(m.get(u"type"_s), tr("unknown setting type '%1'").arg(type),
                      tr("use port, range, listen, address-port, address, bool or text"));
        setting.defaultValue = m.string(u"default"_s);
        if (!setting.defaultValue.isEmpty()) {
            const QString reason = CatalogReader::checkSettingValue(setting.type, setting.defaultValue);
            if (!reason.isEmpty())
                m_c.error(m.get(u"default"_s), reason);
        }
        setting.title = m.requiredString(u"title"_s);
        setting.file = m.string(u"file"_s);
        setting.source = m.string(u"source"_s);
        checkSource(m, setting.source);
        component->settings.append(setting);
    }

    void readFeature(const YamlNode &n, ComponentDef *component)
    {
        MapReader m(m_c, n, tr("a feature"), {u"id"_s, u"title"_s, u"default"_s, u"setting"_s, u"source"_s});
        if (!m.isMap())
            return;
        FeatureDef feature;
        feature.id = identifier(m, u"id"_s);
        if (component->feature(feature.id))
            m_c.error(n, tr("feature '%1' is defined twice").arg(feature.id));
        feature.title = m.requiredString(u"title"_s);
        feature.defaultEnabled = m.boolean(u"default"_s, false);
        feature.setting = m.string(u"setting"_s);
        if (!feature.setting.isEmpty() && !component->setting(feature.setting))
            m_c.error(m.get(u"setting"_s), tr("unknown setting '%1'").arg(feature.setting),
                      tr("declare settings before the features that use them"));
        feature.source = m.string(u"source"_s);
        checkSource(m, feature.source);
        component->features.append(feature);
    }

    void requireSetting(const YamlNode &at, const ComponentDef &component, const QString &key,
                        QList<SettingType> types)
    {
        const SettingDef *setting = component.setting(key);
        if (!setting) {
            m_c.error(at, tr("unknown setting '%1'").arg(key),
                      tr("declare it under the component's 'settings'"));
            return;
        }
        if (!types.contains(setting->type))
            m_c.error(at, tr("setting '%1' has type %2, which cannot give a port here")
                              .arg(key, settingTypeName(setting->type)));
    }

    PortSpec readPortSpec(const YamlNode &n, const ComponentDef &component)
    {
        PortSpec spec;
        if (n.isScalar()) {
            const QString text = QString::fromUtf8(n.scalar());
            if (text == u"any"_s) {
                spec.kind = PortSpec::Kind::All;
                spec.fixed = {PortRange::Min, PortRange::Max};
                return spec;
            }
            spec.kind = PortSpec::Kind::Fixed;
            spec.fixed = m_c.portRange(n, tr("'port'")).value_or(PortRange{});
            return spec;
        }
        MapReader m(m_c, n, tr("'port'"), {u"setting"_s, u"select"_s, u"offset"_s, u"from"_s, u"to"_s});
        if (!m.isMap())
            return spec;
        if (m.has(u"setting"_s)) {
            spec.kind = PortSpec::Kind::Setting;
            spec.setting = m.requiredString(u"setting"_s);
            spec.select = m.string(u"select"_s, u"any"_s);
            if (!QStringList{u"plain"_s, u"ssl"_s, u"any"_s}.contains(spec.select))
                m_c.error(m.get(u"select"_s), tr("'select' must be plain, ssl or any"));
            if (m.has(u"offset"_s)) {
                // A port computed from another (Redis: the cluster bus is the
                // client port + 10000; Vault: the cluster port is the API
                // address's port + 1); only a setting holding one port can be
                // shifted without ambiguity.
                spec.offset = m.integer(u"offset"_s, 1, PortRange::Max - 1, 0);
                requireSetting(m.get(u"setting"_s), component, spec.setting,
                               {SettingType::Port, SettingType::AddressPort});
            } else {
                requireSetting(
                    m.get(u"setting"_s), component, spec.setting,
                    {SettingType::Port, SettingType::Range, SettingType::Listen, SettingType::AddressPort});
            }
        } else {
            spec.kind = PortSpec::Kind::SettingRange;
            spec.fromSetting = m.requiredString(u"from"_s);
            spec.toSetting = m.requiredString(u"to"_s);
            if (m.has(u"from"_s))
                requireSetting(m.get(u"from"_s), component, spec.fromSetting, {SettingType::Port});
            if (m.has(u"to"_s))
                requireSetting(m.get(u"to"_s), component, spec.toSetting, {SettingType::Port});
        }
        return spec;
    }

    void readPort(const YamlNode &n, ComponentDef *component)
    {
        MapReader m(m_c, n, tr("a port"),
                    {u"id"_s,
                     u"title"_s,
                     u"protocol"_s,
                     u"port"_s,
                     u"audience"_s,
                     u"optional"_s,
                     u"enabled_by"_s,
                     u"excluded_by"_s,
                     u"exposed"_s,
                     u"egress_to"_s,
                     u"service"_s,
                     u"tls"_s,
                     u"terminate_tls_at_load_balancer"_s,
                     u"expose_requires_auth"_s,
                     u"session_timeout"_s,
                     u"ports_per_participant"_s,
                     u"preferred_port_without_load_balancer"_s,
                     u"nat"_s,
                     u"notes"_s,
                     u"source"_s,
                     u"quote"_s});
        if (!m.isMap())
            return;
        PortDef port;
        port.id = identifier(m, u"id"_s);
        if (component->port(port.id))
            m_c.error(n, tr("port '%1' is defined twice").arg(port.id));
        port.title = m.requiredString(u"title"_s);
        const QString protocol = m.requiredString(u"protocol"_s);
        if (!protocol.isEmpty() && !parseProtocols(protocol, &port.protocols))
            m_c.error(m.get(u"protocol"_s), tr("unknown protocol '%1'").arg(protocol),
                      tr("use tcp, udp, both or any"));
        const YamlNode spec = m.require(u"port"_s);
        if (spec.isDefined())
            port.spec = readPortSpec(spec, *component);
        const QString audience = m.requiredString(u"audience"_s);
        if (!audience.isEmpty() && !parseAudience(audience, &port.audience))
            m_c.error(m.get(u"audience"_s), tr("unknown audience '%1'").arg(audience),
                      tr("use clients, admins, peers, local, internal or egress"));
        port.optional = m.boolean(u"optional"_s, false);
        port.enabledBy = m.string(u"enabled_by"_s);
        if (!port.enabledBy.isEmpty() && !component->feature(port.enabledBy))
            m_c.error(m.get(u"enabled_by"_s), tr("unknown feature '%1'").arg(port.enabledBy));
        port.excludedBy = stringList(m.get(u"excluded_by"_s), tr("'excluded_by'"));
        for (const QString &feature : std::as_const(port.excludedBy))
            if (!component->feature(feature))
                m_c.error(m.get(u"excluded_by"_s), tr("unknown feature '%1'").arg(feature));
        port.exposed = m.string(u"exposed"_s);
        port.egressTo = m.string(u"egress_to"_s);
        if (port.audience == Audience::Egress && port.egressTo.isEmpty())
            m_c.error(n, tr("an egress port needs 'egress_to'"),
                      tr("use 'internet' or '<catalog>/<component>'"));
        port.service = m.string(u"service"_s);
        port.tls = m.boolean(u"tls"_s, false);
        port.terminateTlsAtLoadBalancer = m.boolean(u"terminate_tls_at_load_balancer"_s, false);
        port.exposeRequiresAuth = m.boolean(u"expose_requires_auth"_s, false);
        port.sessionTimeout = m.integer(u"session_timeout"_s, 0, 1'000'000, 0);
        port.portsPerParticipant = m.integer(u"ports_per_participant"_s, 0, 100, 0);
        port.preferredPortWithoutLoadBalancer =
            m.integer(u"preferred_port_without_load_balancer"_s, 0, PortRange::Max, 0);
        if (m.has(u"nat"_s))
            port.nat = readNat(m.get(u"nat"_s), *component);
        port.notes = stringList(m.get(u"notes"_s), tr("'notes'"));
        port.source = m.requiredString(u"source"_s);
        checkSource(m, port.source);
        port.quote = m.string(u"quote"_s);
        component->ports.append(port);
    }

    NatBehaviour readNat(const YamlNode &n, const ComponentDef &component)
    {
        MapReader m(m_c, n, tr("'nat'"),
                    {u"listen_setting"_s, u"advertise_setting"_s, u"port_in_advertise"_s, u"keeps_port"_s});
        NatBehaviour nat;
        nat.listenSetting = m.string(u"listen_setting"_s);
        nat.advertiseSetting = m.requiredString(u"advertise_setting"_s);
        nat.portInAdvertise = m.boolean(u"port_in_advertise"_s, true);
        nat.keepsPort = m.boolean(u"keeps_port"_s, false);
        for (const QString &key : {nat.listenSetting, nat.advertiseSetting})
            if (!key.isEmpty() && !component.setting(key))
                m_c.error(n, tr("unknown setting '%1'").arg(key));
        return nat;
    }

    QStringList stringList(const YamlNode &n, const QString &what)
    {
        QStringList list;
        m_c.forEach(n, what, [&](const YamlNode &item) {
            if (auto s = m_c.string(item, what))
                list.append(*s);
        });
        return list;
    }

    YamlContext &m_c;
    const Catalog *m_catalog = nullptr;
};

} // namespace

QString CatalogReader::checkSettingValue(SettingType type, const QString &value)
{
    QString reason;
    switch (type) {
    case SettingType::Port: {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || value.startsWith(u'+'))
            return tr("'%1' is not a port in 1–65535").arg(value);
        return {};
    }
    case SettingType::Range: {
        PortRange range;
        if (!PortRange::parse(value, &range) || !range.isValid())
            return tr("'%1' is not a port range like 10000-20000").arg(value);
        return {};
    }
    case SettingType::Listen:
        return parseListenValue(value, &reason) ? QString() : reason;
    case SettingType::AddressPort:
        return parseAddressPort(value, &reason) ? QString() : reason;
    case SettingType::Address: {
        QHostAddress address;
        return parseHostAddress(value, &address) ? QString() : tr("'%1' is not an IP address").arg(value);
    }
    case SettingType::Bool:
        return value == u"true"_s || value == u"false"_s ? QString()
                                                         : tr("'%1' must be true or false").arg(value);
    case SettingType::Text:
        return {};
    }
    return {};
}

std::optional<Catalog> CatalogReader::read(const QByteArray &data, const QString &fileName,
                                           Diagnostics *errors)
{
    Diagnostic parseError;
    const auto root = SafeYaml::parse(data, fileName, &parseError);
    if (!root) {
        errors->append(parseError);
        return std::nullopt;
    }
    YamlContext context(fileName);
    Reader reader(context);
    auto catalog = reader.read(root->root());
    if (!context.ok() || !catalog) {
        errors->append(context.diagnostics());
        return std::nullopt;
    }
    const QString expectedName = catalog->id + u".yaml"_s;
    if (!fileName.isEmpty() && QFileInfo(fileName).fileName() != expectedName &&
        QFileInfo(fileName).fileName() != catalog->id + u".yml"_s) {
        errors->append({fileName, 1, 1,
                        tr("catalog '%1' must be in a file named %2").arg(catalog->id, expectedName),
                        tr("rename the file or change 'id'")});
        return std::nullopt;
    }
    catalog->filePath = fileName;
    return catalog;
}

std::optional<Catalog> CatalogReader::readFile(const QString &path, Diagnostics *errors)
{
    Diagnostic parseError;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({path, 0, 0, tr("cannot open the catalog: %1").arg(file.errorString()), {}});
        return std::nullopt;
    }
    const YamlLimits limits;
    const QByteArray data = file.read(limits.maxBytes + 1);
    return read(data, path, errors);
}

} // namespace portolan
