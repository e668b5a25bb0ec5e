#pragma once

#include "diff/plandiff.h"
#include "render/drawinglayout.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QGraphicsItem;
class QGraphicsPathItem;

namespace portolan {

class DeploymentScene;

// A plan diff on the canvas, as items of its own above the drawing so the
// element and flow items stay untouched: a green halo round added
// elements, an amber one with a badge round changed ones, red dashed ghosts
// where the old plan drew removed ones (its own layout), and lines for
// added (green), removed (red, dashed) and rescoped (amber) flows. The
// overlay owns every item it adds; clear() leaves the scene as it was.
class CompareOverlay : public QObject
{
    Q_OBJECT
public:
    explicit CompareOverlay(DeploymentScene *scene, QObject *parent = nullptr);
    ~CompareOverlay() override;

    void show(const PlanDiff &diff, const Project &oldProject);
    void clear();
    // Redraws from the scene's current geometry (items moved).
    void place();
    // One flow of the diff drawn thicker, -1 for none.
    void highlightFlow(qsizetype index);
    qsizetype highlightedFlow() const { return m_highlight; }

    // What the overlay marks `id` as, if anything (tests, the dock).
    std::optional<ElementDifference::Kind> markOf(const ElementId &id) const;
    // Where the mark of `id` or the line of flow `index` is drawn.
    QRectF markRect(const ElementId &id) const;
    QRectF flowRect(qsizetype index) const;
    int itemCount() const { return int(m_marks.size() + m_flowLines.size()); }
    int flowLineCount() const { return int(m_flowLines.size()); }

    static QColor colourFor(ElementDifference::Kind kind);

private:
    QRectF endpointRect(const ElementId &id, bool preferOld) const;
    void addMark(const ElementDifference &change);
    void addFlowLine(qsizetype index, const FlowChange &change);
    void deleteItems();

    QPointer<DeploymentScene> m_scene; // items belong to the scene once added
    PlanDiff m_diff;
    DrawingLayout m_oldLayout; // where the old plan drew what is gone
    QHash<ElementId, QGraphicsItem *> m_marks;
    QHash<qsizetype, QGraphicsPathItem *> m_flowLines; // by index into m_diff.flows
    qsizetype m_highlight = -1;
    bool m_shown = false;
};

} // namespace portolan
