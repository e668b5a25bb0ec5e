// portolan-cli catalogs [--format table|json]: every product version with its
// components, settings (with defaults) and ports (with default numbers).
#include "commands.h"

#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"
#include "project/projectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString configKeyOf(const PortDef &port)
{
    switch (port.spec.kind) {
    case PortSpec::Kind::Setting:
        return port.spec.offset == 0 ? port.spec.setting
                                     : port.spec.setting + u" + "_s + QString::number(port.spec.offset);
    case PortSpec::Kind::SettingRange:
        return port.spec.fromSetting + u", "_s + port.spec.toSetting;
    default:
        return {};
    }
}

// Default port numbers: the component with no overrides.
QStringList defaultPorts(const ComponentDef &def, const Catalog &catalog, const PortDef &port)
{
    const ComponentUse defaults{catalog.id + u'/' + def.id, {}, {}, {}};
    const ComponentInstance instance(&catalog, &def, &defaults);
    QStringList ports;
    for (const ResolvedPort &p : instance.resolve(port))
        ports.append(port.spec.kind == PortSpec::Kind::All ? u"any"_s : p.range.toString());
    return ports;
}

QJsonObject portJson(const ComponentDef &def, const Catalog &catalog, const PortDef &port)
{
    QJsonObject o{{u"id"_s, port.id},
                  {u"title"_s, port.title},
                  {u"protocol"_s, protocolsName(port.protocols)},
                  {u"port"_s, defaultPorts(def, catalog, port).join(u", "_s)},
                  {u"audience"_s, audienceName(port.audience)},
                  {u"optional"_s, port.optional},
                  {u"source"_s, port.source}};
    auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"config_key"_s, configKeyOf(port));
    put(u"enabled_by"_s, port.enabledBy);
    put(u"exposed"_s, port.exposed);
    put(u"egress_to"_s, port.egressTo);
    put(u"service"_s, port.service);
    if (!port.excludedBy.isEmpty())
        o.insert(u"excluded_by"_s, QJsonArray::fromStringList(port.excludedBy));
    if (!port.notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(port.notes));
    if (port.sessionTimeout > 0)
        o.insert(u"session_timeout"_s, port.sessionTimeout);
    return o;
}

QJsonObject catalogJson(const Catalog &c)
{
    QJsonArray sources, components;
    for (const SourceDocument &s : c.sources)
        sources.append(QJsonObject{{u"id"_s, s.id}, {u"title"_s, s.title}, {u"document"_s, s.document}});
    for (const ComponentDef &def : c.components) {
        QJsonArray settings, features, ports;
        for (const SettingDef &s : def.settings)
            settings.append(QJsonObject{{u"key"_s, s.key},
                                        {u"type"_s, settingTypeName(s.type)},
                                        {u"default"_s, s.defaultValue},
                                        {u"file"_s, s.file},
                                        {u"title"_s, s.title}});
        for (const FeatureDef &f : def.features)
            features.append(QJsonObject{{u"id"_s, f.id},
                                        {u"title"_s, f.title},
                                        {u"default"_s, f.defaultEnabled},
                                        {u"setting"_s, f.setting}});
        for (const PortDef &p : def.ports)
            ports.append(portJson(def, c, p));
        components.append(QJsonObject{{u"id"_s, def.id},
                                      {u"reference"_s, QString(c.id + u'/' + def.id)},
                                      {u"title"_s, def.title},
                                      {u"clustered"_s, def.clustered},
                                      {u"settings"_s, settings},
                                      {u"features"_s, features},
                                      {u"ports"_s, ports}});
    }
    return QJsonObject{{u"id"_s, c.id},
                       {u"product"_s, c.product},
                       {u"product_name"_s, c.productName},
                       {u"version"_s, c.version},
                       {u"title"_s, c.title},
                       {u"sources"_s, sources},
                       {u"components"_s, components}};
}

void printTable(const CatalogSet &set, QTextStream &out)
{
    for (const Catalog &c : set.catalogs()) {
        out << c.id << u"  "_s << c.title << u'\n';
        for (const SourceDocument &s : c.sources)
            out << u"  source "_s << s.id << u": "_s << s.title << u" ("_s << s.document << u")\n"_s;
        for (const ComponentDef &def : c.components) {
            out << u"  component "_s << c.id << u'/' << def.id << u"  "_s << def.title << u'\n';
            for (const SettingDef &s : def.settings)
                out << u"    setting  "_s << s.key.leftJustified(26) << u" default "_s
                    << (s.defaultValue.isEmpty() ? u"(unset)"_s : s.defaultValue) << u'\n';
            for (const PortDef &p : def.ports) {
                const QString ports = defaultPorts(def, c, p).join(u","_s);
                out << u"    port     "_s << p.id.leftJustified(26) << u' '
                    << protocolsName(p.protocols).leftJustified(5) << u' '
                    << (ports.isEmpty() ? u"-"_s : ports).leftJustified(12) << u' '
                    << audienceName(p.audience).leftJustified(9) << u' ' << configKeyOf(p)
                    << (p.optional ? u" (optional)"_s : QString()) << u'\n';
            }
        }
        out << u'\n';
    }
}

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"table"_s, u"json"_s});
    if (!format)
        return ExitBadInput;
    Diagnostics errors;
    const QString project = ctx.positional().value(0);
    const CatalogSet set = ProjectLoader::catalogsFor(project, &errors);
    for (const Diagnostic &d : std::as_const(errors))
        ctx.err << d.toString() << Qt::endl;
    if (*format == u"json"_s) {
        QJsonArray catalogs;
        for (const Catalog &c : set.catalogs())
            catalogs.append(catalogJson(c));
        ctx.out << QJsonDocument(QJsonObject{{u"catalogs"_s, catalogs}}).toJson(QJsonDocument::Indented);
    } else {
        printTable(set, ctx.out);
    }
    return errors.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace

CliCommand catalogsCommand()
{
    return {
        .name = u"catalogs"_s,
        .summary =
            QCoreApplication::translate("cli", "List products, versions, components, settings and ports."),
        .usage = u"catalogs [PROJECT] [--format table|json]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"table"_s, u"json"_s}));
            },
        .run = run,
    };
}

} // namespace portolan
