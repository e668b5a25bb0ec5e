#include "hclwriter.h"

#include "export/escape.h"

using namespace Qt::StringLiterals;

namespace portolan {

void HclWriter::line(const QString &content)
{
    m_text += content.isEmpty() ? QString() : QString(m_indent * 2, u' ') + content;
    m_text += u'\n';
}

void HclWriter::flush()
{
    qsizetype width = 0;
    for (const auto &[name, value] : std::as_const(m_pending))
        width = qMax(width, name.size());
    for (const auto &[name, value] : std::as_const(m_pending))
        line(name.leftJustified(width, u' ') + u" = "_s + value);
    m_pending.clear();
}

void HclWriter::comment(const QString &text)
{
    flush();
    line(u"# "_s + text);
}

void HclWriter::blankLine()
{
    flush();
    if (!m_text.isEmpty() && !m_text.endsWith(u"\n\n"_s) && !m_text.endsWith(u"{\n"_s))
        line({});
}

void HclWriter::openBlock(const QString &header)
{
    flush();
    line(header + u" {"_s);
    ++m_indent;
}

void HclWriter::openObject(const QString &name)
{
    flush();
    line(name + u" = {"_s);
    ++m_indent;
}

void HclWriter::close()
{
    flush();
    if (m_text.endsWith(u"\n\n"_s))
        m_text.chop(1); // fmt drops a blank line before a closing brace
    --m_indent;
    line(u"}"_s);
}

void HclWriter::attribute(const QString &name, const QString &expression)
{
    m_pending.append({name, expression});
}

void HclWriter::requiredProvider(const QString &name, const QString &source, const QString &version)
{
    openBlock(u"terraform"_s);
    openBlock(u"required_providers"_s);
    openObject(name);
    attribute(u"source"_s, Escape::hclString(source));
    attribute(u"version"_s, Escape::hclString(version));
    close();
    close();
    close();
}

QString HclWriter::text()
{
    flush();
    return m_text;
}

QString HclWriter::list(const QStringList &expressions)
{
    return u'[' + expressions.join(u", "_s) + u']';
}

QString HclWriter::stringList(const QStringList &strings)
{
    QStringList quoted;
    for (const QString &s : strings)
        quoted.append(Escape::hclString(s));
    return list(quoted);
}

} // namespace portolan
