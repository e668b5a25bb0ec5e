// Reconciler::markdown and RulesFolder::markdown: a pull-request comment or
// a ticket. GitHub and GitLab render the <details> blocks; a blank line
// after each <summary> lets the table inside render too. Every user text
// (names, file names, rule text, comments) goes through the plan diff's
// Markdown escaping, so a name with `|`, `*` or `<` can neither end a table
// cell nor start HTML.
#include "reconciler.h"
#include "rulesfolder.h"

#include "derive/familytext.h"
#include "diff/plandiffreport.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString md(const QString &text)
{
    return PlanDiffReport::markdownEscape(text);
}

QString row(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

QString resultText(const ReconcileReport &r)
{
    return r.exact() ? Reconciler::tr("equal") : u"**"_s + Reconciler::tr("differs") + u"**"_s;
}

QString summaryHeader()
{
    return row({Reconciler::tr("Point"), Reconciler::tr("Name"), Reconciler::tr("Covered"),
                Reconciler::tr("Blocked"), Reconciler::tr("Extra"), Reconciler::tr("Shadowed"),
                Reconciler::tr("Result")}) +
           u"|---|---|---:|---:|---:|---:|---|\n"_s;
}

} // namespace

QString Reconciler::markdownSummaryRows(const QList<ReconcileReport> &reports)
{
    using S = ReconcileItem::Status;
    QString out;
    for (const ReconcileReport &r : reports)
        out += row({md(r.point), md(r.pointName), QString::number(r.count(S::Covered)),
                    QString::number(r.count(S::Blocked)), QString::number(r.count(S::Extra)),
                    QString::number(r.count(S::Shadowed) + r.count(S::Redundant)), resultText(r)});
    return out;
}

QString Reconciler::markdownDetails(const ReconcileReport &report)
{
    using S = ReconcileItem::Status;
    QStringList files;
    for (const QString &f : report.files)
        files.append(md(f));
    QStringList fams;
    for (IpFamily f : report.families)
        fams.append(familyText(f));
    QString body = tr("Today's rules: %1 (compared: %2)")
                       .arg(files.isEmpty() ? tr("none") : files.join(u", "_s),
                            fams.isEmpty() ? tr("nothing") : fams.join(u", "_s)) +
                   u"\n\n"_s;
    body += row({tr("Status"), tr("Direction"), tr("Family"), tr("Space"), tr("Planned"), tr("Rules")}) +
            u"|---|---|---|---|---|---|\n"_s;
    for (const ReconcileItem &i : report.items) {
        const bool spaced = i.status != S::Shadowed && i.status != S::Redundant && i.status != S::Unknown;
        QStringList rules;
        for (qsizetype k = 0; k < i.rules.size(); ++k)
            rules.append(md(i.rules[k].toString()) + u" "_s + md(i.ruleTexts.value(k)));
        if (!i.detail.isEmpty())
            rules.append(u"*"_s + md(i.detail) + u'*');
        body += row({reconcileStatusName(i.status), spaced ? flowDirectionName(i.direction) : QString(),
                     spaced ? familyText(i.family) : QString(), md(i.space), md(i.planned),
                     rules.join(u"<br>"_s)});
    }
    if (!report.notes.isEmpty()) {
        body += u'\n' + tr("Notes:") + u'\n';
        for (const Diagnostic &d : report.notes)
            body += u"- "_s + md(d.toString()) + u'\n';
    }
    const QString summary =
        md(report.point) + u" "_s + md(report.pointName) + u": "_s +
        (report.exact() ? tr("equal to the plan")
                        : tr("%1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood")
                              .arg(report.count(S::Blocked))
                              .arg(report.count(S::Extra))
                              .arg(report.count(S::Shadowed))
                              .arg(report.count(S::Redundant))
                              .arg(report.count(S::Unknown)));
    return u"<details><summary>"_s + summary + u"</summary>\n\n"_s + body + u"\n</details>\n\n"_s;
}

QString Reconciler::markdown(const QList<ReconcileReport> &reports)
{
    QString out = u"### "_s + tr("Today's rules against the plan") + u"\n\n"_s + summaryHeader() +
                  markdownSummaryRows(reports) + u'\n';
    for (const ReconcileReport &r : reports)
        out += markdownDetails(r);
    return out;
}

QString RulesFolder::markdown(const FolderReport &report)
{
    QString out = u"### "_s + tr("Today's rules in %1 against the plan").arg(md(report.folder)) + u"\n\n"_s;
    if (!report.reports.isEmpty())
        out += summaryHeader() + Reconciler::markdownSummaryRows(report.reports) + u'\n';
    if (report.unmappedRulesFiles() > 0)
        out += u"> **"_s +
               tr("%n file(s) of today's rules not mapped to a point: not compared", nullptr,
                  report.unmappedRulesFiles()) +
               u"**\n\n"_s;
    QString files =
        row({tr("File"), tr("Kind"), tr("Point"), tr("Mapped by"), tr("Why")}) + u"|---|---|---|---|---|\n"_s;
    for (const FolderFile &f : report.files)
        files += row(
            {md(f.fileName), md(rulesKindName(f.kind)), md(f.point), mappedByName(f.mappedBy), md(f.reason)});
    out += u"<details><summary>"_s + tr("Files and the points they stand for") + u"</summary>\n\n"_s + files +
           u"\n</details>\n\n"_s;
    for (const ReconcileReport &r : report.reports)
        out += Reconciler::markdownDetails(r);
    return out;
}

} // namespace portolan
