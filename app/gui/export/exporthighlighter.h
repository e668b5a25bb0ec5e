#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace portolan {

// Colours the preview of a generated file. One small rule list per family
// of formats: enough to tell keywords, strings, comments and numbers apart
// at a glance, not a parser. The language follows the file name.
class ExportHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language
    {
        Plain,
        Shell,
        Nft,
        Hcl,
        Yaml,
        Json,
        Csv,
        Markdown,
        Markup
    };
    Q_ENUM(Language)

    explicit ExportHighlighter(QTextDocument *document);

    // Shell for scripts, iptables-restore, pf and PowerShell files; Nft for
    // .nft; Hcl for .tf; then YAML, JSON, CSV, Markdown, XML/HTML.
    static Language languageFor(const QString &path);
    Language language() const { return m_language; }
    void setLanguage(Language language);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    void add(const QString &pattern, const QTextCharFormat &format,
             QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

    Language m_language = Language::Plain;
    QList<Rule> m_rules;
};

} // namespace portolan
