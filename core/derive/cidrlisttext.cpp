#include "cidrlisttext.h"

#include <QStringList>

namespace portolan {

namespace {
// Short lists cost less to format than to look up.
constexpr qsizetype MemoFrom = 8;
} // namespace

QString CidrListText::join(const CidrList &cidrs, QChar separator)
{
    QStringList parts;
    parts.reserve(cidrs.size());
    for (const Cidr &cidr : cidrs)
        parts.append(cidr.toString());
    return parts.join(separator);
}

QString CidrListText::operator()(const CidrList &cidrs, QChar separator)
{
    if (cidrs.size() < MemoFrom)
        return join(cidrs, separator);
    const Key key{cidrs.constData(), cidrs.size(), separator.unicode()};
    auto it = m_memo.constFind(key);
    if (it == m_memo.cend())
        it = m_memo.insert(key, join(cidrs, separator));
    return *it;
}

} // namespace portolan
