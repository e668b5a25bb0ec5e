#pragma once

#include "plandiff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portolan {

// Renderings of a PlanDiff (docs/guide/diff.md).
// - text: for a terminal and `git diff`; user text made one line each
//   (displayLine), so no name starts a line of its own;
// - json: for scripts, keys stable and documented, "format": 1;
// - markdown: a pull-request comment; a short summary first (counts, new
//   errors called out), every list folded in a <details> block; user text
//   escaped for Markdown and HTML, diffs in fences longer than any run of
//   backticks they hold.
// An empty diff gives an empty text and Markdown (nothing to print or
// post) and a JSON document with "changed": false.
class PlanDiffReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiffReport)
public:
    static QString text(const PlanDiff &diff);
    static QByteArray json(const PlanDiff &diff);
    static QString markdown(const PlanDiff &diff);

    // One line of summary: "elements +1 -0 ~2, flows +1 -0 ~2, ...".
    static QString summary(const PlanDiff &diff);
    // "admins -> kong-a tcp 8001 kong-0.x/kong:admin"; raw user text, the
    // caller escapes.
    static QString flowText(const Flow &flow);
    // A field's value for a reader: "(not set)" for a field left out.
    static QString valueText(const QString &value);
    // "key: old -> new", one line.
    static QString fieldLine(const FieldChange &field);
    // Inline Markdown text: characters Markdown or HTML give meaning to
    // escaped, one line.
    static QString markdownEscape(const QString &text);
};

} // namespace portolan
