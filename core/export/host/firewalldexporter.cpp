#include "firewalldexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

static_assert(std::char_traits<char>::length(FirewalldExporter::ZoneName) <= FirewalldExporter::ZoneNameCap);
static_assert(std::char_traits<char>::length(FirewalldExporter::PolicyName) <=
              FirewalldExporter::PolicyNameCap);

// XML comments may not hold "--" nor end with '-'.
QString xmlCommentText(const QString &text)
{
    QString out = Escape::comment(text, 200);
    while (out.contains(u"--"_s))
        out.replace(u"--"_s, u"-"_s);
    return u' ' + out + u' ';
}

void writeRules(QXmlStreamWriter &xml, const HostPoint &point, Direction direction)
{
    const bool in = direction == Direction::Ingress;
    for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
        for (const HostRule &hr : point.select(direction, family)) {
            const Rule &r = *hr.rule;
            const QString comment = hr.comment(200);
            if (!comment.isEmpty())
                xml.writeComment(xmlCommentText(comment));
            const QList<std::optional<Cidr>> peers = [&] {
                QList<std::optional<Cidr>> l;
                for (const Cidr &c : hr.peers)
                    l.append(c);
                return l.isEmpty() ? QList<std::optional<Cidr>>{std::nullopt} : l;
            }();
            QList<std::optional<Cidr>> locals;
            for (const Cidr &c : hr.locals)
                locals.append(c);
            if (locals.isEmpty())
                locals.append(std::nullopt);
            const QList<PortRange> ports =
                r.protocol == Protocol::Any ? QList<PortRange>{PortRange{}} : r.ports;
            for (const auto &peer : peers)
                for (const auto &local : locals)
                    for (const PortRange &port : ports) {
                        xml.writeStartElement(u"rule"_s);
                        xml.writeAttribute(u"family"_s, family == IpFamily::IPv4 ? u"ipv4"_s : u"ipv6"_s);
                        const auto &src = in ? peer : local;
                        const auto &dst = in ? local : peer;
                        if (src) {
                            xml.writeEmptyElement(u"source"_s);
                            xml.writeAttribute(u"address"_s, src->toString());
                        }
                        if (dst) {
                            xml.writeEmptyElement(u"destination"_s);
                            xml.writeAttribute(u"address"_s, dst->toString());
                        }
                        if (r.protocol != Protocol::Any) {
                            xml.writeEmptyElement(u"port"_s);
                            xml.writeAttribute(u"port"_s, port.toString(u'-'));
                            xml.writeAttribute(u"protocol"_s, protocolName(r.protocol));
                        }
                        xml.writeEmptyElement(u"accept"_s);
                        xml.writeEndElement();
                    }
        }
    }
}

QByteArray document(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return data;
}

QStringList protocolsOf(Protocol p)
{
    return p == Protocol::Any ? QStringList{u"tcp"_s, u"udp"_s} : QStringList{protocolName(p)};
}

} // namespace

QString FirewalldExporter::title() const
{
    return tr("firewalld (zone and policy XML)");
}

QString FirewalldExporter::applyNotes() const
{
    return tr("Copy the node's folder to the node and run `bash install.sh` as root: it saves /etc/firewalld "
              "to /root/firewalld-before-DATE, installs zones/portolan.xml (and policies/portolan-egress.xml "
              "when the plan lists egress), reloads firewalld and makes `portolan` the default zone. "
              "Interfaces bound to another zone keep it: move them with `firewall-cmd --permanent "
              "--zone=portolan --change-interface=IFACE`. Check offline first with `firewall-offline-cmd "
              "--check-config`. Roll back: copy the saved folder back to /etc/firewalld and run "
              "`firewall-cmd --reload`. Egress: left open; the policy (HOST to ANY, target "
              "CONTINUE) lists the node's planned outbound services.");
}

ExportResult FirewalldExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QString zone = QString::fromLatin1(ZoneName);
    const QString policy = QString::fromLatin1(PolicyName);
    for (const HostPoint &point : HostTarget::points(input, &result.problems)) {
        const RuleSet &rs = *point.ruleSet;
        const QString dir = u"firewalld/"_s + point.slug + u'/';
        const QString description = HostTarget::header(input, point, title(), {}).join(u' ');
        result.files.append({dir + u"zones/"_s + zone + u".xml"_s, document([&](QXmlStreamWriter &xml) {
                                 xml.writeStartElement(u"zone"_s);
                                 xml.writeAttribute(u"target"_s, u"DROP"_s);
                                 xml.writeTextElement(u"short"_s,
                                                      u"Portolan "_s + Escape::comment(point.title, 60));
                                 xml.writeTextElement(u"description"_s, description);
                                 for (const RedirectRule &r : rs.redirects)
                                     for (const QString &p : protocolsOf(r.protocol)) {
                                         xml.writeEmptyElement(u"forward-port"_s);
                                         xml.writeAttribute(u"port"_s, r.match.toString(u'-'));
                                         xml.writeAttribute(u"protocol"_s, p);
                                         xml.writeAttribute(u"to-port"_s, QString::number(r.toPort));
                                     }
                                 writeRules(xml, point, Direction::Ingress);
                                 xml.writeEndElement();
                             }),
                             tr("firewalld zone `portolan` for node %1").arg(point.title), false});
        if (point.hasEgress)
            result.files.append({dir + u"policies/"_s + policy + u".xml"_s,
                                 document([&](QXmlStreamWriter &xml) {
                                     xml.writeStartElement(u"policy"_s);
                                     xml.writeAttribute(u"target"_s, u"CONTINUE"_s);
                                     xml.writeTextElement(u"short"_s, u"Portolan egress "_s +
                                                                          Escape::comment(point.title, 60));
                                     xml.writeTextElement(u"description"_s, description);
                                     xml.writeEmptyElement(u"ingress-zone"_s);
                                     xml.writeAttribute(u"name"_s, u"HOST"_s);
                                     xml.writeEmptyElement(u"egress-zone"_s);
                                     xml.writeAttribute(u"name"_s, u"ANY"_s);
                                     writeRules(xml, point, Direction::Egress);
                                     xml.writeEndElement();
                                 }),
                                 tr("firewalld egress policy for node %1").arg(point.title), false});

        QStringList sh{u"#!/bin/bash"_s};
        sh += RuleSyntax::hashComments(
            HostTarget::header(input, point, title(), {u"Apply: bash install.sh (as root)"_s}));
        sh << u"set -euo pipefail"_s << u"here=$(cd \"$(dirname \"$0\")\" && pwd)"_s
           << u"backup=/root/firewalld-before-$(date +%Y%m%d%H%M%S)"_s
           << u"cp -a /etc/firewalld \"$backup\""_s
           << u"install -d /etc/firewalld/zones /etc/firewalld/policies"_s
           << u"install -m 0644 \"$here/zones/"_s + zone + u".xml\" /etc/firewalld/zones/"_s + zone +
                  u".xml"_s;
        if (point.hasEgress)
            sh << u"install -m 0644 \"$here/policies/"_s + policy + u".xml\" /etc/firewalld/policies/"_s +
                      policy + u".xml"_s;
        else
            sh << u"rm -f /etc/firewalld/policies/"_s + policy + u".xml"_s;
        sh << u"firewall-cmd --reload"_s << u"firewall-cmd --set-default-zone="_s + zone
           << u"echo \"Previous configuration saved in $backup\""_s;
        result.files.append(
            {dir + u"install.sh"_s, (sh.join(u'\n') + u'\n').toUtf8(),
             tr("installs the firewalld files of node %1 (backs up /etc/firewalld first)").arg(point.title),
             true});
    }
    return result;
}

} // namespace portolan
