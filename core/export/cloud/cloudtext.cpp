#include "cloudtext.h"

#include "export/escape.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isUnsafe(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return c.isNonCharacter();
    }
}

// Keeps a hash of the original whenever the mapping lost information, so two
// ids that differ only in characters the target cannot spell stay distinct.
QString withHash(QString mapped, const QString &original, int maxChars, QChar joiner)
{
    const bool changed = mapped != original;
    if (!changed && mapped.size() <= maxChars)
        return mapped;
    const QString hash = Escape::shortHash(original);
    const int keep = qMax(0, maxChars - int(hash.size()) - 1);
    mapped.truncate(keep);
    while (!mapped.isEmpty() && (mapped.endsWith(joiner) || mapped.endsWith(u'.')))
        mapped.chop(1);
    return mapped.isEmpty() ? hash : mapped + joiner + hash;
}

} // namespace

QString CloudText::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool space = c.isSpace() || isUnsafe(c);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(ucs4) == QChar::Other_NotAssigned ||
                QChar::category(ucs4) == QChar::Other_PrivateUse || QChar::isNonCharacter(ucs4)) {
                ++i;
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace)
                out += u' ';
            pendingSpace = false;
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate())
            space = true; // a lone half of a pair
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString CloudText::truncate(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = qMax(0, maxChars - 3);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + u"..."_s;
}

QString CloudText::comment(const QString &text)
{
    return truncate(clean(text), 200);
}

QString CloudText::awsDescription(const QString &text, int maxChars)
{
    static const QString allowed = u" ._-:/()#,@[]+=&;{}!$*"_s;
    const QString decomposed = clean(text).normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        allowed.contains(c);
        out += ok ? c : u'_';
    }
    return truncate(out.simplified(), maxChars);
}

QString CloudText::label(const QString &text, int maxChars)
{
    QString mapped;
    for (const QChar c : text.toLower()) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (ok)
            mapped += c;
        else if (!mapped.endsWith(u'-'))
            mapped += u'-';
    }
    while (mapped.startsWith(u'-') || (!mapped.isEmpty() && mapped.at(0).isDigit()))
        mapped.remove(0, 1);
    while (mapped.endsWith(u'-'))
        mapped.chop(1);
    QString result = withHash(mapped, text, maxChars, u'-');
    if (result.isEmpty() || !result.at(0).isLetter())
        result.prepend(u"p-"_s); // names must start with a letter
    return result.left(maxChars);
}

QString CloudText::identifier(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        out += ok ? c : u'_';
    }
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u'_');
    return out;
}

QString CloudText::logicalId(const QString &text)
{
    QString out;
    bool upper = true;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!ok) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u'R');
    return out.left(200);
}

QString CloudText::azureName(const QString &text, int maxChars)
{
    QString mapped;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'_' || c == u'.' || c == u'-';
        mapped += ok ? c : u'-';
    }
    QString result = withHash(mapped, text, maxChars, u'-');
    while (!result.isEmpty() && !result.at(0).isLetterOrNumber())
        result.remove(0, 1);
    while (result.endsWith(u'-') || result.endsWith(u'.'))
        result.chop(1);
    return result.isEmpty() ? Escape::shortHash(text) : result;
}

} // namespace portolan
