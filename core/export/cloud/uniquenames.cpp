#include "uniquenames.h"

namespace portolan {

UniqueNames::UniqueNames(QString separator, int maxChars)
    : m_separator(std::move(separator)), m_maxChars(maxChars)
{
}

QString UniqueNames::take(const QString &base)
{
    QString name = base.left(m_maxChars);
    for (int n = 2; m_taken.contains(name); ++n) {
        const QString suffix = m_separator + QString::number(n);
        name = base.left(m_maxChars - int(suffix.size())) + suffix;
    }
    m_taken.insert(name);
    return name;
}

} // namespace portolan
