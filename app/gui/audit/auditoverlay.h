#pragma once

#include "auditresultmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QGraphicsRectItem;

namespace portolan {

class DeploymentScene;
class Document;

// Audit results on the canvas: a coloured halo around each probed element
// (green as planned, orange planned-but-closed, red open-but-forbidden).
// Halos are items of their own above the drawing, placed from the scene's
// element rectangles, so the element items stay untouched; they follow
// moves and disappear when the plan changes (the results no longer apply).
class AuditOverlay : public QObject
{
    Q_OBJECT
public:
    AuditOverlay(Document *document, DeploymentScene *scene, QObject *parent = nullptr);
    ~AuditOverlay() override;

    void setOutcomes(const QHash<ElementId, AuditOutcome> &outcomes);
    void clear();
    QHash<ElementId, AuditOutcome> outcomes() const { return m_outcomes; }
    // The halo's colour for `id`, invalid when it has none (tests, legend).
    QColor colourOf(const ElementId &id) const;
    static QColor colourFor(AuditOutcome outcome);

private:
    void place();

    Document *m_document;
    QPointer<DeploymentScene> m_scene; // halos belong to the scene once added
    QHash<ElementId, AuditOutcome> m_outcomes;
    QHash<ElementId, QGraphicsRectItem *> m_halos;
};

} // namespace portolan
