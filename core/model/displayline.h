#pragma once

#include <QString>

namespace portolan {

// One line of user text for a reader, not a parser: a drawing's label, a
// terminal table cell, a comment in proposed settings. Line and paragraph
// breaks and tabs become one space (a name must never start a new row or
// config line), other control characters U+FFFD (a terminal must never see
// an escape sequence), and the invisible direction marks and overrides
// (U+202E ...) are dropped so nothing reorders or hides the text around
// them. Everything printable stays as it is; the output's own escaping
// (XML, CSV, Markdown) still applies on top. Header-only: every layer
// from the review to the drawing uses it.
inline QString displayLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool afterBreak = false; // a run of breaks gives one space
    for (char32_t cp : text.toUcs4()) {
        const bool lineBreak = cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\v' || cp == U'\f' ||
                               cp == 0x85 || cp == 0x2028 || cp == 0x2029;
        const bool direction = cp == 0x061c || cp == 0x200e || cp == 0x200f ||
                               (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
        if (direction)
            continue;
        if (lineBreak) {
            if (!afterBreak)
                out += u' ';
            afterBreak = true;
            continue;
        }
        afterBreak = false;
        if (QChar::category(cp) == QChar::Other_Control)
            out += QChar(0xfffd);
        else
            out += QString::fromUcs4(&cp, 1);
    }
    return out;
}

} // namespace portolan
