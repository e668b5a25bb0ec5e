#include "awsterraformnetwork.h"

#include "awsnetworkresources.h"
#include "awsresources.h"
#include "awsterraformexporter.h"
#include "cloudscope.h"
#include "cloudtext.h"
#include "export/escape.h"
#include "hclwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void tags(HclWriter &hcl, const QString &name, const QString &source)
{
    hcl.openObject(u"tags"_s);
    hcl.attribute(u"Name"_s, Escape::hclString(CloudText::awsDescription(name)));
    hcl.attribute(u"PortolanSource"_s, Escape::hclString(CloudText::awsDescription(source)));
    hcl.close();
}

void writeAcl(HclWriter &hcl, const AwsNetworkAcl &acl)
{
    hcl.blankLine();
    hcl.comment(
        CloudText::comment(u"Network ACL of %1 (%2). Associating it replaces the subnet's current ACL."_s.arg(
            acl.displayName, acl.ruleSetId)));
    hcl.openBlock(u"resource \"aws_network_acl\" "_s + Escape::hclString(acl.identifier));
    hcl.attribute(u"vpc_id"_s, u"var."_s + AwsResources::terraformVpcVariable(acl.vpcZone));
    hcl.attribute(
        u"subnet_ids"_s,
        HclWriter::list({u"var."_s + AwsNetworkResources::terraformSubnetVariable(acl.subnetZone)}));
    tags(hcl, acl.displayName, acl.ruleSetId);
    hcl.close();

    bool returnsNoted[2] = {false, false};
    for (const AwsAclEntry &entry : acl.entries) {
        hcl.blankLine();
        if (entry.returnTraffic && !returnsNoted[entry.egress ? 1 : 0]) {
            returnsNoted[entry.egress ? 1 : 0] = true;
            hcl.comment(u"Return traffic: network ACLs are stateless, so the answers to the %1 entries"_s.arg(
                entry.egress ? u"inbound"_s : u"outbound"_s));
            hcl.comment(u"need their own entries, to the ephemeral ports %1-%2 of the side that connected."_s
                            .arg(AwsNetworkResources::EphemeralFrom)
                            .arg(AwsNetworkResources::EphemeralTo));
        }
        const QString name = u"%1_%2_%3"_s.arg(acl.identifier, entry.egress ? u"out"_s : u"in"_s)
                                 .arg(entry.ruleNumber, 5, 10, QChar(u'0'));
        hcl.openBlock(u"resource \"aws_network_acl_rule\" "_s + Escape::hclString(name));
        hcl.attribute(u"network_acl_id"_s, u"aws_network_acl.%1.id"_s.arg(acl.identifier));
        hcl.attribute(u"rule_number"_s, QString::number(entry.ruleNumber));
        hcl.attribute(u"egress"_s, entry.egress ? u"true"_s : u"false"_s);
        hcl.attribute(u"protocol"_s, Escape::hclString(entry.protocol));
        hcl.attribute(u"rule_action"_s, Escape::hclString(u"allow"_s));
        hcl.attribute(entry.family == IpFamily::IPv4 ? u"cidr_block"_s : u"ipv6_cidr_block"_s,
                      Escape::hclString(entry.cidr));
        if (entry.fromPort >= 0) {
            hcl.attribute(u"from_port"_s, QString::number(entry.fromPort));
            hcl.attribute(u"to_port"_s, QString::number(entry.toPort));
        }
        hcl.close();
    }
}

void writeNat(HclWriter &hcl, const AwsNatGateway &nat)
{
    hcl.blankLine();
    for (const QString &line : nat.notes())
        hcl.comment(line);
    hcl.openBlock(u"resource \"aws_eip\" "_s + Escape::hclString(nat.identifier));
    hcl.attribute(u"domain"_s, Escape::hclString(u"vpc"_s));
    tags(hcl, nat.displayName, nat.natId);
    hcl.close();
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_nat_gateway\" "_s + Escape::hclString(nat.identifier));
    hcl.attribute(u"allocation_id"_s, u"aws_eip.%1.id"_s.arg(nat.identifier));
    hcl.attribute(u"subnet_id"_s, u"var."_s + AwsNetworkResources::terraformSubnetVariable(nat.subnetKey));
    tags(hcl, nat.displayName, nat.natId);
    hcl.close();
}

} // namespace

ExportFile AwsTerraformNetwork::file(const CloudScope &scope, const AwsNetworkResources &plan,
                                     const QStringList &declaredVpcZones, bool declareProvider)
{
    const Project &project = scope.input().project;
    const QString provider = QString::fromUtf16(AwsTerraformExporter::ProviderVersion);
    HclWriter hcl;
    for (const QString &line : scope.headerLines(u"AWS network ACLs and NAT gateways for Terraform"_s))
        hcl.comment(line);
    hcl.comment(u"Same module as security_groups.tf when there is one. Apply: terraform init &&"_s);
    hcl.comment(u"terraform plan -var vpc_id...=vpc-... -var subnet_id...=subnet-... && terraform apply"_s);
    if (declareProvider) {
        hcl.blankLine();
        hcl.requiredProvider(u"aws"_s, u"hashicorp/aws"_s, provider);
    }
    for (const QString &zone : plan.vpcZones) {
        if (declaredVpcZones.contains(zone))
            continue;
        hcl.blankLine();
        hcl.openBlock(u"variable "_s + Escape::hclString(AwsResources::terraformVpcVariable(zone)));
        const Zone *z = project.zone(zone);
        const QString what = CloudText::clean(z && !z->name.isEmpty() ? z->name : zone);
        hcl.attribute(u"description"_s, Escape::hclString(u"ID of the VPC for %1"_s.arg(what)));
        hcl.attribute(u"type"_s, u"string"_s);
        hcl.close();
    }
    for (const AwsSubnetInput &subnet : plan.subnets) {
        hcl.blankLine();
        hcl.openBlock(u"variable "_s +
                      Escape::hclString(AwsNetworkResources::terraformSubnetVariable(subnet.key)));
        hcl.attribute(u"description"_s, Escape::hclString(u"ID of the AWS %1"_s.arg(subnet.what)));
        hcl.attribute(u"type"_s, u"string"_s);
        hcl.close();
    }
    for (const AwsNetworkAcl &acl : plan.acls)
        writeAcl(hcl, acl);
    for (const AwsNatGateway &nat : plan.natGateways)
        writeNat(hcl, nat);
    return {u"aws-terraform/network.tf"_s, hcl.text().toUtf8(),
            tr("AWS network ACLs of the boundary firewalls' subnets (stateless: with return entries for the "
               "ephemeral ports %1-%2) and NAT gateways for Terraform, in the same module as "
               "security_groups.tf (AWS provider %3); variables subnet_id_... name the subnets")
                .arg(AwsNetworkResources::EphemeralFrom)
                .arg(AwsNetworkResources::EphemeralTo)
                .arg(provider),
            false};
}

} // namespace portolan
