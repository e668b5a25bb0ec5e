#include "obstaclegrid.h"

#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

int cellOf(qreal v, qreal origin, qreal cell, int count)
{
    return std::clamp(int(std::floor((v - origin) / cell)), 0, count - 1);
}

} // namespace

ObstacleGrid::ObstacleGrid(QList<Obstacle> obstacles, qreal cellSize)
    : m_obstacles(std::move(obstacles)), m_cell(cellSize)
{
    for (const Obstacle &o : std::as_const(m_obstacles))
        m_bounds |= o.rect;
    if (m_obstacles.isEmpty() || m_bounds.isEmpty())
        return;
    // Guard against a drawing spread so wide that the grid would be huge:
    // coarser cells then, never more than 512 × 512.
    m_cell = std::max({m_cell, m_bounds.width() / 512, m_bounds.height() / 512});
    m_cols = int(std::floor(m_bounds.width() / m_cell)) + 1;
    m_rows = int(std::floor(m_bounds.height() / m_cell)) + 1;
    m_cells.resize(std::size_t(m_cols) * std::size_t(m_rows));
    for (int i = 0; i < m_obstacles.size(); ++i) {
        const QRectF &r = m_obstacles[i].rect;
        const auto [c0, c1] = columns(r.left(), r.right());
        const auto [r0, r1] = rows(r.top(), r.bottom());
        for (int row = r0; row <= r1; ++row)
            for (int c = c0; c <= c1; ++c)
                m_cells[std::size_t(row * m_cols + c)].push_back(i);
    }
}

ObstacleGrid::ObstacleGrid(const QRectF &bounds, qreal cellSize) : m_bounds(bounds), m_cell(cellSize)
{
    if (m_bounds.isEmpty())
        return;
    m_cell = std::max({m_cell, m_bounds.width() / 512, m_bounds.height() / 512});
    m_cols = int(std::floor(m_bounds.width() / m_cell)) + 1;
    m_rows = int(std::floor(m_bounds.height() / m_cell)) + 1;
    m_cells.resize(std::size_t(m_cols) * std::size_t(m_rows));
}

void ObstacleGrid::insert(const Obstacle &obstacle)
{
    if (m_cols == 0)
        return;
    const int i = int(m_obstacles.size());
    m_obstacles.append(obstacle);
    const QRectF &r = obstacle.rect;
    m_spilled |= !m_bounds.contains(r);
    const auto [c0, c1] = columns(r.left(), r.right());
    const auto [r0, r1] = rows(r.top(), r.bottom());
    for (int row = r0; row <= r1; ++row)
        for (int c = c0; c <= c1; ++c)
            m_cells[std::size_t(row * m_cols + c)].push_back(i);
}

std::pair<int, int> ObstacleGrid::columns(qreal left, qreal right) const
{
    return {cellOf(left, m_bounds.left(), m_cell, m_cols), cellOf(right, m_bounds.left(), m_cell, m_cols)};
}

std::pair<int, int> ObstacleGrid::rows(qreal top, qreal bottom) const
{
    return {cellOf(top, m_bounds.top(), m_cell, m_rows), cellOf(bottom, m_bounds.top(), m_cell, m_rows)};
}

} // namespace portolan
