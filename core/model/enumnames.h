#pragma once

#include <QString>

#include <array>
#include <utility>

namespace portolan::detail {

// One table per enum serves both directions, so a name cannot be added to
// the writer and forgotten in the reader.
template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename E, std::size_t N>
bool parseName(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &text, E *out)
{
    for (const auto &[e, name] : table) {
        if (text == QString::fromUtf16(name)) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace portolan::detail
