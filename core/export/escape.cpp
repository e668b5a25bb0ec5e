#include "escape.h"

#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Decomposes accented letters so that the base letter survives (é -> e + ◌́)
// and drops the combining marks.
QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool Escape::isCommentChar(QChar c)
{
    static const QString extra = u" ._-:/()#,@+="_s;
    return isAsciiAlnum(c) || extra.contains(c);
}

QString Escape::comment(const QString &text, int maxLength)
{
    maxLength = std::max(maxLength, 4);
    const QString plain = withoutAccents(text);
    QString out;
    out.reserve(std::min<qsizetype>(plain.size(), maxLength + 1));
    for (QChar c : plain) {
        QChar mapped = c;
        if (c.isSpace() || c.category() == QChar::Other_Control)
            mapped = u' ';
        else if (!isCommentChar(c))
            mapped = u'_';
        // Collapse runs so that hostile text cannot pad a comment out.
        if ((mapped == u' ' || mapped == u'_') && !out.isEmpty() && out.back() == mapped)
            continue;
        if (mapped == u' ' && out.isEmpty())
            continue;
        out.append(mapped);
        if (out.size() > maxLength + 1)
            break; // enough to know it must be cut
    }
    out = out.trimmed();
    if (out.size() > maxLength) {
        out.truncate(maxLength - 3);
        while (!out.isEmpty() && (out.back() == u' ' || out.back() == u'_'))
            out.chop(1);
        out += u"..."_s;
    }
    return out;
}

QString Escape::slug(const QString &text, const SlugOptions &options)
{
    const int maxLength = std::max(options.maxLength, 1);
    const QChar sep = options.separator;
    QString out;
    for (QChar c : withoutAccents(text)) {
        if (isAsciiAlnum(c)) {
            out.append(options.keepCase ? c : c.toLower());
        } else if (!out.isEmpty() && out.back() != sep) {
            out.append(sep);
        }
    }
    while (!out.isEmpty() && out.back() == sep)
        out.chop(1);
    if (out.isEmpty())
        out = options.fallback;
    if (!out.front().isLetter())
        out.prepend(u'x');
    const bool changed = out != text;
    if (out.size() > maxLength || (options.markChanged && changed)) {
        const QString suffix = QString(sep) + shortHash(text);
        if (maxLength <= suffix.size() + 1)
            return out.left(maxLength);
        out.truncate(maxLength - suffix.size());
        while (out.back() == sep)
            out.chop(1);
        out += suffix;
    }
    return out;
}

QStringList Escape::uniqueSlugs(const QStringList &texts, const SlugOptions &options)
{
    QStringList slugs;
    QHash<QString, int> uses;
    for (const QString &t : texts) {
        slugs.append(slug(t, options));
        ++uses[slugs.back()];
    }
    SlugOptions marked = options;
    marked.markChanged = true;
    for (qsizetype i = 0; i < slugs.size(); ++i) {
        if (uses.value(slugs[i]) > 1)
            slugs[i] = slug(texts[i] + u'\n' + QString::number(i), marked);
    }
    return slugs;
}

QString Escape::shellSingleQuote(const QString &text)
{
    QString body = text;
    body.remove(QChar(u'\0')); // no shell word can hold NUL
    body.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + body + u'\'';
}

QString Escape::powerShellSingleQuote(const QString &text)
{
    QString out = u"'"_s;
    for (QChar c : text) {
        if (c == u'\0')
            continue;
        out.append(c);
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
            c == QChar(0x201B))
            out.append(c);
    }
    return out + u'\'';
}

QString Escape::hclString(const QString &text)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029))
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else if ((c == u'$' || c == u'%') && next == u'{')
            out += QString(c) + c; // $${ and %%{ are literal
        else
            out += c;
    }
    return out + u'"';
}

QString Escape::yamlSingleQuote(const QString &text)
{
    QString out = u"'"_s;
    for (char32_t cp : text.toUcs4()) {
        if (cp == U'\'')
            out += u"''"_s;
        else if (cp != U' ' && !QChar::isPrint(cp))
            out += u' '; // YAML forbids control characters; line breaks would end the scalar
        else
            out += QString::fromUcs4(&cp, 1);
    }
    return out + u'\'';
}

QString Escape::shortHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(6));
}

} // namespace portolan
