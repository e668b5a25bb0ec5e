#include "drawinglayout.h"

#include "layout/autolayout.h"

#include <QMap>

namespace portolan {

namespace {

class LayoutBuilder
{
public:
    explicit LayoutBuilder(const Project &p) : m_p(p)
    {
        for (const Zone &z : p.zones)
            m_children[p.zone(z.parent) ? z.parent : ElementId()].append(z.id);
        auto addElement = [&](const ElementId &id, const ElementId &zone) {
            m_children[p.zone(zone) ? zone : ElementId()].append(id);
        };
        for (const Node &n : p.nodes)
            addElement(n.id, n.zone);
        for (const LoadBalancer &lb : p.loadBalancers)
            addElement(lb.id, lb.zone);
        for (const NatLayer &n : p.natLayers)
            addElement(n.id, n.outside);
        for (const Firewall &f : p.firewalls)
            addElement(f.id, f.outside);
        for (const Client &c : p.clients)
            addElement(c.id, c.zone);
    }

    QHash<ElementId, QRectF> run()
    {
        // Top level: placed zones where they are, the rest below them.
        QRectF placed;
        QStringList loose;
        for (const ElementId &id : m_children.value(ElementId())) {
            const auto pos = positionOf(id);
            if (pos) {
                place(id, *pos, true);
                placed |= m_rects.value(id);
            } else {
                loose.append(id);
            }
        }
        const QPointF origin = placed.isNull()
                                   ? QPointF(0, 0)
                                   : QPointF(placed.left(), placed.bottom() + 2 * DrawingLayout::Gap);
        flow(loose, origin, std::max<qreal>(placed.width(), 1200), {}, false);
        return m_rects;
    }

private:
    std::optional<QPointF> positionOf(const ElementId &id) const
    {
        if (const Zone *z = m_p.zone(id))
            return z->placement.position;
        if (const Node *n = m_p.node(id))
            return n->placement.position;
        if (const LoadBalancer *lb = m_p.loadBalancer(id))
            return lb->placement.position;
        if (const NatLayer *n = m_p.natLayer(id))
            return n->placement.position;
        if (const Firewall *f = m_p.firewall(id))
            return f->placement.position;
        if (const Client *c = m_p.client(id))
            return c->placement.position;
        return std::nullopt;
    }

    // Size of a zone or element, independent of where it goes.
    QSizeF measure(const ElementId &id, bool placedParent)
    {
        const Zone *z = m_p.zone(id);
        if (!z)
            return {DrawingLayout::ElementWidth, DrawingLayout::ElementHeight};
        if (z->placement.size)
            return *z->placement.size;
        const bool placed = placedParent && z->placement.position;
        const QStringList kids = m_children.value(id);
        qreal rowWidth = 0, rowHeight = 0, width = 0, height = 0;
        const qreal limit = flowLimit(kids, placed);
        QRectF absolute;
        for (const ElementId &kid : kids) {
            const QSizeF s = measure(kid, placed);
            if (placed && positionOf(kid)) {
                absolute |= QRectF(*positionOf(kid) - *z->placement.position, s);
                continue;
            }
            if (rowWidth > 0 && rowWidth + s.width() > limit) {
                height += rowHeight + DrawingLayout::Gap;
                rowWidth = rowHeight = 0;
            }
            rowWidth += s.width() + DrawingLayout::Gap;
            rowHeight = std::max(rowHeight, s.height());
            width = std::max(width, rowWidth - DrawingLayout::Gap);
        }
        height += rowHeight;
        QSizeF size(std::max<qreal>(width + 2 * DrawingLayout::Padding, 200),
                    std::max<qreal>(height + DrawingLayout::Header + DrawingLayout::Padding, 90));
        if (!absolute.isNull())
            size = size.expandedTo(
                {absolute.right() + DrawingLayout::Padding, absolute.bottom() + DrawingLayout::Padding});
        return size;
    }

    qreal flowLimit(const QStringList &kids, bool placed)
    {
        qreal widest = 0;
        int flowing = 0;
        for (const ElementId &kid : kids) {
            if (placed && positionOf(kid))
                continue;
            widest = std::max(widest, measure(kid, placed).width());
            ++flowing;
        }
        const int columns = std::min(flowing, 3);
        return std::max(widest,
                        columns * (DrawingLayout::ElementWidth + DrawingLayout::Gap) - DrawingLayout::Gap);
    }

    void place(const ElementId &id, QPointF topLeft, bool placedParent)
    {
        const QSizeF size = measure(id, placedParent);
        m_rects.insert(id, QRectF(topLeft, size));
        if (!m_p.zone(id))
            return;
        const bool placed = placedParent && positionOf(id);
        QStringList flowing;
        QList<QRectF> taken;
        for (const ElementId &kid : m_children.value(id)) {
            if (placed && positionOf(kid)) {
                place(kid, *positionOf(kid), true);
                taken.append(m_rects.value(kid));
            } else {
                flowing.append(kid);
            }
        }
        const QPointF origin = topLeft + QPointF(DrawingLayout::Padding, DrawingLayout::Header);
        const qreal limit = std::max(flowLimit(flowing, placed), size.width() - 2 * DrawingLayout::Padding);
        flow(flowing, origin, limit, taken, placed);
    }

    // Rows from `origin`, wrapping at `limit`, stepping over `taken` rects.
    void flow(const QStringList &ids, QPointF origin, qreal limit, const QList<QRectF> &taken,
              bool placedParent)
    {
        qreal x = 0, y = 0, rowHeight = 0;
        for (const ElementId &id : ids) {
            const QSizeF s = measure(id, placedParent);
            for (int guard = 0; guard < 200; ++guard) {
                if (x > 0 && x + s.width() > limit) {
                    x = 0;
                    y += rowHeight + DrawingLayout::Gap;
                    rowHeight = 0;
                }
                const QRectF candidate(origin + QPointF(x, y), s);
                const auto hit = std::find_if(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                    return r.adjusted(-4, -4, 4, 4).intersects(candidate);
                });
                if (hit == taken.cend())
                    break;
                x = hit->right() - origin.x() + DrawingLayout::Gap;
            }
            place(id, origin + QPointF(x, y), false);
            x += s.width() + DrawingLayout::Gap;
            rowHeight = std::max(rowHeight, s.height());
        }
    }

    const Project &m_p;
    QHash<ElementId, QStringList> m_children; // "" = top level
    QHash<ElementId, QRectF> m_rects;
};

} // namespace

DrawingLayout DrawingLayout::compute(const Project &project)
{
    DrawingLayout layout;
    if (AutoLayout::hasNoPositions(project) && !project.allIds().isEmpty()) {
        // Nothing placed by hand (a file written in a text editor): the
        // layered layout reads far better than rows, and matches what
        // Arrange > Auto Layout would store.
        const AutoLayout::Metrics metrics = autoLayoutMetrics();
        const AutoLayout::Result result = AutoLayout::compute(project, metrics);
        for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it)
            layout.m_rects.insert(it.key(), result.rect(it.key(), metrics));
        return layout;
    }
    layout.m_rects = LayoutBuilder(project).run();
    return layout;
}

AutoLayout::Metrics DrawingLayout::autoLayoutMetrics()
{
    AutoLayout::Metrics m;
    m.element = QSizeF(ElementWidth, ElementHeight);
    m.padding = Padding;
    m.header = Header;
    return m;
}

QRectF DrawingLayout::bounds() const
{
    QRectF out;
    for (const QRectF &r : m_rects)
        out |= r;
    return out;
}

} // namespace portolan
