#pragma once

#include <QString>
#include <QStringList>

namespace portolan {

// Text escaping and sanitising shared by every export target. User text
// (names, descriptions, ids) reaches generated files only through these, so
// a name holding quotes, newlines, `$(...)`, backticks, non-ASCII or 10 KB
// never breaks or changes a generated file.
//
// Two kinds of helper:
// - quoting (shellSingleQuote, powerShellSingleQuote, hclString,
//   yamlSingleQuote) keeps the text's meaning and makes it one inert literal;
// - sanitising (comment, slug) reduces text to a safe character set and caps
//   its length, for places whose syntax has no reliable quoting (iptables and
//   nftables comments, chain, set, zone and resource names).
class Escape
{
public:
    // Characters a sanitised comment may hold: letters, digits, space and
    // `._-:/()#,@+=`. A subset of every target's allowed set (AWS rule
    // descriptions allow a-zA-Z0-9 ._-:/()#,@[]+=&;{}!$*), and free of
    // anything a shell, nft, iptables-restore, XML, HCL or PowerShell string
    // gives meaning to (quotes, backslash, $, backtick, <, >, %, newline).
    static bool isCommentChar(QChar c);

    // One line of safe text at most `maxLength` characters long (> 3).
    // Accents are dropped (é -> e), whitespace runs (newlines included)
    // become one space, other characters become '_'; runs of '_' collapse.
    // Longer text is cut and ends with "..." so a reader sees it was cut.
    static QString comment(const QString &text, int maxLength);

    // An identifier: lower-case (unless keepCase) ASCII letters, digits and
    // `separator`, starting with a letter ("x" prepended otherwise), no
    // trailing or doubled separator, at most maxLength characters. Text cut
    // to fit, or changed at all when `markChanged`, ends with a separator and
    // 6 hex digits of the original's SHA-256 so distinct inputs stay distinct.
    struct SlugOptions
    {
        int maxLength = 63;
        QChar separator = u'-';
        bool keepCase = false;
        bool markChanged = false;
        QString fallback = QStringLiteral("x"); // for text with no usable character
    };
    static QString slug(const QString &text, const SlugOptions &options);
    static QString slug(const QString &text, int maxLength) { return slug(text, SlugOptions{maxLength}); }

    // Slugs for several texts at once, unique among themselves: on a clash
    // every clashing slug gets the hash suffix. Same order as `texts`.
    static QStringList uniqueSlugs(const QStringList &texts, const SlugOptions &options);

    // 'text' for POSIX shells: the whole text, one word, nothing expanded.
    static QString shellSingleQuote(const QString &text);
    // 'text' for PowerShell: ' and its typographic forms (U+2018..U+201B),
    // which PowerShell also treats as quotes, are doubled.
    static QString powerShellSingleQuote(const QString &text);
    // "text" for HCL (Terraform): JSON-style escapes plus $${ and %%{ so no
    // interpolation or template directive can start.
    static QString hclString(const QString &text);
    // 'text' for YAML flow scalars: one line (newlines become spaces), ' doubled.
    static QString yamlSingleQuote(const QString &text);

    // 6 lower-case hex digits of the UTF-8 SHA-256 of `text`.
    static QString shortHash(const QString &text);
};

} // namespace portolan
