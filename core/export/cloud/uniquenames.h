#pragma once

#include <QSet>
#include <QString>

namespace portolan {

// Hands out names that are unique within one generated file (or one cloud
// project): a taken name gets "-2", "-3", ... and is cut first so the
// result still fits `maxChars`.
class UniqueNames
{
public:
    explicit UniqueNames(QString separator = QStringLiteral("-"), int maxChars = 63);
    QString take(const QString &base);
    bool contains(const QString &name) const { return m_taken.contains(name); }

private:
    QString m_separator;
    int m_maxChars;
    QSet<QString> m_taken;
};

} // namespace portolan
