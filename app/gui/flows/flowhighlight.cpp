#include "flowlayer.h"

#include "analysis/flowselection.h"
#include "flowpathitem.h"

using namespace Qt::StringLiterals;

namespace portolan {

void FlowLayer::applyHighlight()
{
    const QStringList keys = m_selection->keys();
    const QSet<QString> selected(keys.cbegin(), keys.cend());
    bool any = false;
    for (const QString &k : keys)
        any |= m_itemByKey.contains(k);
    // Nothing selected before or now: every path is plain already.
    if (!any && !m_anyHighlighted)
        return;
    m_anyHighlighted = any;
    for (FlowPathItem *item : std::as_const(m_items)) {
        QList<const Flow *> chosen;
        for (const Flow &f : item->bundle().flows)
            if (selected.contains(f.key()))
                chosen.append(&f);
        QList<FlowPathItem::Tag> tags;
        if (!chosen.isEmpty()) {
            // One tag per place on the path, listing what each selected flow
            // looks like there (at most a few lines).
            auto add = [&tags](const QPointF &at, const QStringList &lines) {
                QStringList distinct = lines;
                distinct.removeDuplicates();
                if (distinct.size() > 4) {
                    const qsizetype more = distinct.size() - 3;
                    distinct = distinct.mid(0, 3);
                    distinct.append(FlowLayer::tr("… and %n more", nullptr, int(more)));
                }
                tags.append({at, distinct.join(u'\n')});
            };
            const auto &segs = item->segments();
            if (!segs.isEmpty()) {
                QStringList src, dst;
                for (const Flow *f : chosen) {
                    src.append(FlowBundles::sourceText(*f));
                    dst.append(FlowBundles::destinationText(*f));
                }
                add(segs.first().line.p1(), src);
                for (const auto &s : segs) {
                    if (s.to == item->bundle().destination.id)
                        continue;
                    QStringList lines;
                    for (const Flow *f : chosen)
                        for (const FlowHop &hop : f->via)
                            if (hop.id == s.to)
                                lines.append(hop.id + u": "_s + FlowBundles::hopText(hop));
                    if (!lines.isEmpty())
                        add(s.line.p2(), lines);
                }
                add(segs.last().line.p2(), dst);
            }
        }
        item->setHighlight(!chosen.isEmpty(), any && chosen.isEmpty(), tags);
    }
}

void FlowLayer::select(const QStringList &keys, bool toggle)
{
    QStringList next = keys;
    if (toggle) {
        next = m_selection->keys();
        const bool allIn =
            std::all_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return next.contains(k); });
        for (const QString &k : keys) {
            if (allIn)
                next.removeAll(k);
            else if (!next.contains(k))
                next.append(k);
        }
    }
    m_selection->setKeys(next, this);
}

} // namespace portolan
