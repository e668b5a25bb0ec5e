#include "awsterraformexporter.h"

#include "awsnetworkresources.h"
#include "awsresources.h"
#include "awsterraformnetwork.h"
#include "cloudtext.h"
#include "export/escape.h"
#include "hclwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

ExportFile AwsTerraformExporter::networkFile(const CloudScope &scope, const AwsResources &groups,
                                             const AwsNetworkResources &network) const
{
    return AwsTerraformNetwork::file(scope, network, scope.isEmpty() ? QStringList() : groups.vpcZones,
                                     scope.isEmpty());
}

ExportFile AwsTerraformExporter::securityGroupsFile(const ExportInput &input, const CloudScope &scope,
                                                    const AwsResources &plan) const
{

    HclWriter hcl = scope.terraformOpening(
        u"AWS security groups for Terraform"_s,
        u"Apply: terraform init && terraform plan -var vpc_id...=vpc-... && terraform apply"_s, u"aws"_s,
        u"hashicorp/aws"_s, QString::fromUtf16(ProviderVersion));

    for (const QString &zone : plan.vpcZones) {
        hcl.blankLine();
        hcl.openBlock(u"variable "_s + Escape::hclString(AwsResources::terraformVpcVariable(zone)));
        const Zone *z = input.project.zone(zone);
        const QString what = z ? CloudText::clean(z->name.isEmpty() ? z->id : z->name) : tr("the VPC");
        hcl.attribute(u"description"_s, Escape::hclString(u"ID of the VPC for %1"_s.arg(what)));
        hcl.attribute(u"type"_s, u"string"_s);
        hcl.close();
    }

    for (const AwsGroup &group : plan.groups) {
        hcl.blankLine();
        hcl.openBlock(u"resource \"aws_security_group\" "_s + Escape::hclString(group.identifier));
        hcl.attribute(u"name"_s, Escape::hclString(group.label));
        hcl.attribute(u"description"_s, Escape::hclString(group.description));
        hcl.attribute(u"vpc_id"_s, u"var."_s + AwsResources::terraformVpcVariable(group.vpcZone));
        hcl.openObject(u"tags"_s);
        hcl.attribute(u"Name"_s, Escape::hclString(CloudText::awsDescription(group.displayName)));
        hcl.attribute(u"PortolanRuleSet"_s, Escape::hclString(CloudText::awsDescription(group.ruleSetId)));
        hcl.close();
        hcl.close();

        int counter[2] = {0, 0};
        for (const AwsPermission &p : group.permissions) {
            const bool in = p.direction == Direction::Ingress;
            const QString kind = in ? u"ingress"_s : u"egress"_s;
            const QString name = u"%1_%2_%3"_s.arg(group.identifier, in ? u"in"_s : u"out"_s)
                                     .arg(++counter[in ? 0 : 1], 3, 10, QChar(u'0'));
            hcl.blankLine();
            hcl.openBlock(
                u"resource \"aws_vpc_security_group_%1_rule\" %2"_s.arg(kind, Escape::hclString(name)));
            hcl.attribute(u"security_group_id"_s, u"aws_security_group.%1.id"_s.arg(group.identifier));
            if (!p.description.isEmpty())
                hcl.attribute(u"description"_s, Escape::hclString(p.description));
            hcl.attribute(u"ip_protocol"_s, Escape::hclString(p.protocol));
            if (p.fromPort >= 0) {
                hcl.attribute(u"from_port"_s, QString::number(p.fromPort));
                hcl.attribute(u"to_port"_s, QString::number(p.toPort));
            }
            if (p.peerGroup >= 0)
                hcl.attribute(u"referenced_security_group_id"_s,
                              u"aws_security_group.%1.id"_s.arg(plan.groups.at(p.peerGroup).identifier));
            else
                hcl.attribute(p.family == IpFamily::IPv4 ? u"cidr_ipv4"_s : u"cidr_ipv6"_s,
                              Escape::hclString(p.cidr));
            hcl.close();
        }
    }

    return {u"aws-terraform/security_groups.tf"_s, hcl.text().toUtf8(),
            tr("AWS security groups and their rules for Terraform (AWS provider %1)")
                .arg(QString::fromUtf16(ProviderVersion)),
            false};
}

} // namespace portolan
