#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Lines without their terminator; a text that ends in a newline has no empty
// last line. Whether the last line had one is returned on the side.
QList<QByteArray> splitLines(const QByteArray &text, bool *endsWithNewline)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, end - start));
        start = end + 1;
    }
    *endsWithNewline = text.isEmpty() || text.endsWith('\n');
    return lines;
}

// Myers' greedy forward search over interned lines, keeping each round's
// frontier so the path can be walked back.
void myers(const std::vector<int> &a, const std::vector<int> &b, std::vector<LineDiff::Op> *ops)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        // Only the diagonals -d..d matter for the walk back.
        trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
    }
    // Walk back from (n, m), collecting operations in reverse.
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev =
            trace[d - 1]; // frontier after round d-1, diagonals -(d-1)-1 .. (d-1)+1
        auto at = [&](int k) { return prev[k + (d - 1) + 1]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            ops->push_back(LineDiff::Op::Equal);
            --x;
            --y;
        }
        ops->push_back(down ? LineDiff::Op::Insert : LineDiff::Op::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops->push_back(LineDiff::Op::Equal);
        --x;
        --y;
    }
    std::reverse(ops->begin(), ops->end());
}

QByteArray range(qsizetype start, qsizetype count)
{
    // Unified format: an empty range names the line before it.
    const qsizetype first = count == 0 ? start : start + 1;
    return QByteArray::number(first) + ',' + QByteArray::number(count);
}

} // namespace

QList<LineDiff::Edit> LineDiff::edits(const QList<QByteArray> &oldLines, const QList<QByteArray> &newLines)
{
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines[head] == newLines[head])
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines[oldLines.size() - 1 - tail] == newLines[newLines.size() - 1 - tail])
        ++tail;

    // Interned middles: the search compares ints, not lines.
    QHash<QByteArray, int> ids;
    auto intern = [&](const QList<QByteArray> &lines, qsizetype from, qsizetype to) {
        std::vector<int> out;
        out.reserve(size_t(to - from));
        for (qsizetype i = from; i < to; ++i) {
            auto it = ids.constFind(lines[i]);
            if (it == ids.cend())
                it = ids.insert(lines[i], int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = intern(oldLines, head, oldLines.size() - tail);
    const std::vector<int> b = intern(newLines, head, newLines.size() - tail);
    std::vector<Op> ops;
    myers(a, b, &ops);

    QList<Edit> result;
    result.reserve(head + qsizetype(ops.size()) + tail);
    for (qsizetype i = 0; i < head; ++i)
        result.append({Op::Equal, i, i});
    qsizetype x = head;
    qsizetype y = head;
    for (Op op : ops) {
        result.append({op, x, y});
        if (op != Op::Insert)
            ++x;
        if (op != Op::Delete)
            ++y;
    }
    for (qsizetype i = 0; i < tail; ++i)
        result.append({Op::Equal, x + i, y + i});
    return result;
}

QByteArray LineDiff::unified(const QByteArray &oldText, const QByteArray &newText, const QString &path,
                             bool oldExists, bool newExists, int context)
{
    if (oldText == newText && oldExists == newExists)
        return {};
    bool oldEol = true;
    bool newEol = true;
    const QList<QByteArray> a = splitLines(oldText, &oldEol);
    const QList<QByteArray> b = splitLines(newText, &newEol);
    const QList<Edit> script = edits(a, b);

    QByteArray out;
    const QByteArray name = path.toUtf8();
    out += "--- " + (oldExists ? "a/" + name : QByteArray("/dev/null")) + '\n';
    out += "+++ " + (newExists ? "b/" + name : QByteArray("/dev/null")) + '\n';

    // A last line without a newline differs from the same text with one:
    // such an "equal" line is written as deleted and inserted.
    auto oldNoEol = [&](qsizetype line) { return !oldEol && line == a.size() - 1; };
    auto newNoEol = [&](qsizetype line) { return !newEol && line == b.size() - 1; };
    auto changed = [&](const Edit &e) {
        return e.op != Op::Equal || oldNoEol(e.oldLine) != newNoEol(e.newLine);
    };

    const qsizetype count = script.size();
    qsizetype i = 0;
    while (i < count) {
        while (i < count && !changed(script[i]))
            ++i;
        if (i >= count)
            break;
        // One hunk: from `context` equal lines before the first change to
        // `context` after the last, merging changes closer than 2 * context.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype equalRun = 0;
        for (qsizetype j = i; j < count; ++j) {
            if (changed(script[j])) {
                equalRun = 0;
                end = j + 1;
            } else if (++equalRun > 2 * context) {
                break;
            }
        }
        const qsizetype stop = std::min(count, end + context);
        QByteArray body;
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        qsizetype oldStart = -1;
        qsizetype newStart = -1;
        auto line = [&](char mark, const QByteArray &text, bool noEol) {
            body += mark + text + '\n';
            if (noEol)
                body += "\\ No newline at end of file\n";
        };
        for (qsizetype j = start; j < stop; ++j) {
            const Edit &e = script[j];
            if (oldStart < 0)
                oldStart = e.oldLine;
            if (newStart < 0)
                newStart = e.newLine;
            const bool oldLast = oldNoEol(e.oldLine);
            const bool newLast = newNoEol(e.newLine);
            if (e.op == Op::Equal && changed(e)) {
                line('-', a[e.oldLine], oldLast);
                line('+', b[e.newLine], newLast);
                ++oldCount;
                ++newCount;
            } else if (e.op == Op::Equal) {
                line(' ', a[e.oldLine], oldLast);
                ++oldCount;
                ++newCount;
            } else if (e.op == Op::Delete) {
                line('-', a[e.oldLine], oldLast);
                ++oldCount;
            } else {
                line('+', b[e.newLine], newLast);
                ++newCount;
            }
        }
        out += "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@\n" + body;
        i = stop;
    }
    return out;
}

} // namespace portolan
