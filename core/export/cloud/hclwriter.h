#pragma once

#include <QString>
#include <QStringList>

namespace portolan {

// Writes Terraform in exactly the layout `terraform fmt` produces (two-space
// indent, `=` aligned within a run of one-line attributes), so generated
// files pass `terraform fmt -check` and diff cleanly after a user's fmt.
// Values are raw HCL expressions: callers quote strings with
// Escape::hclString.
class HclWriter
{
public:
    void comment(const QString &text); // "# text" (caller makes it one line)
    void blankLine();
    void openBlock(const QString &header); // e.g. resource "aws_security_group" "web"
    void openObject(const QString &name);  // name = {
    void close();
    void attribute(const QString &name, const QString &expression);
    // terraform { required_providers { name = { source, version } } }
    void requiredProvider(const QString &name, const QString &source, const QString &version);

    QString text();

    static QString list(const QStringList &expressions); // ["a", "b"]
    static QString stringList(const QStringList &strings);

private:
    void flush();
    void line(const QString &content);
    int m_indent = 0;
    QList<QPair<QString, QString>> m_pending;
    QString m_text;
};

} // namespace portolan
