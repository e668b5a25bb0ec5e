#include "firewalldcatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Debian's largest service file is under 2 KiB; anything this big is not one.
constexpr qint64 kMaxServiceFileBytes = 1 << 20;

// Portolan ids: lower-case letters, digits, '.', '_' and '-'.
bool isValidId(const QString &id)
{
    static const QRegularExpression valid(u"^[a-z0-9._-]+$"_s);
    return valid.match(id).hasMatch();
}

QString portId(Protocol protocol, const PortRange &range)
{
    return protocolName(protocol) + u'-' + range.toString();
}

// The source line the element is on, verbatim, so the quote is what the
// file says; firewalld's files put one element on a line.
QString lineQuote(const QList<QByteArray> &lines, qint64 lineNumber, const QString &element,
                  const QString &fallback)
{
    if (lineNumber >= 1 && lineNumber <= lines.size()) {
        const QString line = QString::fromUtf8(lines.at(lineNumber - 1)).trimmed();
        if (line.contains(u'<' + element))
            return line;
    }
    return fallback;
}

// QXmlStreamReader reports the position after a start tag; an error about
// the element points at its '<', as a compiler would.
qint64 elementColumn(const QList<QByteArray> &lines, qint64 lineNumber, qint64 afterColumn,
                     const QString &element)
{
    if (lineNumber >= 1 && lineNumber <= lines.size()) {
        const QString line = QString::fromUtf8(lines.at(lineNumber - 1));
        const qsizetype at = line.lastIndexOf(u'<' + element, afterColumn);
        if (at >= 0)
            return at + 1;
    }
    return afterColumn + 1;
}

} // namespace

QString FirewalldCatalog::systemFolder()
{
    return u"/usr/lib/firewalld/services"_s;
}

QString FirewalldCatalog::folder()
{
    if (qEnvironmentVariableIsSet("PORTOLAN_FIREWALLD_SERVICES"))
        return qEnvironmentVariable("PORTOLAN_FIREWALLD_SERVICES");
    return systemFolder();
}

QString FirewalldCatalog::idForFile(const QString &fileName)
{
    QString base = fileName;
    if (base.endsWith(u".xml"_s))
        base.chop(4);
    return base.toLower();
}

std::optional<FirewalldCatalog::Service>
FirewalldCatalog::readService(const QByteArray &xml, const QString &path, Diagnostics *errors)
{
    const QString fileName = QFileInfo(path).fileName();
    Service service;
    ComponentDef &c = service.component;
    c.id = idForFile(fileName);
    if (!isValidId(c.id)) {
        errors->append({path, 1, 1, tr("the service file name '%1' cannot be a component id").arg(fileName),
                        tr("ids are lower-case letters, digits, '.', '_' and '-'")});
        return std::nullopt;
    }
    service.source = {c.id, tr("firewalld service %1").arg(fileName), path};
    c.source = c.id;

    const QList<QByteArray> lines = xml.split('\n');
    QXmlStreamReader reader(xml);
    auto failAt = [&](qint64 line, qint64 column, const QString &message, const QString &hint) {
        errors->append({path, int(line), int(column), message, hint});
    };
    auto fail = [&](const QString &message, const QString &hint) {
        failAt(reader.lineNumber(), reader.columnNumber() + 1, message, hint);
    };
    auto failAtElement = [&](const QString &element, const QString &message, const QString &hint) {
        failAt(reader.lineNumber(), elementColumn(lines, reader.lineNumber(), reader.columnNumber(), element),
               message, hint);
    };

    bool sawRoot = false;
    int depth = 0;
    QString shortName, description;
    QSet<QString> portIds;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QString name = reader.name().toString();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (depth == 1) {
            if (name != u"service"_s) {
                failAtElement(name, tr("the root element is <%1>, not <service>").arg(name),
                              tr("a firewalld service file holds one <service> element"));
                return std::nullopt;
            }
            sawRoot = true;
            continue;
        }
        if (depth > 2)
            continue; // nothing firewalld defines nests deeper
        if (name == u"short"_s) {
            shortName = reader.readElementText().simplified();
            --depth;
        } else if (name == u"description"_s) {
            description = reader.readElementText().simplified();
            --depth;
        } else if (name == u"port"_s) {
            const QString protocol = attributes.value(u"protocol"_s).toString();
            const QString port = attributes.value(u"port"_s).toString();
            const QString fallback = u"<port protocol=\"%1\" port=\"%2\"/>"_s.arg(protocol, port);
            if (protocol != u"tcp"_s && protocol != u"udp"_s) {
                // sctp, dccp, and ah/esp without a port: not a TCP/UDP flow.
                c.notes.append(tr("firewalld also opens %1 that Portolan cannot express: %2")
                                   .arg(protocol.isEmpty() ? tr("a port") : protocol, fallback));
                continue;
            }
            PortRange range;
            if (!PortRange::parse(port, &range) || !range.isValid()) {
                failAtElement(name, tr("'%1' is not a port or a port range").arg(port),
                              tr("write a port (22) or a range (5000-5100) from 1 to 65535"));
                return std::nullopt;
            }
            PortDef p;
            p.protocols = {protocol == u"tcp"_s ? Protocol::Tcp : Protocol::Udp};
            p.id = portId(p.protocols.constFirst(), range);
            if (portIds.contains(p.id))
                continue; // listed twice: one flow is enough
            portIds.insert(p.id);
            p.title = u"%1/%2"_s.arg(range.toString(), protocol);
            p.spec.kind = PortSpec::Kind::Fixed;
            p.spec.fixed = range;
            p.audience = Audience::Clients;
            p.source = c.id;
            p.quote = lineQuote(lines, reader.lineNumber(), u"port"_s, fallback);
            c.ports.append(std::move(p));
        } else if (name == u"include"_s) {
            service.includes.append(attributes.value(u"service"_s).toString());
        } else if (name == u"protocol"_s) {
            c.notes.append(tr("firewalld also allows the IP protocol %1, which Portolan cannot express")
                               .arg(attributes.value(u"value"_s).toString()));
        } else if (name == u"source-port"_s) {
            c.notes.append(
                tr("firewalld also allows traffic from source port %1/%2 (replies to the node's own "
                   "requests)")
                    .arg(attributes.value(u"port"_s).toString(), attributes.value(u"protocol"_s).toString()));
        } else if (name == u"destination"_s) {
            QStringList addresses;
            for (const QXmlStreamAttribute &a : attributes)
                addresses.append(a.name().toString() + u' ' + a.value().toString());
            c.notes.append(
                tr("firewalld limits this service to the destination %1").arg(addresses.join(u", "_s)));
        } else if (name == u"helper"_s || name == u"module"_s) {
            c.notes.append(tr("firewalld loads the connection tracking helper %1 for this service")
                               .arg(attributes.value(u"name"_s).toString()));
        } else {
            c.notes.append(tr("element <%1> is not read by Portolan").arg(name));
        }
    }
    if (reader.hasError()) {
        fail(tr("not well-formed XML: %1").arg(reader.errorString()),
             tr("compare the file with the firewalld.service(5) format"));
        return std::nullopt;
    }
    if (!sawRoot) {
        failAt(1, 1, tr("no <service> element"), tr("a firewalld service file holds one <service> element"));
        return std::nullopt;
    }
    c.title = shortName.isEmpty() ? c.id : shortName;
    c.description = description;
    return service;
}

std::optional<Catalog> FirewalldCatalog::readFolder(const QString &folder, Diagnostics *errors,
                                                    Summary *summary)
{
    const QDir dir(folder);
    Catalog catalog;
    catalog.id = QString::fromLatin1(CatalogId);
    catalog.product = catalog.id;
    catalog.productName = u"firewalld"_s;
    catalog.version = tr("as installed");
    catalog.title = tr("firewalld service definitions");
    catalog.filePath = dir.absolutePath();

    QList<Service> services;
    QMap<QString, qsizetype> indexByName; // firewalld service name (file base name) -> services index
    const qsizetype before = errors->size();
    const QStringList files = dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.absoluteFilePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append({path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()), QString()});
            continue;
        }
        if (file.size() > kMaxServiceFileBytes) {
            errors->append({path, 0, 0,
                            tr("file is %1 bytes, larger than the %2-byte limit")
                                .arg(file.size())
                                .arg(kMaxServiceFileBytes),
                            tr("a firewalld service file is a few lines")});
            continue;
        }
        auto service = readService(file.readAll(), path, errors);
        if (!service)
            continue;
        const QString id = service->component.id;
        if (std::any_of(services.cbegin(), services.cend(),
                        [&](const Service &s) { return s.component.id == id; })) {
            errors->append({path, 1, 1,
                            tr("service '%1' differs only in case from another service file").arg(name),
                            tr("Portolan ids are lower case; rename one of them")});
            continue;
        }
        indexByName.insert(name.chopped(4), services.size());
        services.append(std::move(*service));
    }
    if (errors->size() > before)
        return std::nullopt;

    // An <include>d service's ports belong to the including one, as they do
    // in firewalld; includes may nest, and a cycle must not loop.
    Summary local;
    Summary &s = summary ? *summary : local;
    s = {};
    s.filesRead = int(services.size());
    for (Service &service : services) {
        ComponentDef &c = service.component;
        QSet<QString> seen;
        QStringList pending = service.includes;
        while (!pending.isEmpty()) {
            const QString included = pending.takeFirst();
            if (seen.contains(included))
                continue;
            seen.insert(included);
            const auto it = indexByName.constFind(included);
            if (it == indexByName.cend()) {
                c.notes.append(tr("includes the service %1, which is not installed").arg(included));
                continue;
            }
            const Service &other = services.at(*it);
            pending += other.includes;
            for (const PortDef &p : other.component.ports) {
                if (p.source != other.component.id || c.port(p.id))
                    continue; // nested includes come through `pending`
                PortDef copy = p;
                copy.notes.append(tr("from the included service firewalld/%1").arg(other.component.id));
                c.ports.append(std::move(copy));
            }
        }
    }
    for (Service &service : services) {
        catalog.sources.append(service.source);
        if (service.component.ports.isEmpty())
            s.withoutPorts.append(service.component.id);
        else
            catalog.components.append(std::move(service.component));
    }
    catalog.description = tr("%1 service files read from %2; every TCP and UDP port is open to clients, as "
                             "firewalld has no audiences or settings.")
                              .arg(s.filesRead)
                              .arg(catalog.filePath);
    if (!s.withoutPorts.isEmpty())
        catalog.description += u' ' + tr("Left out, with no TCP or UDP port Portolan can express: %1.")
                                          .arg(s.withoutPorts.join(u", "_s));
    return catalog;
}

} // namespace portolan
