// PlanDiffReport::markdown: a pull-request comment. GitHub and GitLab both
// render the <details> blocks; a blank line after each <summary> lets the
// Markdown inside them render too.
#include "plandiffreport.h"

#include "model/displayline.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString md(const QString &text)
{
    return PlanDiffReport::markdownEscape(text);
}

// A fence longer than every run of backticks in `body`, so no generated
// file can close the code block early and inject Markdown.
QString fenced(const QString &body, const QString &language)
{
    int longest = 0;
    int run = 0;
    for (QChar c : body) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    QString out = fence + language + u'\n' + body;
    if (!body.endsWith(u'\n'))
        out += u'\n';
    return out + fence + u'\n';
}

void details(QString &out, const QString &summary, const QString &body)
{
    out += u"<details><summary>"_s + summary + u"</summary>\n\n"_s + body + u"\n</details>\n\n"_s;
}

QString fieldItems(const QList<FieldChange> &fields, const QString &indent)
{
    QString out;
    for (const FieldChange &f : fields)
        out += indent + u"- "_s + md(f.key) + u": "_s + md(PlanDiffReport::valueText(f.oldValue)) + u" → "_s +
               md(PlanDiffReport::valueText(f.newValue)) + u'\n';
    return out;
}

QString findingItem(const Finding &f)
{
    return u"- **"_s + severityName(f.severity) + u"** "_s + md(f.code) + u" on "_s + md(f.subject) +
           u": "_s + md(f.message) + u'\n';
}

} // namespace

QString PlanDiffReport::markdownEscape(const QString &text)
{
    QString out;
    for (QChar c : displayLine(text)) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        // Inline only: user text never starts a line here (it follows "- ",
        // "**" or a heading's "### "), so the line-start markers (#, +, -, !)
        // need nothing; '.', ':' and '@' are escaped so names make no
        // autolinks or mentions.
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'~':
        case u'.':
        case u':':
        case u'@':
            out += u'\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString PlanDiffReport::markdown(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return {};
    QString out =
        u"### "_s + tr("Portolan plan diff: %1 → %2").arg(md(diff.oldLabel), md(diff.newLabel)) + u"\n\n"_s;
    if (diff.newErrors() > 0)
        out += u"> **"_s + tr("%n new error finding(s)", nullptr, diff.newErrors()) + u"**\n"_s;
    for (const Finding &f : diff.newFindings)
        if (f.severity == Severity::Error)
            out += u"> "_s + findingItem(f);
    if (diff.newErrors() > 0)
        out += u'\n';
    if (diff.pathsStopped() > 0)
        out += u"> **"_s + tr("%n flow(s) stop working", nullptr, diff.pathsStopped()) + u"**\n\n"_s;
    out += md(summary(diff)) + u"\n\n"_s;

    if (!diff.project.isEmpty() || !diff.elements.isEmpty()) {
        QString body = fieldItems(diff.project, QString());
        for (const ElementDifference &e : diff.elements) {
            body += u"- "_s + elementChangeKindName(e.kind) + u' ' + elementKindName(e.elementKind) +
                    u" **"_s + md(e.id) + u"**"_s +
                    (e.name.isEmpty() ? QString() : u" ("_s + md(e.name) + u')') + u'\n';
            body += fieldItems(e.fields, u"  "_s);
        }
        details(out, tr("Elements (%1)").arg(diff.elements.size() + (diff.project.isEmpty() ? 0 : 1)), body);
    }
    if (!diff.flows.isEmpty()) {
        QString body;
        const auto groups = diff.flowsByPoint();
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            body += u"**"_s + (it.key().isEmpty() ? tr("no enforcement point") : md(it.key())) + u"**\n\n"_s;
            for (qsizetype i : it.value()) {
                const FlowChange &f = diff.flows[i];
                body += u"- "_s + flowChangeKindName(f.kind) + u": "_s + md(flowText(f.flow())) + u'\n';
                body += fieldItems(f.fields, u"  "_s);
            }
            body += u'\n';
        }
        details(out, tr("Flows (%1)").arg(diff.flows.size()), body);
    }
    if (!diff.paths.isEmpty()) {
        QString body;
        for (const PathChange &p : diff.paths)
            body += u"- "_s + (p.stopsWorking() ? u"**"_s + tr("stops working") + u"** "_s : QString()) +
                    md(flowText(p.after)) + u": "_s + md(FlowDiff::pathText(p.before.path)) + u" → "_s +
                    md(FlowDiff::pathText(p.after.path)) + u'\n';
        details(out, tr("Path status (%1)").arg(diff.paths.size()), body);
    }
    if (!diff.rules.isEmpty()) {
        QString body;
        for (const RuleSetChange &r : diff.rules) {
            QString lines;
            for (const QString &rule : r.removed)
                lines += u"- "_s + rule + u'\n';
            for (const QString &rule : r.added)
                lines += u"+ "_s + rule + u'\n';
            body += u"**"_s + md(r.point) + u"** ("_s + pointKindName(r.kind) + u")\n\n"_s +
                    fenced(lines, u"diff"_s) + u'\n';
        }
        details(out, tr("Rules after compaction (%1 point(s))").arg(diff.rules.size()), body);
    }
    if (!diff.newFindings.isEmpty() || !diff.resolvedFindings.isEmpty()) {
        QString body;
        if (!diff.newFindings.isEmpty()) {
            body += tr("New:") + u"\n\n"_s;
            for (const Finding &f : diff.newFindings)
                body += findingItem(f);
            body += u'\n';
        }
        if (!diff.resolvedFindings.isEmpty()) {
            body += tr("Resolved:") + u"\n\n"_s;
            for (const Finding &f : diff.resolvedFindings)
                body += findingItem(f);
        }
        details(out,
                tr("Findings (%1 new, %2 resolved)")
                    .arg(diff.newFindings.size())
                    .arg(diff.resolvedFindings.size()),
                body);
    }
    for (const TargetChange &t : diff.exports) {
        QString body;
        for (const QString &problem : t.newProblems)
            body += u"- "_s + md(problem) + u'\n';
        for (const FileChange &f : t.files) {
            body += u"- "_s + fileChangeKindName(f.kind) + u' ' + md(f.path) +
                    u" (+%1 -%2)\n\n"_s.arg(f.linesAdded).arg(f.linesRemoved);
            body += fenced(QString::fromUtf8(f.diff), u"diff"_s) + u'\n';
        }
        // A <summary> is HTML, where Markdown escapes would show as written.
        details(out, tr("Export %1: %2").arg(t.target.toHtmlEscaped(), t.summary()), body);
    }
    return out;
}

} // namespace portolan
