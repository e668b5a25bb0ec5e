#include "exporthighlighter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QTextCharFormat charFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

// One palette for every language, so a keyword looks the same in nft and HCL.
const QColor Keyword(0x1f, 0x4e, 0x99);
const QColor String(0x2e, 0x7d, 0x32);
const QColor Comment(0x80, 0x80, 0x80);
const QColor Number(0x9c, 0x27, 0xb0);
const QColor Name(0xa0, 0x52, 0x00);
const QColor Variable(0x00, 0x79, 0x8b);

const auto DoubleQuoted = uR"("(?:[^"\\]|\\.)*")"_s;
const auto SingleQuoted = uR"('[^']*')"_s;
const auto Numbers = uR"(\b\d+(?:[.:/-]\d+)*\b)"_s;

} // namespace

ExportHighlighter::ExportHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
}

ExportHighlighter::Language ExportHighlighter::languageFor(const QString &path)
{
    const QString name = path.section(u'/', -1).toLower();
    auto ends = [&](std::initializer_list<QString> suffixes) {
        return std::any_of(suffixes.begin(), suffixes.end(),
                           [&](const QString &s) { return name.endsWith(s); });
    };
    if (ends({u".nft"_s}))
        return Language::Nft;
    if (ends({u".tf"_s, u".hcl"_s}))
        return Language::Hcl;
    if (ends({u".yaml"_s, u".yml"_s}))
        return Language::Yaml;
    if (ends({u".json"_s}))
        return Language::Json;
    if (ends({u".csv"_s}))
        return Language::Csv;
    if (ends({u".md"_s}))
        return Language::Markdown;
    if (ends({u".xml"_s, u".html"_s, u".htm"_s}))
        return Language::Markup;
    if (ends({u".sh"_s, u".ps1"_s, u".conf"_s, u".rules"_s, u".v4"_s, u".v6"_s}))
        return Language::Shell;
    return Language::Plain;
}

void ExportHighlighter::add(const QString &pattern, const QTextCharFormat &f,
                            QRegularExpression::PatternOptions options)
{
    m_rules.append({QRegularExpression(pattern, options), f});
}

void ExportHighlighter::setLanguage(Language language)
{
    if (language == m_language && !m_rules.isEmpty())
        return;
    m_language = language;
    m_rules.clear();
    // Later rules paint over earlier ones: names and numbers first, then
    // strings, comments last (a quote inside a comment stays a comment).
    switch (language) {
    case Language::Plain:
        break;
    case Language::Shell:
        add(Numbers, charFormat(Number));
        add(uR"((?:^|\s)(--?[A-Za-z][\w-]*))"_s, charFormat(Name));
        add(uR"(\b(?:if|then|else|elif|fi|for|in|do|done|case|esac|set|exit|function|return|echo|sudo|ufw|iptables|ip6tables|iptables-restore|firewall-cmd|pfctl|New-NetFirewallRule|Remove-NetFirewallRule|ACCEPT|DROP|REJECT|RETURN|COMMIT|pass|block|quick|proto|from|to|port|allow|deny|keep|state|table)\b)"_s,
            charFormat(Keyword, true));
        add(uR"(^[*:]\w+)"_s, charFormat(Keyword, true)); // iptables-restore tables and chains
        add(uR"(\$\{?[A-Za-z_][\w]*\}?)"_s, charFormat(Variable));
        add(DoubleQuoted, charFormat(String));
        add(SingleQuoted, charFormat(String));
        add(uR"((?:^|\s)#.*$)"_s, charFormat(Comment, false, true));
        break;
    case Language::Nft:
        add(Numbers, charFormat(Number));
        add(uR"(\b(?:table|chain|type|hook|priority|policy|accept|drop|reject|counter|ct|state|established|related|invalid|tcp|udp|dport|sport|saddr|daddr|ip|ip6|inet|iif|oif|iifname|oifname|set|elements|flush|add|define|log|jump|goto|return|meta|l4proto|redirect|dnat|snat|masquerade|filter|nat|input|output|forward|prerouting|postrouting)\b)"_s,
            charFormat(Keyword, true));
        add(uR"(\$[\w]+|@[\w]+)"_s, charFormat(Variable));
        add(DoubleQuoted, charFormat(String));
        add(uR"(#.*$)"_s, charFormat(Comment, false, true));
        break;
    case Language::Hcl:
        add(Numbers, charFormat(Number));
        add(uR"(^\s*([\w-]+)(?=\s*=))"_s, charFormat(Name));
        add(uR"(^\s*(?:resource|variable|output|provider|terraform|locals|data|module|dynamic|content)\b)"_s,
            charFormat(Keyword, true));
        add(uR"(\b(?:true|false|null)\b)"_s, charFormat(Keyword));
        add(DoubleQuoted, charFormat(String));
        add(uR"(\$\{[^}]*\})"_s, charFormat(Variable));
        add(uR"((?:#|//).*$)"_s, charFormat(Comment, false, true));
        break;
    case Language::Yaml:
        add(Numbers, charFormat(Number));
        add(uR"(^\s*(?:-\s+)?([\w./-]+)(?=:(?:\s|$)))"_s, charFormat(Name));
        add(uR"(\b(?:true|false|null|yes|no)\b)"_s, charFormat(Keyword));
        add(uR"(^---$|!\w+)"_s, charFormat(Keyword, true));
        add(DoubleQuoted, charFormat(String));
        add(SingleQuoted, charFormat(String));
        add(uR"((?:^|\s)#.*$)"_s, charFormat(Comment, false, true));
        break;
    case Language::Json:
        add(Numbers, charFormat(Number));
        add(uR"(\b(?:true|false|null)\b)"_s, charFormat(Keyword));
        add(DoubleQuoted, charFormat(String));
        add(DoubleQuoted + uR"((?=\s*:))"_s, charFormat(Name));
        break;
    case Language::Csv:
        add(uR"(,)"_s, charFormat(Comment, true));
        add(DoubleQuoted, charFormat(String));
        break;
    case Language::Markdown:
        add(uR"(\|)"_s, charFormat(Comment, true));
        add(uR"(^\s*(?:[-*]|\d+\.)\s)"_s, charFormat(Keyword, true));
        add(uR"(\*\*[^*]+\*\*)"_s, charFormat(Name, true));
        add(uR"(\[[^\]]*\]\([^)]*\))"_s, charFormat(Variable));
        add(uR"(`[^`]*`)"_s, charFormat(String));
        add(uR"(^#{1,6}\s.*$)"_s, charFormat(Keyword, true));
        break;
    case Language::Markup:
        add(uR"(</?[\w:-]+|/?>)"_s, charFormat(Keyword, true));
        add(uR"(\b[\w:-]+(?==))"_s, charFormat(Name));
        add(DoubleQuoted, charFormat(String));
        add(uR"(<!--.*?-->)"_s, charFormat(Comment, false, true));
        break;
    }
    rehighlight();
}

void ExportHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::Csv && currentBlock().blockNumber() == 0) {
        setFormat(0, int(text.size()), charFormat(Keyword, true)); // the header row
        return;
    }
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // A rule with a group colours the group only (the option after
            // whitespace, the key before "=").
            const int group = m.lastCapturedIndex() >= 1 ? 1 : 0;
            setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), rule.format);
        }
    }
}

} // namespace portolan
