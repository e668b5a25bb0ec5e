#pragma once

#include <QList>

#include <algorithm>
#include <utility>

namespace portolan {

// The value types used: ports and protocol numbers, and addresses as a
// 128-bit number (IPv4 in the low 32 bits). Declared before the template:
// built-in types have no argument-dependent lookup.
__extension__ typedef unsigned __int128 AddressValue;
inline int intervalNext(int v)
{
    return v + 1;
}
inline int intervalPrev(int v)
{
    return v - 1;
}
inline AddressValue intervalNext(AddressValue v)
{
    return v + 1;
}
inline AddressValue intervalPrev(AddressValue v)
{
    return v - 1;
}

// A set of values of an ordered type with a successor (ports, protocol
// numbers, 128-bit addresses) kept as sorted, disjoint, non-adjacent closed
// intervals. Union, intersection and difference are exact, so "what does
// this rule admit beyond the plan" is computed, never estimated. T needs
// <, == and the free functions intervalNext(T) / intervalPrev(T).
template <typename T> class IntervalSet
{
public:
    using Interval = std::pair<T, T>; // inclusive

    IntervalSet() = default;
    IntervalSet(T from, T to) { add(from, to); }
    static IntervalSet of(const QList<Interval> &intervals)
    {
        IntervalSet s;
        for (const Interval &i : intervals)
            s.add(i.first, i.second);
        return s;
    }

    const QList<Interval> &intervals() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }
    bool contains(T value) const
    {
        for (const Interval &i : m_list)
            if (!(value < i.first) && !(i.second < value))
                return true;
        return false;
    }

    void add(T from, T to)
    {
        if (to < from)
            return;
        m_list.append({from, to});
        normalise();
    }

    IntervalSet united(const IntervalSet &o) const
    {
        IntervalSet s = *this;
        s.m_list.append(o.m_list);
        s.normalise();
        return s;
    }

    IntervalSet intersected(const IntervalSet &o) const
    {
        IntervalSet s;
        qsizetype a = 0;
        qsizetype b = 0;
        while (a < m_list.size() && b < o.m_list.size()) {
            const Interval &x = m_list[a];
            const Interval &y = o.m_list[b];
            const T from = x.first < y.first ? y.first : x.first;
            const T to = x.second < y.second ? x.second : y.second;
            if (!(to < from))
                s.m_list.append({from, to});
            if (x.second < y.second)
                ++a;
            else
                ++b;
        }
        return s;
    }

    IntervalSet subtracted(const IntervalSet &o) const
    {
        IntervalSet s;
        for (Interval x : m_list) {
            bool alive = true;
            for (const Interval &y : o.m_list) {
                if (y.second < x.first)
                    continue;
                if (x.second < y.first)
                    break;
                if (x.first < y.first)
                    s.m_list.append({x.first, intervalPrev(y.first)});
                if (y.second < x.second) {
                    x.first = intervalNext(y.second);
                } else {
                    alive = false;
                    break;
                }
            }
            if (alive)
                s.m_list.append(x);
        }
        return s;
    }

    bool isSubsetOf(const IntervalSet &o) const { return subtracted(o).isEmpty(); }
    bool intersects(const IntervalSet &o) const { return !intersected(o).isEmpty(); }

    friend bool operator==(const IntervalSet &, const IntervalSet &) = default;

private:
    // Sorted by start; overlapping or adjacent intervals merged.
    void normalise()
    {
        std::sort(m_list.begin(), m_list.end(),
                  [](const Interval &a, const Interval &b) { return a.first < b.first; });
        QList<Interval> out;
        for (const Interval &i : m_list) {
            if (!out.isEmpty()) {
                Interval &last = out.last();
                if (!(last.second < i.first) || intervalNext(last.second) == i.first) {
                    if (last.second < i.second)
                        last.second = i.second;
                    continue;
                }
            }
            out.append(i);
        }
        m_list = out;
    }

    QList<Interval> m_list;
};

} // namespace portolan
