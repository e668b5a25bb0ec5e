#include "kubernetesexporter.h"

#include "cloudscope.h"
#include "cloudtext.h"
#include "io/yamlwriter.h"
#include "uniquenames.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString podLabel(const QString &element)
{
    return CloudText::label(element, 63);
}

void podSelector(YamlWriter &yaml, const QString &element)
{
    yaml.beginMap(u"podSelector"_s);
    yaml.beginMap(u"matchLabels"_s);
    yaml.requiredString(QString::fromUtf16(KubernetesExporter::NodeLabel), podLabel(element));
    yaml.endMap();
    yaml.endMap();
}

} // namespace

ExportResult KubernetesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const CloudScope scope(input,
                           [](const RuleSet &ruleSet) { return ruleSet.kind == PointKind::HostFirewall; });
    if (scope.isEmpty()) {
        result.problems.append({ExportProblem::Severity::Warning,
                                {},
                                tr("The plan has no node rule sets: no NetworkPolicy was generated.")});
        return result;
    }

    bool usesEndPort = false;
    QStringList documents;
    UniqueNames names(u"-"_s, 63);
    for (const RuleSet *ruleSet : scope.ruleSets()) {
        YamlWriter yaml;
        yaml.key(u"apiVersion"_s, u"networking.k8s.io/v1"_s);
        yaml.key(u"kind"_s, u"NetworkPolicy"_s);
        yaml.beginMap(u"metadata"_s);
        yaml.requiredString(u"name"_s, names.take(CloudText::label(u"portolan-"_s + ruleSet->element, 63)));
        yaml.beginMap(u"labels"_s);
        yaml.requiredString(u"app.kubernetes.io/managed-by"_s, u"portolan"_s);
        yaml.endMap();
        yaml.beginMap(u"annotations"_s);
        yaml.requiredString(u"portolan.io/rule-set"_s, CloudText::clean(ruleSet->id));
        yaml.requiredString(u"portolan.io/description"_s,
                            CloudText::truncate(CloudText::clean(CloudScope::displayName(*ruleSet)), 1024));
        yaml.endMap();
        yaml.endMap();
        yaml.beginMap(u"spec"_s);
        podSelector(yaml, ruleSet->element);
        yaml.flowList(u"policyTypes"_s, {u"Ingress"_s, u"Egress"_s});
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            QList<const Rule *> rules;
            for (const Rule &rule : ruleSet->rules)
                if (rule.direction == direction)
                    rules.append(&rule);
            if (rules.isEmpty()) {
                yaml.key(in ? u"ingress"_s : u"egress"_s, u"[]"_s);
                continue;
            }
            yaml.beginList(in ? u"ingress"_s : u"egress"_s);
            for (const Rule *rule : std::as_const(rules)) {
                if (rule->peers.isEmpty() && rule->peerGroup.isEmpty()) {
                    // An empty peer list would mean "everyone" in a NetworkPolicy.
                    result.problems.append({ExportProblem::Severity::Error, ruleSet->id,
                                            tr("A rule of %1 names no peers.").arg(ruleSet->id)});
                    continue;
                }
                yaml.beginItem();
                yaml.beginList(in ? u"from"_s : u"to"_s);
                if (!rule->peerGroup.isEmpty()) {
                    const RuleSet *peer = scope.planRuleSet(rule->peerGroup);
                    if (!peer) {
                        result.problems.append({ExportProblem::Severity::Error, ruleSet->id,
                                                tr("A rule of %1 refers to the unknown group %2.")
                                                    .arg(ruleSet->id, rule->peerGroup)});
                        continue;
                    }
                    yaml.beginItem();
                    podSelector(yaml, peer->element);
                }
                for (const Cidr &cidr : rule->peers) {
                    yaml.beginItem();
                    yaml.beginMap(u"ipBlock"_s);
                    yaml.requiredString(u"cidr"_s, cidr.toString());
                    yaml.endMap();
                }
                yaml.endList();
                if (rule->protocol != Protocol::Any) {
                    yaml.beginList(u"ports"_s);
                    if (rule->ports.isEmpty()) {
                        yaml.beginItem();
                        yaml.key(u"protocol"_s, rule->protocol == Protocol::Tcp ? u"TCP"_s : u"UDP"_s);
                    }
                    for (const PortRange &range : rule->ports) {
                        yaml.beginItem();
                        yaml.key(u"protocol"_s, rule->protocol == Protocol::Tcp ? u"TCP"_s : u"UDP"_s);
                        yaml.integer(u"port"_s, range.from);
                        if (!range.isSingle()) {
                            yaml.integer(u"endPort"_s, range.to);
                            usesEndPort = true;
                        }
                    }
                    yaml.endList();
                }
            }
            yaml.endList();
        }
        yaml.endMap();
        documents.append(yaml.text());
    }
    if (!result.ok())
        return result;

    QString text = scope.headerComment(u"Kubernetes NetworkPolicy"_s);
    text += u"# Pods of a node carry the label %1: <node>.\n"_s.arg(QString::fromUtf16(NodeLabel));
    if (usesEndPort)
        text += u"# Port ranges use endPort: Kubernetes >= 1.25 and a CNI plugin that enforces it.\n"_s;
    text += u"---\n"_s + documents.join(u"---\n"_s);

    result.files.append({u"kubernetes/network-policies.yaml"_s, text.toUtf8(),
                         tr("Kubernetes NetworkPolicy objects (kubectl apply -f)"), false});
    if (usesEndPort)
        result.problems.append(
            {ExportProblem::Severity::Warning,
             {},
             tr("The NetworkPolicy uses endPort for port ranges: it needs Kubernetes 1.25 or later "
                "and a network plugin that supports it.")});
    return result;
}

} // namespace portolan
