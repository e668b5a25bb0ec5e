#include "componentinstance.h"
#include "listenvalue.h"

using namespace Qt::StringLiterals;

namespace portolan {

std::optional<ComponentInstance> ComponentInstance::make(const CatalogSet &catalogs, const ComponentUse &use)
{
    const Catalog *catalog = nullptr;
    const ComponentDef *def = catalogs.component(use.component, &catalog);
    if (!def)
        return std::nullopt;
    return ComponentInstance(catalog, def, &use);
}

QString ComponentInstance::setting(const QString &key) const
{
    if (auto it = m_use->settings.constFind(key); it != m_use->settings.cend())
        return *it;
    const SettingDef *def = m_def->setting(key);
    return def ? def->defaultValue : QString();
}

bool ComponentInstance::featureEnabled(const QString &featureId) const
{
    const FeatureDef *feature = m_def->feature(featureId);
    if (!feature)
        return false;
    if (auto it = m_use->features.constFind(featureId); it != m_use->features.cend())
        return *it;
    if (!feature->setting.isEmpty()) {
        const SettingDef *setting = m_def->setting(feature->setting);
        if (setting && setting->type == SettingType::Bool)
            return this->setting(feature->setting) == u"true"_s;
        if (isOverridden(feature->setting))
            return true;
    }
    return feature->defaultEnabled;
}

bool ComponentInstance::portEnabled(const PortDef &port) const
{
    if (!port.enabledBy.isEmpty() && !featureEnabled(port.enabledBy))
        return false;
    for (const QString &feature : port.excludedBy)
        if (featureEnabled(feature))
            return false;
    return true;
}

QList<ResolvedPort> ComponentInstance::resolve(const PortDef &port) const
{
    ResolvedPort base;
    base.def = &port;
    base.protocols = port.protocols;
    base.ssl = port.tls;
    QList<ResolvedPort> result;
    const PortSpec &spec = port.spec;
    switch (spec.kind) {
    case PortSpec::Kind::Fixed:
    case PortSpec::Kind::All:
        base.range = spec.fixed;
        result.append(base);
        break;
    case PortSpec::Kind::SettingRange: {
        bool okFrom = false, okTo = false;
        base.range = {setting(spec.fromSetting).toInt(&okFrom), setting(spec.toSetting).toInt(&okTo)};
        if (okFrom && okTo && base.range.isValid())
            result.append(base);
        break;
    }
    case PortSpec::Kind::Setting: {
        const SettingDef *def = m_def->setting(spec.setting);
        const QString value = setting(spec.setting);
        if (!def || value.isEmpty())
            break;
        if (def->type == SettingType::Port) {
            bool ok = false;
            // With an offset the result may pass 65535: then there is no
            // port, as for any value that does not resolve.
            base.range = PortRange::single(value.toInt(&ok) + spec.offset);
            if (ok && base.range.isValid())
                result.append(base);
        } else if (def->type == SettingType::Range) {
            if (PortRange::parse(value, &base.range) && base.range.isValid())
                result.append(base);
        } else if (def->type == SettingType::AddressPort) {
            if (auto entry = parseAddressPort(value)) {
                base.range = PortRange::single(entry->port + spec.offset);
                base.bindAddress = entry->address;
                if (base.range.isValid())
                    result.append(base);
            }
        } else if (def->type == SettingType::Listen) {
            const auto entries = parseListenValue(value).value_or(QList<ListenEntry>{});
            for (const ListenEntry &entry : entries) {
                const bool ssl = entry.hasFlag(u"ssl"_s);
                if ((spec.select == u"plain"_s && ssl) || (spec.select == u"ssl"_s && !ssl))
                    continue;
                ResolvedPort p = base;
                p.range = PortRange::single(entry.port);
                p.bindAddress = entry.address;
                p.ssl = ssl || port.tls;
                p.transparent = entry.hasFlag(u"transparent"_s);
                result.append(p);
            }
        }
        break;
    }
    }
    return result;
}

QList<ResolvedPort> ComponentInstance::ports() const
{
    QList<ResolvedPort> result;
    for (const PortDef &port : m_def->ports)
        if (portEnabled(port))
            result.append(resolve(port));
    return result;
}

} // namespace portolan
