#include "gcloudexporter.h"

#include "cloudtext.h"
#include "export/escape.h"
#include "gcpresources.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString networkVariable(const QString &key)
{
    return u"NETWORK_"_s + CloudText::identifier(key).toUpper();
}

} // namespace

void GcloudExporter::write(const CloudScope &scope, const GcpResources &plan, QList<ExportFile> &files) const
{
    QString text =
        scope.bashScriptOpening(u"Google Cloud firewall rules for gcloud"_s,
                                u"Instances of a rule set carry its network tag (--target-tags)."_s);
    for (const auto &[key, name] : plan.networks) {
        const QString variable = networkVariable(key);
        text += u"%1=\"${%1:-%2}\"\n"_s.arg(variable, name); // name is [a-z0-9-] only
    }

    QStringList names;
    for (const GcpRule &rule : plan.rules) {
        QStringList rules;
        for (const GcpAllow &allow : rule.allows) {
            if (allow.ports.isEmpty())
                rules.append(allow.protocol);
            for (const QString &ports : allow.ports)
                rules.append(allow.protocol + u':' + ports);
        }
        QStringList args{u"gcloud compute firewall-rules create "_s + Escape::shellSingleQuote(rule.name),
                         u"--network=\"$%1\""_s.arg(networkVariable(rule.network)),
                         u"--direction="_s + (rule.ingress ? u"INGRESS"_s : u"EGRESS"_s),
                         u"--priority="_s + QString::number(rule.priority),
                         u"--action="_s + (rule.deny ? u"DENY"_s : u"ALLOW"_s),
                         u"--rules="_s + Escape::shellSingleQuote(rules.join(u',')),
                         u"--target-tags="_s + Escape::shellSingleQuote(rule.targetTags.join(u','))};
        if (!rule.sourceRanges.isEmpty())
            args.append(u"--source-ranges="_s + Escape::shellSingleQuote(rule.sourceRanges.join(u',')));
        if (!rule.sourceTags.isEmpty())
            args.append(u"--source-tags="_s + Escape::shellSingleQuote(rule.sourceTags.join(u',')));
        if (!rule.destinationRanges.isEmpty())
            args.append(u"--destination-ranges="_s +
                        Escape::shellSingleQuote(rule.destinationRanges.join(u',')));
        args.append(u"--description="_s + Escape::shellSingleQuote(rule.description));
        text += u'\n' + args.join(u" \\\n    "_s) + u'\n';
        names.append(Escape::shellSingleQuote(rule.name));
    }
    text += u"\n# Roll back:\n# gcloud compute firewall-rules delete --quiet "_s + names.join(u' ') + u'\n';

    files.append({u"gcloud/firewall-rules.sh"_s, text.toUtf8(),
                  tr("Google Cloud VPC firewall rules as gcloud commands (bash)"), true});
}

} // namespace portolan
