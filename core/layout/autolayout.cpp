#include "autolayout.h"

#include <QList>

#include <algorithm>

namespace portolan {

namespace {

enum Layer
{
    Clients,
    InternetZones,
    LoadBalancers,
    Borders, // NAT layers and firewalls guarding a zone inside this one
    Zones,
    Nodes,
    OuterBorders, // ... guarding a zone elsewhere: at the bottom, nearest the zones below
    LayerCount
};

class Builder
{
public:
    Builder(const Project &p, const AutoLayout::Metrics &m) : m_p(p), m_m(m)
    {
        auto add = [&](const ElementId &container, Layer layer, const ElementId &id) {
            const ElementId key = p.zone(container) ? container : ElementId();
            m_layers[key].resize(LayerCount);
            m_layers[key][layer].append(id);
        };
        for (const Zone &z : p.zones)
            add(z.parent, z.kind == ZoneKind::Internet ? InternetZones : Zones, z.id);
        for (const Client &c : p.clients)
            add(c.zone, Clients, c.id);
        for (const LoadBalancer &lb : p.loadBalancers)
            add(lb.zone, LoadBalancers, lb.id);
        // A border element stands on the edge it guards: over its zone when
        // that zone is inside its own, else at the bottom of its zone, where
        // the zones below begin (the internet sits on top).
        auto borderLayer = [&](const ElementId &outside, const ElementId &inside) {
            const Zone *z = p.zone(inside);
            return z && z->parent == outside ? Borders : OuterBorders;
        };
        for (const NatLayer &n : p.natLayers)
            add(n.outside, borderLayer(n.outside, n.inside), n.id);
        for (const Firewall &f : p.firewalls)
            add(f.outside, borderLayer(f.outside, f.inside.value(0)), f.id);
        for (const Node &n : p.nodes)
            add(n.zone, Nodes, n.id);
    }

    AutoLayout::Result run()
    {
        place(ElementId(), QPointF(0, 0));
        return m_result;
    }

private:
    QList<QStringList> layersOf(const ElementId &container) const
    {
        QList<QStringList> out = m_layers.value(container);
        out.resize(LayerCount);
        return out;
    }

    QSizeF sizeOf(const ElementId &id)
    {
        if (!m_p.zone(id))
            return m_m.element;
        if (const auto it = m_sizes.constFind(id); it != m_sizes.cend())
            return *it;
        const QSizeF inner = innerSize(id);
        const QSizeF minimum(std::max(m_m.minimumZone.width(), titleWidth(*m_p.zone(id))),
                             m_m.minimumZone.height());
        const QSizeF size =
            inner.isEmpty() ? minimum
                            : QSizeF(std::max(inner.width() + 2 * m_m.padding, minimum.width()),
                                     std::max(inner.height() + m_m.header + m_m.padding, minimum.height()));
        m_sizes.insert(id, size);
        return size;
    }

    // Room for the title band (icon, name, CIDRs) so it is not elided. An
    // estimate from character counts: the core measures no fonts.
    qreal titleWidth(const Zone &z) const
    {
        const qreal name = qreal((z.name.isEmpty() ? z.id : z.name).size()) * m_m.titleCharWidth;
        qreal cidrs = 0;
        for (const Cidr &c : z.cidrs)
            cidrs += qreal(c.toString().size() + 2) * m_m.detailCharWidth;
        return name + cidrs + 70; // icon, gaps and padding
    }

    qreal layerWidth(const QStringList &ids)
    {
        qreal w = 0;
        for (const ElementId &id : ids)
            w += sizeOf(id).width();
        return ids.isEmpty() ? 0 : w + m_m.gap * qreal(ids.size() - 1);
    }

    qreal layerHeight(const QStringList &ids)
    {
        qreal h = 0;
        for (const ElementId &id : ids)
            h = std::max(h, sizeOf(id).height());
        return h;
    }

    struct Row
    {
        int layer;
        QStringList ids;
    };

    // Layers cut into rows: a subnet of forty nodes wraps instead of
    // stretching the drawing across forty boxes. Border elements stay in one
    // row, each over the zone it guards.
    QList<Row> rowsOf(const ElementId &container)
    {
        QList<Row> rows;
        const QList<QStringList> layers = layersOf(container);
        const qreal elementRow = m_m.columns * m_m.element.width() + (m_m.columns - 1) * m_m.gap;
        for (int l = 0; l < LayerCount; ++l) {
            const qreal limit = l == Zones || l == InternetZones ? m_m.zoneRowWidth : elementRow;
            qreal width = 0;
            for (const ElementId &id : layers[l]) {
                const qreal w = sizeOf(id).width();
                if (rows.isEmpty() || rows.last().layer != l ||
                    (l != Borders && width + m_m.gap + w > limit)) {
                    rows.append(Row{l, {}});
                    width = -m_m.gap;
                }
                rows.last().ids.append(id);
                width += m_m.gap + w;
            }
        }
        return rows;
    }

    QSizeF innerSize(const ElementId &container)
    {
        const QList<Row> rows = rowsOf(container);
        if (rows.isEmpty())
            return {};
        qreal width = 0, height = 0;
        for (const Row &row : rows) {
            width = std::max(width, layerWidth(row.ids));
            height += layerHeight(row.ids);
        }
        return {width, height + m_m.layerGap * qreal(rows.size() - 1)};
    }

    // Left edges of a layer's items, centred in `width`.
    QList<qreal> centredLefts(const QStringList &ids, qreal width)
    {
        QList<qreal> out;
        qreal x = (width - layerWidth(ids)) / 2;
        for (const ElementId &id : ids) {
            out.append(x);
            x += sizeOf(id).width() + m_m.gap;
        }
        return out;
    }

    // The zone a NAT layer or firewall guards: where it wants to stand above.
    ElementId guarded(const ElementId &id) const
    {
        if (const NatLayer *n = m_p.natLayer(id))
            return n->inside;
        if (const Firewall *f = m_p.firewall(id))
            return f->inside.value(0);
        return {};
    }

    // Border elements stand over the zone they guard when it is laid out in
    // the same container; others keep their centred slot. Overlaps are then
    // pushed apart, right then left, within the container's width.
    QList<qreal> borderLefts(const QStringList &ids, qreal width, const QHash<ElementId, qreal> &zoneCentres)
    {
        const QList<qreal> centred = centredLefts(ids, width);
        QList<std::pair<qreal, int>> wanted;
        for (int i = 0; i < ids.size(); ++i) {
            const qreal w = sizeOf(ids[i]).width();
            const auto it = zoneCentres.constFind(guarded(ids[i]));
            wanted.append({it != zoneCentres.cend() ? *it - w / 2 : centred[i], i});
        }
        std::stable_sort(wanted.begin(), wanted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<qreal> lefts(ids.size());
        qreal minLeft = 0;
        for (const auto &[x, i] : wanted) {
            lefts[i] = std::max(x, minLeft);
            minLeft = lefts[i] + sizeOf(ids[i]).width() + m_m.gap;
        }
        qreal maxRight = width;
        for (auto it = wanted.crbegin(); it != wanted.crend(); ++it) {
            const int i = it->second;
            const qreal w = sizeOf(ids[i]).width();
            lefts[i] = std::max<qreal>(0, std::min(lefts[i], maxRight - w));
            maxRight = lefts[i] - m_m.gap;
        }
        return lefts;
    }

    void place(const ElementId &container, const QPointF &origin)
    {
        const QList<Row> rows = rowsOf(container);
        const qreal width = innerSize(container).width();
        QList<QList<qreal>> lefts(rows.size());
        QHash<ElementId, qreal> zoneCentres;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].layer == Borders)
                continue;
            lefts[r] = centredLefts(rows[r].ids, width);
            for (int i = 0; i < rows[r].ids.size(); ++i)
                if (m_p.zone(rows[r].ids[i]))
                    zoneCentres.insert(rows[r].ids[i], lefts[r][i] + sizeOf(rows[r].ids[i]).width() / 2);
        }
        for (int r = 0; r < rows.size(); ++r)
            if (rows[r].layer == Borders)
                lefts[r] = borderLefts(rows[r].ids, width, zoneCentres);
        qreal y = origin.y();
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList &ids = rows[r].ids;
            const qreal height = layerHeight(ids);
            for (int i = 0; i < ids.size(); ++i) {
                const QSizeF size = sizeOf(ids[i]);
                // Elements centre on their row's middle; zones hang from its top.
                const qreal top = m_p.zone(ids[i]) ? y : y + (height - size.height()) / 2;
                const QPointF at(origin.x() + lefts[r][i], top);
                m_result.positions.insert(ids[i], at);
                if (m_p.zone(ids[i])) {
                    m_result.zoneSizes.insert(ids[i], size);
                    place(ids[i], at + QPointF(m_m.padding, m_m.header));
                }
            }
            y += height + m_m.layerGap;
        }
    }

    const Project &m_p;
    const AutoLayout::Metrics &m_m;
    QHash<ElementId, QList<QStringList>> m_layers; // "" = top level
    QHash<ElementId, QSizeF> m_sizes;
    AutoLayout::Result m_result;
};

} // namespace

QRectF AutoLayout::Result::rect(const ElementId &id, const Metrics &metrics) const
{
    if (!positions.contains(id))
        return {};
    return QRectF(positions.value(id), zoneSizes.value(id, metrics.element));
}

AutoLayout::Result AutoLayout::compute(const Project &project, const Metrics &metrics)
{
    return Builder(project, metrics).run();
}

bool AutoLayout::hasNoPositions(const Project &p)
{
    auto none = [](const auto &list) {
        return std::none_of(list.cbegin(), list.cend(), [](const auto &e) { return e.placement.position; });
    };
    return none(p.zones) && none(p.nodes) && none(p.loadBalancers) && none(p.natLayers) &&
           none(p.firewalls) && none(p.clients);
}

} // namespace portolan
