#include "doctlexporter.h"

#include "cloudtext.h"
#include "doresources.h"
#include "export/escape.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString DoctlExporter::ruleText(const DoRule &rule)
{
    QStringList parts{u"protocol:"_s + rule.protocol};
    if (!rule.ports.isEmpty())
        parts.append(u"ports:"_s + rule.ports);
    for (const QString &address : rule.addresses)
        parts.append(u"address:"_s + address);
    for (const QString &tag : rule.tags)
        parts.append(u"tag:"_s + tag);
    return parts.join(u',');
}

void DoctlExporter::write(const CloudScope &scope, const DoResources &plan, QList<ExportFile> &files) const
{
    QString text =
        scope.bashScriptOpening(u"DigitalOcean cloud firewalls for doctl"_s,
                                u"Droplets of a rule set carry its tag; every firewall on a tag applies."_s);

    QStringList tags;
    for (const DoFirewall &firewall : plan.firewalls)
        if (!tags.contains(firewall.tag))
            tags.append(firewall.tag);
    for (const QString &tag : std::as_const(tags))
        text += u"doctl compute tag create "_s + Escape::shellSingleQuote(tag) + u'\n';

    for (const DoFirewall &firewall : plan.firewalls) {
        QStringList inbound;
        QStringList outbound;
        for (const DoRule &rule : firewall.rules)
            (rule.inbound ? inbound : outbound).append(ruleText(rule));
        QStringList args{u"doctl compute firewall create"_s,
                         u"--name "_s + Escape::shellSingleQuote(firewall.name),
                         u"--tag-names "_s + Escape::shellSingleQuote(firewall.tag)};
        if (!inbound.isEmpty())
            args.append(u"--inbound-rules "_s + Escape::shellSingleQuote(inbound.join(u' ')));
        if (!outbound.isEmpty())
            args.append(u"--outbound-rules "_s + Escape::shellSingleQuote(outbound.join(u' ')));
        text += u'\n' + args.join(u" \\\n    "_s) + u'\n';
    }
    text += u"\n# Roll back: delete each firewall by id (doctl compute firewall list), then\n"_s;
    for (const QString &tag : std::as_const(tags))
        text += u"# doctl compute tag delete --force "_s + Escape::shellSingleQuote(tag) + u'\n';

    files.append({u"doctl/firewalls.sh"_s, text.toUtf8(),
                  tr("DigitalOcean cloud firewalls as doctl commands (bash)"), true});
}

} // namespace portolan
