#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

// Unified diffs of two texts, as `diff -u` and `git diff` write them and
// patch(1) reads them: `--- a/PATH` / `+++ b/PATH` headers (`/dev/null` for
// a side that does not exist), `@@ -a,b +c,d @@` hunks with three lines of
// context, "\ No newline at end of file" where a side ends without one.
// The edit script comes from Myers' O(ND) algorithm after the common head
// and tail are set aside, so two large files with a few changed lines cost
// little; memory grows with the square of the number of differing lines.
class LineDiff
{
public:
    enum class Op : unsigned char
    {
        Equal,
        Delete,
        Insert
    };
    struct Edit
    {
        Op op = Op::Equal;
        qsizetype oldLine = 0; // 0-based index into the old lines (Equal, Delete)
        qsizetype newLine = 0; // 0-based index into the new lines (Equal, Insert)
    };

    static constexpr int DefaultContext = 3;

    // A shortest edit script turning `oldLines` into `newLines`.
    static QList<Edit> edits(const QList<QByteArray> &oldLines, const QList<QByteArray> &newLines);

    // The unified diff of `oldText` to `newText` for `path`; empty when they
    // are equal. `oldExists` / `newExists` false write /dev/null for that side
    // (a file created or deleted).
    static QByteArray unified(const QByteArray &oldText, const QByteArray &newText, const QString &path,
                              bool oldExists = true, bool newExists = true, int context = DefaultContext);
};

} // namespace portolan
