#pragma once

#include "model/elements.h"

#include <QLineF>
#include <QList>
#include <QRectF>

#include <vector>

namespace portolan {

// The element cards a flow path must not run through or put its label on,
// bucketed in a uniform grid so that a path asks only the cards near it.
// A flat scan asked every card for every path: at 1,000 nodes (5,000 paths)
// that alone was about 60 ms per plan update.
class ObstacleGrid
{
public:
    struct Obstacle
    {
        ElementId id;
        QRectF rect;
    };

    explicit ObstacleGrid(QList<Obstacle> obstacles = {}, qreal cellSize = 160);
    // An empty grid over `bounds` that grows by insert(): the labels placed
    // so far in one pass, so the next one can keep off them.
    ObstacleGrid(const QRectF &bounds, qreal cellSize);
    // Adds one; a rect outside the bounds goes to the nearest cells and is
    // still found (the bounds then stop cutting searches short).
    void insert(const Obstacle &obstacle);

    const QList<Obstacle> &obstacles() const { return m_obstacles; }

    // True when `test` holds for some obstacle whose rect may meet `rect`.
    // An obstacle can be offered more than once; `test` decides.
    template <typename Test> bool anyNear(const QRectF &rect, Test test) const
    {
        if (m_cols == 0 || (!m_spilled && !rect.intersects(m_bounds)))
            return false;
        const auto [c0, c1] = columns(rect.left(), rect.right());
        const auto [r0, r1] = rows(rect.top(), rect.bottom());
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                for (int i : m_cells[std::size_t(r * m_cols + c)])
                    if (test(m_obstacles[i]))
                        return true;
        return false;
    }

    // The same for every cell the line passes within `margin` of.
    template <typename Test> bool anyAlong(const QLineF &line, qreal margin, Test test) const
    {
        if (m_cols == 0)
            return false;
        const QRectF span =
            QRectF(line.p1(), line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
        if (!m_spilled && !span.intersects(m_bounds))
            return false;
        const auto [r0, r1] = rows(span.top(), span.bottom());
        for (int r = r0; r <= r1; ++r) {
            // Where the line is while it crosses this row of cells.
            const qreal top = m_bounds.top() + r * m_cell - margin;
            const qreal bottom = top + m_cell + 2 * margin;
            qreal x0 = span.left(), x1 = span.right();
            if (!qFuzzyIsNull(line.dy())) {
                const qreal ta = std::clamp((top - line.y1()) / line.dy(), 0.0, 1.0);
                const qreal tb = std::clamp((bottom - line.y1()) / line.dy(), 0.0, 1.0);
                x0 = std::min(line.x1() + ta * line.dx(), line.x1() + tb * line.dx()) - margin;
                x1 = std::max(line.x1() + ta * line.dx(), line.x1() + tb * line.dx()) + margin;
            }
            const auto [c0, c1] = columns(x0, x1);
            for (int c = c0; c <= c1; ++c)
                for (int i : m_cells[std::size_t(r * m_cols + c)])
                    if (test(m_obstacles[i]))
                        return true;
        }
        return false;
    }

private:
    std::pair<int, int> columns(qreal left, qreal right) const;
    std::pair<int, int> rows(qreal top, qreal bottom) const;

    QList<Obstacle> m_obstacles;
    QRectF m_bounds;
    qreal m_cell;
    int m_cols = 0;
    int m_rows = 0;
    bool m_spilled = false;                // some inserted rect lies outside m_bounds
    std::vector<std::vector<int>> m_cells; // row-major indexes into m_obstacles
};

} // namespace portolan
