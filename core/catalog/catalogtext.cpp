#include "catalogtext.h"

#include "componentinstance.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The numbers a node that overrides nothing gets: the catalog's defaults.
// Empty when the port is off by default (a Listen setting "off", unset).
QStringList defaultNumbers(const Catalog &catalog, const ComponentDef &component, const PortDef &port)
{
    const ComponentUse defaults{catalog.id + u'/' + component.id, {}, {}, {}};
    const ComponentInstance instance(&catalog, &component, &defaults);
    QStringList numbers;
    for (const ResolvedPort &resolved : instance.resolve(port)) {
        const QString text = resolved.range.toString();
        if (!numbers.contains(text))
            numbers.append(text);
    }
    return numbers;
}

} // namespace

QString CatalogText::defaultPorts(const Catalog &catalog, const ComponentDef &component, const PortDef &port)
{
    if (port.spec.kind == PortSpec::Kind::All)
        return tr("all");
    const QStringList numbers = defaultNumbers(catalog, component, port);
    return numbers.isEmpty() ? tr("off by default") : numbers.join(u", "_s);
}

QString CatalogText::portOrigin(const PortDef &port)
{
    const PortSpec &spec = port.spec;
    switch (spec.kind) {
    case PortSpec::Kind::Fixed:
    case PortSpec::Kind::All:
        return tr("fixed");
    case PortSpec::Kind::SettingRange:
        return spec.fromSetting + u'\u2013' + spec.toSetting;
    case PortSpec::Kind::Setting:
        if (spec.offset != 0)
            return tr("%1 + %2").arg(spec.setting).arg(spec.offset);
        if (spec.select == u"ssl"_s)
            return tr("%1 (ssl entries)").arg(spec.setting);
        if (spec.select == u"plain"_s)
            return tr("%1 (plain entries)").arg(spec.setting);
        return spec.setting;
    }
    return {};
}

QString CatalogText::protocols(const QList<Protocol> &protocols)
{
    QStringList names;
    for (Protocol p : protocols)
        names.append(protocolName(p));
    return names.join(u'+');
}

QString CatalogText::portCell(const Catalog &catalog, const ComponentDef &component, const PortDef &port)
{
    const QString numbers = defaultPorts(catalog, component, port);
    if (port.spec.kind == PortSpec::Kind::Fixed || port.spec.kind == PortSpec::Kind::All)
        return numbers;
    return numbers + u" \u2190 "_s + portOrigin(port);
}

QString CatalogText::portSummary(const Catalog &catalog, const ComponentDef &component, const PortDef &port)
{
    // "8000 tcp", but "tcp off by default" rather than "off by default tcp".
    const QString numbers = defaultPorts(catalog, component, port);
    const bool off =
        port.spec.kind != PortSpec::Kind::All && defaultNumbers(catalog, component, port).isEmpty();
    QStringList parts{off ? protocols(port.protocols) + u' ' + numbers
                          : numbers + u' ' + protocols(port.protocols),
                      audienceName(port.audience)};
    if (port.spec.kind != PortSpec::Kind::Fixed && port.spec.kind != PortSpec::Kind::All)
        parts.append(portOrigin(port));
    if (port.optional)
        parts.append(tr("optional"));
    return parts.join(u" \u00b7 "_s);
}

QString CatalogText::settingSummary(const SettingDef &setting)
{
    if (setting.defaultValue.isEmpty())
        return tr("%1 (unset)").arg(settingTypeName(setting.type));
    return settingTypeName(setting.type) + u" = "_s + setting.defaultValue;
}

QString CatalogText::sourceTitle(const Catalog &catalog, const QString &sourceId)
{
    if (sourceId.isEmpty())
        return {};
    const SourceDocument *source = catalog.sourceDocument(sourceId);
    return source ? source->title : sourceId;
}

} // namespace portolan
