#pragma once

#include "reconcile/rulesfolder.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPainterPath>
#include <QPair>
#include <QPointer>

class QGraphicsItem;
class QGraphicsPathItem;

namespace portolan {

class DeploymentScene;
class FlowLayer;
struct PlanSnapshot;

// A reconcile on the canvas, as items of its own above the drawing so the
// element and flow items stay untouched: each planned flow today's rules
// block drawn broken (red, dashed, a cross where it breaks) along the path
// the flow layer draws for it, and a badge on each node whose rules admit
// extra space. Keeps flow keys and element ids, never items of the
// drawing; clear() leaves the scene as it was.
class ReconcileOverlay : public QObject
{
    Q_OBJECT
public:
    ReconcileOverlay(DeploymentScene *scene, FlowLayer *flows, QObject *parent = nullptr);
    ~ReconcileOverlay() override;

    void show(const FolderReport &report, const Derivation &derivation);
    void clear();
    // Redraws from the scene's and the flow layer's current geometry.
    void place();
    // These flows drawn thicker (the dock's chosen row); empty for none.
    void highlight(const QStringList &flowKeys);

    QStringList brokenFlows() const { return m_blocked; }          // sorted
    QHash<QString, int> markedElements() const { return m_extra; } // element -> extra openings
    int itemCount() const { return int(m_items.size()); }
    // The drawn pen of a broken flow (tests, the screenshot).
    QGraphicsPathItem *brokenItem(const QString &flowKey) const { return m_broken.value(flowKey); }
    QRectF markRect(const QString &element) const;

    static QColor blockedColour() { return QColor(0xc6, 0x28, 0x28); }
    static QColor extraColour() { return QColor(0xef, 0x8a, 0x00); }

private:
    QPainterPath flowPath(const QString &key) const;
    void deleteItems();

    QPointer<DeploymentScene> m_scene; // items belong to the scene once added
    QPointer<FlowLayer> m_flows;
    QStringList m_blocked;
    QHash<QString, QPair<QString, QString>> m_ends; // flow key -> source, destination element
    QHash<QString, int> m_extra;
    QStringList m_highlight;
    QList<QGraphicsItem *> m_items;
    QHash<QString, QGraphicsPathItem *> m_broken;
    QHash<QString, QGraphicsItem *> m_marks;
};

} // namespace portolan
