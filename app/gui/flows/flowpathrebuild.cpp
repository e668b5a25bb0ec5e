#include "flowlayer.h"

#include "canvas/deploymentscene.h"
#include "flowpathitem.h"

#include <QAction>

namespace portolan {

void FlowLayer::rebuild()
{
    if (m_legend) {
        QList<Audience> hidden = filter().hiddenAudiences;
        m_legend->setState(hidden, theme().dark);
        m_legend->setVisible(m_show->isChecked());
    }
    // "Only the selected elements" with nothing selected draws everything:
    // an empty canvas would look like a plan without flows.
    QList<FlowBundle> bundles;
    if (m_show->isChecked())
        bundles = FlowBundles::bundle(m_snapshot->derivation.flows, filter());
    // Paths that are still there keep their items: an edit changes a few
    // bundles, and replacing all of them (5,000 at 1,000 nodes) made the
    // scene re-index and repaint everything, about 2 s per edit. The order
    // is the new plan's, so lanes come out as a fresh build would draw them.
    QHash<QString, FlowPathItem *> previous;
    previous.reserve(m_items.size());
    for (FlowPathItem *item : std::as_const(m_items))
        previous.insert(item->bundle().pathKey(), item);
    QList<FlowPathItem *> next;
    next.reserve(bundles.size());
    QList<FlowPathItem *> relabel; // same path, other flows
    QStringList oldKeys;           // theirs before
    bool laidAgain = false;        // some path is new, gone or has other ends
    for (FlowBundle &bundle : bundles) {
        FlowPathItem *item = previous.take(bundle.pathKey());
        if (!item) {
            item = new FlowPathItem(this, std::move(bundle));
            m_scene->addItem(item);
            laidAgain = true;
        } else {
            const QStringList keys = item->flowKeys();
            switch (item->setBundle(std::move(bundle))) {
            case FlowPathItem::BundleChange::None:
                break;
            case FlowPathItem::BundleChange::Ends:
                laidAgain = true;
                break;
            case FlowPathItem::BundleChange::Flows:
                relabel.append(item);
                oldKeys += keys;
                break;
            }
        }
        next.append(item);
    }
    laidAgain |= !previous.isEmpty() || next != m_items;
    qDeleteAll(previous);
    m_items = std::move(next);
    if (laidAgain) {
        indexKeys();
        updateGeometry();
        return;
    }
    rekey(relabel, oldKeys);
}

void FlowLayer::rekey(const QList<FlowPathItem *> &items, const QStringList &oldKeys)
{
    // Every old key out before any new one goes in: a flow can move from
    // one changed bundle to another.
    for (const QString &key : oldKeys)
        m_itemByKey.remove(key);
    for (FlowPathItem *item : items)
        for (const QString &key : item->flowKeys())
            m_itemByKey.insert(key, item);
    // Only labels can have changed (ports added or gone): place those.
    if (!items.isEmpty()) {
        updateLabels(QSet<FlowPathItem *>(items.cbegin(), items.cend()));
        applyHighlight();
    }
}

bool FlowLayer::updateChangedFlows(const PlanSnapshot &before, const QList<qsizetype> &changed)
{
    // What rebuild() would do for an edit that changed a few flows in place
    // (a port, an address), without bundling all 5,000 flows again: only
    // the bundles holding a changed flow are rebuilt. Anything that would
    // move a path (a flow shown or hidden, other ends or hops, other
    // members) is left to rebuild(): false, nothing touched.
    if (!m_show->isChecked())
        return m_items.isEmpty();
    const FlowFilter f = filter();
    const FlowList &now = m_snapshot->derivation.flows;
    QHash<FlowPathItem *, QHash<QString, qsizetype>> touched; // item -> old key -> new position
    for (qsizetype i : changed) {
        const Flow &was = before.derivation.flows[i], &is = now[i];
        const bool shownBefore = f.accepts(was);
        if (shownBefore != f.accepts(is))
            return false;
        if (!shownBefore)
            continue;
        if (was.source.id != is.source.id || was.destination.id != is.destination.id ||
            was.via.size() != is.via.size() || was.source.members != is.source.members ||
            was.destination.members != is.destination.members)
            return false;
        for (qsizetype h = 0; h < is.via.size(); ++h)
            if (was.via[h].id != is.via[h].id)
                return false;
        const QString key = was.key();
        FlowPathItem *item = m_itemByKey.value(key);
        if (!item)
            return false;
        touched[item].insert(key, i);
    }
    QList<FlowPathItem *> items;
    QList<FlowBundle> bundles;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        // The path's flows with the changed ones replaced, in plan (key)
        // order; FlowBundles::bundle makes them into the path's one bundle.
        const FlowList &drawn = it.key()->bundle().flows;
        const QStringList drawnKeys = it.key()->flowKeys(); // parallel to `drawn`
        QList<QPair<QString, Flow>> flows;
        flows.reserve(drawn.size());
        for (qsizetype n = 0; n < drawn.size(); ++n) {
            const qsizetype position = it->value(drawnKeys[n], -1);
            if (position < 0)
                flows.append({drawnKeys[n], drawn[n]});
            else
                flows.append({now[position].key(), now[position]});
        }
        std::sort(flows.begin(), flows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        FlowList ordered;
        ordered.reserve(flows.size());
        for (const auto &[key, flow] : std::as_const(flows))
            ordered.append(flow);
        QList<FlowBundle> rebuilt = FlowBundles::bundle(ordered);
        if (rebuilt.size() != 1)
            return false; // not one path after all: leave it to rebuild()
        items.append(it.key());
        bundles.append(std::move(rebuilt.first()));
    }
    QList<FlowPathItem *> relabel;
    QStringList oldKeys;
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QStringList keys = items[n]->flowKeys();
        if (items[n]->setBundle(std::move(bundles[n])) == FlowPathItem::BundleChange::Flows) {
            relabel.append(items[n]);
            oldKeys += keys;
        }
    }
    rekey(relabel, oldKeys);
    return true;
}

void FlowLayer::indexKeys()
{
    m_itemByKey.clear();
    m_itemByKey.reserve(m_items.size() * 2);
    for (FlowPathItem *item : std::as_const(m_items))
        for (const QString &key : item->flowKeys())
            m_itemByKey.insert(key, item);
}

} // namespace portolan
