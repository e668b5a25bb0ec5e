#include "portmatrix.h"

#include "export/cloud/cloudtext.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int MaxCidrsShown = 4;

QString nameOf(const Project &project, const FlowEndpoint &end)
{
    QString name;
    switch (end.kind) {
    case ElementKind::Zone:
        if (const Zone *z = project.zone(end.id))
            name = z->name;
        break;
    case ElementKind::Node:
        if (const Node *n = project.node(end.id))
            name = n->name;
        break;
    case ElementKind::LoadBalancer:
        if (const LoadBalancer *lb = project.loadBalancer(end.id))
            name = lb->name;
        break;
    case ElementKind::Client:
        if (const Client *c = project.client(end.id))
            name = c->name;
        break;
    default:
        break;
    }
    return name.isEmpty() ? end.id : name;
}

QString endpointText(const Project &project, const FlowEndpoint &end)
{
    QStringList cidrs;
    for (const Cidr &cidr : end.cidrs) {
        if (cidr.isAny()) {
            cidrs.append(u"any"_s);
            continue;
        }
        cidrs.append(cidr.isHost() ? cidr.network().toString() : cidr.toString());
    }
    cidrs.removeDuplicates();
    const qsizetype more = cidrs.size() - MaxCidrsShown;
    if (more > 0) {
        cidrs = cidrs.mid(0, MaxCidrsShown);
        cidrs.append(PortMatrix::tr("%n more", nullptr, int(more)));
    }
    const QString name = CloudText::clean(nameOf(project, end));
    return cidrs.isEmpty() ? name : u"%1 (%2)"_s.arg(name, cidrs.join(u", "_s));
}

QString hopText(const FlowHop &hop)
{
    const QString from = u"%1:%2"_s.arg(hop.fromAddress.toString(), hop.fromPorts.toString());
    const QString to = u"%1:%2"_s.arg(hop.toAddress.toString(), hop.toPorts.toString());
    switch (hop.kind) {
    case HopKind::Nat:
        return hop.sourceNat ? PortMatrix::tr("source NAT at %1").arg(hop.id)
                             : PortMatrix::tr("NAT %1: %2 to %3").arg(hop.id, from, to);
    case HopKind::LoadBalancer:
        return hop.tls == TlsMode::Terminate ? PortMatrix::tr("load balancer %1 (TLS terminated)").arg(hop.id)
                                             : PortMatrix::tr("load balancer %1").arg(hop.id);
    case HopKind::Firewall:
        return PortMatrix::tr("through firewall %1").arg(hop.id);
    case HopKind::Link:
        return PortMatrix::tr("over link %1").arg(hop.id);
    }
    return hop.id;
}

} // namespace

QStringList PortMatrix::headers()
{
    return {tr("Source"),   tr("Source port"), tr("Destination"), tr("Destination port"),
            tr("Protocol"), tr("Service"),     tr("Why"),         tr("Document")};
}

QString PortMatrix::title(const ExportInput &input)
{
    const QString name = CloudText::clean(input.project.name);
    return name.isEmpty() ? tr("Port matrix") : tr("Port matrix: %1").arg(name);
}

ExportProblem PortMatrix::noFlows()
{
    return {ExportProblem::Severity::Warning, {}, tr("The plan has no flows: the port matrix is empty.")};
}

QList<PortMatrixRow> PortMatrix::rows(const ExportInput &input)
{
    QList<PortMatrixRow> out;
    for (const Flow &flow : input.derivation.flows) {
        const Catalog *catalog = nullptr;
        const ComponentDef *component = input.catalogs.component(flow.component, &catalog);
        const PortDef *port = component ? component->port(flow.port) : nullptr;

        PortMatrixRow row;
        row.source = endpointText(input.project, flow.source);
        row.sourcePort = tr("any");
        row.destination = endpointText(input.project, flow.destination);
        row.protocol = flow.protocol == Protocol::Any ? tr("any") : protocolName(flow.protocol).toUpper();
        row.destinationPort =
            flow.protocol == Protocol::Any || flow.ports.from == 0 ? tr("any") : flow.ports.toString();
        row.service = port && !port->service.isEmpty() ? port->service : (port ? port->title : flow.port);

        QStringList why;
        const QString product = flow.product.isEmpty() ? flow.catalog : flow.product;
        why.append(u"%1: %2"_s.arg(product, port ? port->title : flow.port));
        why.append(tr("audience %1").arg(audienceName(flow.audience)));
        for (const FlowHop &hop : flow.via)
            why.append(hopText(hop));
        row.why = CloudText::clean(why.join(u"; "_s));

        const SourceDocument *document = catalog ? catalog->sourceDocument(flow.sourceDocument) : nullptr;
        row.document =
            CloudText::clean(document ? (document->title.isEmpty() ? document->document : document->title)
                                      : flow.sourceDocument);
        row.source = CloudText::clean(row.source);
        row.destination = CloudText::clean(row.destination);
        row.service = CloudText::clean(row.service);
        out.append(row);
    }
    return out;
}

} // namespace portolan
