#include "yamlwriter.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The two-character escapes of a double-quoted scalar, or null where the
// character has none.
const char16_t *shortEscape(char16_t c)
{
    static constexpr std::array<std::pair<char16_t, const char16_t *>, 5> escapes{{
        {u'"', u"\\\""},
        {u'\\', u"\\\\"},
        {u'\n', u"\\n"},
        {u'\t', u"\\t"},
        {u'\r', u"\\r"},
    }};
    for (const auto &[from, to] : escapes)
        if (from == c)
            return to;
    return nullptr;
}

} // namespace

QString YamlWriter::scalar(const QString &value)
{
    // Plain only for text that every YAML reader (1.1 and 1.2) takes as this
    // same string: no indicators, no "key: value" look, not a bool/null word,
    // not a number, sexagesimal or timestamp. Addresses such as 192.0.2.1 and
    // 192.0.2.1:9000 stay plain; "8000" or "10:30" get quotes.
    static const QRegularExpression plain(
        u"^[A-Za-z0-9_/.][A-Za-z0-9 _./:()+@=-]*$"_s); // no flow indicators: scalars also go in [a, b]
    static const QRegularExpression special(u"^(true|false|yes|no|on|off|y|n|null|~|\\.inf|\\.nan)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numberLike(
        u"^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?([eE][-+]?[0-9]+"
        u")?"
        "|\\.[0-9_]+([eE][-+]?[0-9]+)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$"_s);
    const bool isPlain = plain.match(value).hasMatch() && !special.match(value).hasMatch() &&
                         !numberLike.match(value).hasMatch() && !value.contains(u": "_s) &&
                         !value.endsWith(u':') && !value.endsWith(u' ') && !value.contains(u" #"_s);
    if (isPlain)
        return value;
    QString quoted = u"\""_s;
    for (const QChar c : value) {
        if (const char16_t *escape = shortEscape(c.unicode()))
            quoted += QString::fromUtf16(escape);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028 ||
                 c.unicode() == 0x2029 || c.unicode() == 0xfeff)
            quoted += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            quoted += c;
    }
    return quoted + u'"';
}

QString YamlWriter::number(double value)
{
    // Fixed notation: YAML 1.1 readers (PyYAML) take "1e+06" for a string.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

void YamlWriter::line(const QString &content)
{
    if (m_itemPending) {
        m_text += QString(m_indent - 2, u' ') + u"- "_s + content + u'\n';
        m_itemPending = false;
    } else {
        m_text += QString(m_indent, u' ') + content + u'\n';
    }
}

void YamlWriter::key(const QString &key, const QString &rawValue)
{
    line(key + u": "_s + rawValue);
}

void YamlWriter::string(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        this->key(key, scalar(value));
}

void YamlWriter::requiredString(const QString &key, const QString &value)
{
    this->key(key, scalar(value));
}
void YamlWriter::integer(const QString &key, long long value)
{
    this->key(key, QString::number(value));
}
void YamlWriter::boolean(const QString &key, bool value)
{
    this->key(key, value ? u"true"_s : u"false"_s);
}

void YamlWriter::flowList(const QString &key, const QStringList &rawItems)
{
    if (!rawItems.isEmpty())
        this->key(key, u'[' + rawItems.join(u", "_s) + u']');
}

void YamlWriter::stringList(const QString &key, const QStringList &items)
{
    if (items.isEmpty())
        return;
    QStringList raw;
    for (const QString &item : items)
        raw.append(scalar(item));
    flowList(key, raw);
}

void YamlWriter::beginMap(const QString &key)
{
    line(key + u':');
    m_indent += 2;
}

void YamlWriter::endMap()
{
    m_indent -= 2;
}

void YamlWriter::beginList(const QString &key)
{
    line(key + u':');
    m_indent += 4;
}

void YamlWriter::comment(const QString &text)
{
    Q_ASSERT(!m_itemPending);
    m_text += QString(m_indent, u' ') + u"# "_s + text + u'\n';
}

void YamlWriter::beginItem()
{
    m_itemPending = true;
}

void YamlWriter::endList()
{
    m_indent -= 4;
    m_itemPending = false;
}

} // namespace portolan
