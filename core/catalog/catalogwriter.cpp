#include "catalogwriter.h"
#include "catalogreader.h"

#include "io/savefile.h"
#include "io/yamlwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// `{setting: port, offset: 10000}`, `22`, `10000-20000`, `any`: the four
// shapes of docs/catalog-format.md#port-numbers-from-settings.
QString portSpecText(const PortSpec &spec)
{
    switch (spec.kind) {
    case PortSpec::Kind::All:
        return u"any"_s;
    case PortSpec::Kind::Fixed:
        return spec.fixed.toString();
    case PortSpec::Kind::Setting: {
        QStringList parts{u"setting: "_s + YamlWriter::scalar(spec.setting)};
        // The reader takes a missing select as "any"; leaving it out keeps
        // hand-written catalogs' spelling.
        if (!spec.select.isEmpty() && spec.select != u"any"_s)
            parts.append(u"select: "_s + YamlWriter::scalar(spec.select));
        if (spec.offset != 0)
            parts.append(u"offset: "_s + QString::number(spec.offset));
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case PortSpec::Kind::SettingRange:
        return u"{from: "_s + YamlWriter::scalar(spec.fromSetting) + u", to: "_s +
               YamlWriter::scalar(spec.toSetting) + u'}';
    }
    return {};
}

void flag(YamlWriter &w, const QString &key, bool value)
{
    if (value)
        w.boolean(key, true);
}

void number(YamlWriter &w, const QString &key, int value)
{
    if (value != 0)
        w.integer(key, value);
}

// A required list the catalog may leave empty (a component without
// settings has none; `ports: []` keeps the key the reader requires).
template <typename List, typename WriteItem>
void list(YamlWriter &w, const QString &key, const List &items, bool required, WriteItem writeItem)
{
    if (items.isEmpty()) {
        if (required)
            w.key(key, u"[]"_s);
        return;
    }
    w.beginList(key);
    for (const auto &item : items) {
        w.beginItem();
        writeItem(item);
    }
    w.endList();
}

void writePort(YamlWriter &w, const PortDef &p)
{
    w.requiredString(u"id"_s, p.id);
    w.requiredString(u"title"_s, p.title);
    w.requiredString(u"protocol"_s, protocolsName(p.protocols));
    w.key(u"port"_s, portSpecText(p.spec));
    w.key(u"audience"_s, audienceName(p.audience));
    flag(w, u"optional"_s, p.optional);
    w.string(u"enabled_by"_s, p.enabledBy);
    w.stringList(u"excluded_by"_s, p.excludedBy);
    w.string(u"exposed"_s, p.exposed);
    w.string(u"egress_to"_s, p.egressTo);
    w.string(u"service"_s, p.service);
    flag(w, u"tls"_s, p.tls);
    flag(w, u"terminate_tls_at_load_balancer"_s, p.terminateTlsAtLoadBalancer);
    flag(w, u"expose_requires_auth"_s, p.exposeRequiresAuth);
    number(w, u"session_timeout"_s, p.sessionTimeout);
    number(w, u"ports_per_participant"_s, p.portsPerParticipant);
    number(w, u"preferred_port_without_load_balancer"_s, p.preferredPortWithoutLoadBalancer);
    if (p.nat) {
        w.beginMap(u"nat"_s);
        w.string(u"listen_setting"_s, p.nat->listenSetting);
        w.requiredString(u"advertise_setting"_s, p.nat->advertiseSetting);
        if (!p.nat->portInAdvertise)
            w.boolean(u"port_in_advertise"_s, false);
        flag(w, u"keeps_port"_s, p.nat->keepsPort);
        w.endMap();
    }
    w.stringList(u"notes"_s, p.notes);
    w.requiredString(u"source"_s, p.source);
    w.string(u"quote"_s, p.quote);
}

void writeComponent(YamlWriter &w, const ComponentDef &c)
{
    w.requiredString(u"id"_s, c.id);
    w.requiredString(u"title"_s, c.title);
    w.string(u"description"_s, c.description);
    flag(w, u"clustered"_s, c.clustered);
    w.string(u"address_detection"_s, c.addressDetection);
    w.string(u"config_file"_s, c.configFile);
    w.string(u"source"_s, c.source);
    w.stringList(u"notes"_s, c.notes);
    list(w, u"settings"_s, c.settings, false, [&](const SettingDef &s) {
        w.requiredString(u"key"_s, s.key);
        w.key(u"type"_s, settingTypeName(s.type));
        w.string(u"default"_s, s.defaultValue);
        w.requiredString(u"title"_s, s.title);
        w.string(u"file"_s, s.file);
        w.string(u"source"_s, s.source);
    });
    list(w, u"features"_s, c.features, false, [&](const FeatureDef &f) {
        w.requiredString(u"id"_s, f.id);
        w.requiredString(u"title"_s, f.title);
        flag(w, u"default"_s, f.defaultEnabled);
        w.string(u"setting"_s, f.setting);
        w.string(u"source"_s, f.source);
    });
    list(w, u"ports"_s, c.ports, true, [&](const PortDef &p) { writePort(w, p); });
}

} // namespace

QByteArray CatalogWriter::write(const Catalog &catalog)
{
    YamlWriter w;
    w.integer(u"format"_s, Catalog::CurrentFormat);
    w.requiredString(u"id"_s, catalog.id);
    w.requiredString(u"product"_s, catalog.product);
    w.requiredString(u"product_name"_s, catalog.productName);
    w.requiredString(u"version"_s, catalog.version);
    w.requiredString(u"title"_s, catalog.title);
    w.string(u"description"_s, catalog.description);
    list(w, u"sources"_s, catalog.sources, true, [&](const SourceDocument &s) {
        w.requiredString(u"id"_s, s.id);
        w.requiredString(u"title"_s, s.title);
        w.requiredString(u"document"_s, s.document);
    });
    list(w, u"components"_s, catalog.components, true, [&](const ComponentDef &c) { writeComponent(w, c); });
    return w.text().toUtf8();
}

std::optional<Catalog> CatalogWriter::save(const Catalog &catalog, const QString &path, Diagnostics *errors)
{
    const QByteArray text = write(catalog);
    auto readBack = CatalogReader::read(text, path, errors);
    if (!readBack)
        return std::nullopt;
    const QFileInfo info(path);
    QString reason;
    if (!QDir().mkpath(info.absolutePath())) {
        errors->append({path, 0, 0, tr("cannot create the folder %1").arg(info.absolutePath()), {}});
        return std::nullopt;
    }
    if (!SaveFile::write(path, text, &reason)) {
        errors->append({path, 0, 0, tr("cannot save the catalog: %1").arg(reason),
                        tr("choose another catalog folder (PORTOLAN_CATALOG_PATH)")});
        return std::nullopt;
    }
    return readBack;
}

} // namespace portolan
