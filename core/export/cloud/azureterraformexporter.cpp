#include "azureterraformexporter.h"

#include "cloudscope.h"
#include "cloudtext.h"
#include "export/escape.h"
#include "hclwriter.h"
#include "uniquenames.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct AzureRule
{
    QString name;
    int priority = 0;
    bool inbound = true;
    bool deny = false;
    QString protocol = u"*"_s;
    QStringList ports;  // empty = "*"
    QStringList remote; // empty = "*"
    QStringList local;  // empty = "*"
    QString description;
};

void writeRule(HclWriter &hcl, const AzureRule &rule)
{
    hcl.blankLine();
    hcl.openBlock(u"security_rule"_s);
    hcl.attribute(u"name"_s, Escape::hclString(rule.name));
    hcl.attribute(u"description"_s, Escape::hclString(rule.description));
    hcl.attribute(u"priority"_s, QString::number(rule.priority));
    hcl.attribute(u"direction"_s, Escape::hclString(rule.inbound ? u"Inbound"_s : u"Outbound"_s));
    hcl.attribute(u"access"_s, Escape::hclString(rule.deny ? u"Deny"_s : u"Allow"_s));
    hcl.attribute(u"protocol"_s, Escape::hclString(rule.protocol));
    hcl.attribute(u"source_port_range"_s, Escape::hclString(u"*"_s));
    if (rule.ports.isEmpty())
        hcl.attribute(u"destination_port_range"_s, Escape::hclString(u"*"_s));
    else
        hcl.attribute(u"destination_port_ranges"_s, HclWriter::stringList(rule.ports));
    const QStringList &source = rule.inbound ? rule.remote : rule.local;
    const QStringList &destination = rule.inbound ? rule.local : rule.remote;
    if (source.isEmpty())
        hcl.attribute(u"source_address_prefix"_s, Escape::hclString(u"*"_s));
    else
        hcl.attribute(u"source_address_prefixes"_s, HclWriter::stringList(source));
    if (destination.isEmpty())
        hcl.attribute(u"destination_address_prefix"_s, Escape::hclString(u"*"_s));
    else
        hcl.attribute(u"destination_address_prefixes"_s, HclWriter::stringList(destination));
    hcl.close();
}

} // namespace

ExportResult AzureTerraformExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const CloudScope scope = CloudScope::forProvider(input, Provider::Azure);
    if (scope.isEmpty()) {
        result.problems.append(scope.nothingToExport(u"Azure"_s));
        return result;
    }

    HclWriter hcl = scope.terraformOpening(u"Azure network security groups for Terraform"_s,
                                           u"Associate each group with its subnets or network interfaces."_s,
                                           u"azurerm"_s, u"hashicorp/azurerm"_s, u">= 3.0"_s);
    hcl.blankLine();
    hcl.openBlock(u"provider \"azurerm\""_s);
    hcl.openBlock(u"features"_s);
    hcl.close();
    hcl.close();
    for (const auto &[name, what] :
         {std::pair{u"resource_group_name"_s, u"Resource group of the security groups"_s},
          std::pair{u"location"_s, u"Azure region of the security groups"_s}}) {
        hcl.blankLine();
        hcl.openBlock(u"variable "_s + Escape::hclString(name));
        hcl.attribute(u"description"_s, Escape::hclString(what));
        hcl.attribute(u"type"_s, u"string"_s);
        hcl.close();
    }

    UniqueNames groupNames(u"-"_s, 80);
    UniqueNames identifiers(u"_"_s, 200);
    for (const RuleSet *ruleSet : scope.ruleSets()) {
        const QString groupName = groupNames.take(CloudText::azureName(ruleSet->id, 80));
        const QString who = CloudText::clean(CloudScope::displayName(*ruleSet));
        QList<AzureRule> rules;
        UniqueNames ruleNames(u"-"_s, 80);
        int counter[2] = {0, 0};
        for (const Rule &rule : ruleSet->rules) {
            AzureRule out;
            out.inbound = rule.direction == Direction::Ingress;
            out.name = ruleNames.take(
                u"%1-%2-%3"_s.arg(CloudText::azureName(ruleSet->id, 64), out.inbound ? u"in"_s : u"out"_s)
                    .arg(++counter[out.inbound ? 0 : 1], 3, 10, QChar(u'0')));
            out.protocol = rule.protocol == Protocol::Tcp   ? u"Tcp"_s
                           : rule.protocol == Protocol::Udp ? u"Udp"_s
                                                            : u"*"_s;
            if (rule.protocol != Protocol::Any)
                for (const PortRange &range : rule.ports)
                    out.ports.append(range.toString());
            if (rule.peerGroup.isEmpty()) {
                out.remote = CloudScope::cidrStrings(rule.peers, rule.family);
            } else {
                // Azure names peers by address here (no application security groups yet).
                out.remote = scope.groupAddresses(rule.peerGroup, rule.family);
                if (out.remote.isEmpty()) {
                    result.problems.append({ExportProblem::Severity::Error, ruleSet->id,
                                            tr("A rule of %1 refers to %2, which has no addresses to allow.")
                                                .arg(ruleSet->id, rule.peerGroup)});
                    continue;
                }
            }
            out.local = CloudScope::cidrStrings(rule.localAddresses, rule.family);
            out.description =
                CloudText::truncate(CloudText::clean(rule.comment.isEmpty() ? who : rule.comment), 140);
            rules.append(out);
        }
        if (rules.size() + 2 > MaxRules) {
            result.problems.append({ExportProblem::Severity::Error, ruleSet->id,
                                    tr("%1 needs %2 rules; an Azure network security group takes at most %3.")
                                        .arg(ruleSet->id)
                                        .arg(rules.size() + 2)
                                        .arg(MaxRules)});
            continue;
        }
        const int room = LastAllowPriority - FirstPriority;
        const int step = rules.size() * 10 <= room ? 10 : 1;
        for (qsizetype i = 0; i < rules.size(); ++i)
            rules[i].priority = FirstPriority + int(i) * step;
        for (const bool inbound : {true, false}) {
            AzureRule deny;
            deny.inbound = inbound;
            deny.deny = true;
            deny.name =
                ruleNames.take(inbound ? u"portolan-deny-all-inbound"_s : u"portolan-deny-all-outbound"_s);
            deny.priority = inbound ? 4095 : 4096;
            deny.description =
                inbound ? u"Deny all other inbound traffic"_s : u"Deny all other outbound traffic"_s;
            rules.append(deny);
        }

        hcl.blankLine();
        hcl.openBlock(u"resource \"azurerm_network_security_group\" "_s +
                      Escape::hclString(identifiers.take(CloudText::identifier(groupName))));
        hcl.attribute(u"name"_s, Escape::hclString(groupName));
        hcl.attribute(u"location"_s, u"var.location"_s);
        hcl.attribute(u"resource_group_name"_s, u"var.resource_group_name"_s);
        for (const AzureRule &rule : std::as_const(rules))
            writeRule(hcl, rule);
        hcl.blankLine();
        hcl.openObject(u"tags"_s);
        hcl.attribute(u"portolan_rule_set"_s,
                      Escape::hclString(CloudText::truncate(CloudText::clean(ruleSet->id), 256)));
        hcl.attribute(u"name"_s, Escape::hclString(CloudText::truncate(who, 256)));
        hcl.close();
        hcl.close();
    }
    if (!result.ok())
        return result;

    result.files.append({u"azure-terraform/network_security_groups.tf"_s, hcl.text().toUtf8(),
                         tr("Azure network security groups (azurerm_network_security_group) for Terraform"),
                         false});
    return result;
}

} // namespace portolan
