#include "gcpterraformexporter.h"

#include "cloudtext.h"
#include "export/escape.h"
#include "gcpresources.h"
#include "hclwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

void GcpTerraformExporter::write(const CloudScope &scope, const GcpResources &plan,
                                 QList<ExportFile> &files) const
{
    HclWriter hcl =
        scope.terraformOpening(u"Google Cloud firewall rules for Terraform"_s,
                               u"Instances of a rule set carry its network tag (target_tags below)."_s,
                               u"google"_s, u"hashicorp/google"_s, u">= 5.0"_s);

    for (const auto &[key, name] : plan.networks) {
        hcl.blankLine();
        hcl.openBlock(u"variable "_s + Escape::hclString(u"network_"_s + CloudText::identifier(key)));
        hcl.attribute(u"description"_s, Escape::hclString(u"Name of the VPC network " + name));
        hcl.attribute(u"type"_s, u"string"_s);
        hcl.attribute(u"default"_s, Escape::hclString(name));
        hcl.close();
    }

    for (const GcpRule &rule : plan.rules) {
        hcl.blankLine();
        hcl.openBlock(u"resource \"google_compute_firewall\" "_s +
                      Escape::hclString(CloudText::identifier(rule.name)));
        hcl.attribute(u"name"_s, Escape::hclString(rule.name));
        hcl.attribute(u"network"_s, u"var.network_"_s + CloudText::identifier(rule.network));
        hcl.attribute(u"description"_s, Escape::hclString(rule.description));
        hcl.attribute(u"direction"_s, Escape::hclString(rule.ingress ? u"INGRESS"_s : u"EGRESS"_s));
        hcl.attribute(u"priority"_s, QString::number(rule.priority));
        if (!rule.sourceRanges.isEmpty())
            hcl.attribute(u"source_ranges"_s, HclWriter::stringList(rule.sourceRanges));
        if (!rule.sourceTags.isEmpty())
            hcl.attribute(u"source_tags"_s, HclWriter::stringList(rule.sourceTags));
        if (!rule.destinationRanges.isEmpty())
            hcl.attribute(u"destination_ranges"_s, HclWriter::stringList(rule.destinationRanges));
        hcl.attribute(u"target_tags"_s, HclWriter::stringList(rule.targetTags));
        for (const GcpAllow &allow : rule.allows) {
            hcl.blankLine();
            hcl.openBlock(rule.deny ? u"deny"_s : u"allow"_s);
            hcl.attribute(u"protocol"_s, Escape::hclString(allow.protocol));
            if (!allow.ports.isEmpty())
                hcl.attribute(u"ports"_s, HclWriter::stringList(allow.ports));
            hcl.close();
        }
        hcl.close();
    }

    files.append({u"gcp-terraform/firewall.tf"_s, hcl.text().toUtf8(),
                  tr("Google Cloud VPC firewall rules (google_compute_firewall) for Terraform"), false});
}

} // namespace portolan
