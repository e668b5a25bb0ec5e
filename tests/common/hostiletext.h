#pragma once

// The hostile user texts every escaping test draws from: the exporters'
// escaping helpers (tests/export-host/tst_escape.cpp) and the outputs that
// are not exporters (tests/render: drawing, CLI tables, proposed settings,
// port matrix). Header-only so any test folder can include it.
#include <QString>
#include <QStringList>

namespace portolan::test {

class HostileText
{
public:
    // Quotes, shell and template expansion, backslash, newline, tab,
    // non-ASCII and a right-to-left override in one string.
    static QString mixed()
    {
        return QStringLiteral("a'b\"c $(id) `id` ${x} %{y} \\ \n\tnew line \u00e9\u2019 \u202e end");
    }

    // One text per way of breaking an output: markup, CDATA ends, row and
    // cell separators, line breaks that fake a config line or a table row,
    // command substitution, control characters (no NUL) and direction
    // overrides. `mixed()` is the first.
    static QStringList all()
    {
        return {
            mixed(),
            QStringLiteral("Kong \"A\" 'quoted' & <b>bold</b>"),
            QStringLiteral("<script>alert('x')</script><svg onload=alert(1)>"),
            QStringLiteral("end ]]> <![CDATA[ x ]]> <!-- -->"),
            QStringLiteral("first\nadmin_listen = 0.0.0.0:8001\nrtc:\n  node_ip: 6.6.6.6"),
            QStringLiteral("cell | cell | ---|--- \r\n| injected | row |"),
            QStringLiteral("$(rm -rf /) `rm -rf /` ; rm -rf / #"),
            QStringLiteral("ctl\u0001\u0007\u001b[31mred\u001b[0m\u007f\u0085\u2028\u2029\u000b\u000c end"),
            QStringLiteral("rtl \u202egnp.exe\u202c \u2066iso\u2069 \u200f"),
            QStringLiteral("=HYPERLINK(\"http://x\") ,\"a,b\" +1 -1 @x"),
            QStringLiteral("*bold* _it_ [link](http://x) ![i](x) # head ~~s~~ `code`"),
        };
    }
};

} // namespace portolan::test
