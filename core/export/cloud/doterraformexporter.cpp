#include "doterraformexporter.h"

#include "cloudtext.h"
#include "doresources.h"
#include "export/escape.h"
#include "hclwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString tagResource(const QString &tag)
{
    return u"tag_"_s + CloudText::identifier(tag);
}

QStringList tagReferences(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags)
        out.append(u"digitalocean_tag.%1.name"_s.arg(tagResource(tag)));
    return out;
}

} // namespace

void DoTerraformExporter::write(const CloudScope &scope, const DoResources &plan,
                                QList<ExportFile> &files) const
{
    HclWriter hcl =
        scope.terraformOpening(u"DigitalOcean cloud firewalls for Terraform"_s,
                               u"Droplets of a rule set carry its tag; every firewall on a tag applies."_s,
                               u"digitalocean"_s, u"digitalocean/digitalocean"_s, u">= 2.0"_s);

    QStringList tags;
    for (const DoFirewall &firewall : plan.firewalls)
        if (!tags.contains(firewall.tag))
            tags.append(firewall.tag);
    for (const QString &tag : std::as_const(tags)) {
        hcl.blankLine();
        hcl.openBlock(u"resource \"digitalocean_tag\" "_s + Escape::hclString(tagResource(tag)));
        hcl.attribute(u"name"_s, Escape::hclString(tag));
        hcl.close();
    }

    for (const DoFirewall &firewall : plan.firewalls) {
        hcl.blankLine();
        hcl.openBlock(u"resource \"digitalocean_firewall\" "_s + Escape::hclString(firewall.identifier));
        hcl.attribute(u"name"_s, Escape::hclString(firewall.name));
        hcl.attribute(u"tags"_s, HclWriter::list(tagReferences({firewall.tag})));
        for (const DoRule &rule : firewall.rules) {
            const QString peer = rule.inbound ? u"source"_s : u"destination"_s;
            hcl.blankLine();
            hcl.openBlock(rule.inbound ? u"inbound_rule"_s : u"outbound_rule"_s);
            hcl.attribute(u"protocol"_s, Escape::hclString(rule.protocol));
            if (!rule.ports.isEmpty())
                hcl.attribute(u"port_range"_s, Escape::hclString(rule.ports));
            if (!rule.addresses.isEmpty())
                hcl.attribute(peer + u"_addresses"_s, HclWriter::stringList(rule.addresses));
            if (!rule.tags.isEmpty())
                hcl.attribute(peer + u"_tags"_s, HclWriter::list(tagReferences(rule.tags)));
            hcl.close();
        }
        hcl.close();
    }

    files.append({u"digitalocean-terraform/firewalls.tf"_s, hcl.text().toUtf8(),
                  tr("DigitalOcean cloud firewalls and droplet tags for Terraform"), false});
}

} // namespace portolan
