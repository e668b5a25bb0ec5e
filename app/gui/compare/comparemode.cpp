#include "comparemode.h"

#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "compareoverlay.h"
#include "comparepanel.h"
#include "document/document.h"

#include <QFileInfo>

namespace portolan {

CompareMode::CompareMode(Document *document, DeploymentScene *scene, CanvasView *view, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_view(view),
      m_overlay(new CompareOverlay(scene, this)), m_panel(new ComparePanel)
{
    // Typing in the inspector edits on every key: one diff after a pause,
    // not one per key (each derives and reviews both sides).
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(250);
    connect(&m_recompute, &QTimer::timeout, this, &CompareMode::recompute);
    auto edited = [this] {
        if (isActive())
            m_recompute.start();
    };
    connect(document, &Document::elementsAdded, this, edited);
    connect(document, &Document::elementsRemoved, this, edited);
    connect(document, &Document::elementsChanged, this,
            [this, edited](const QStringList &, ChangeAspects aspects) {
                // Positions are the drawing, not the plan: the overlay follows the
                // scene's geometryChanged, the diff stays.
                if (aspects != ChangeAspects(ChangeAspect::Geometry))
                    edited();
            });
    connect(document, &Document::projectReset, this, &CompareMode::leave);
    connect(m_panel, &ComparePanel::elementActivated, this, &CompareMode::showElement);
    connect(m_panel, &ComparePanel::flowActivated, this, &CompareMode::showFlow);
    connect(m_panel, &ComparePanel::leaveRequested, this, &CompareMode::leave);
}

CompareMode::~CompareMode()
{
    // A panel never put in a dock has no parent.
    if (m_panel && !m_panel->parent())
        delete m_panel;
}

void CompareMode::start(const LoadedProject &old, const QString &label)
{
    const bool wasActive = isActive();
    m_old = old;
    m_label = label;
    recompute();
    if (!wasActive)
        Q_EMIT activeChanged(true);
}

void CompareMode::leave()
{
    m_recompute.stop();
    if (!isActive())
        return;
    m_old.reset();
    m_diff = {};
    m_overlay->clear();
    m_panel->clear();
    m_scene->clearSelection();
    Q_EMIT activeChanged(false);
}

void CompareMode::recompute()
{
    if (!m_old)
        return;
    LoadedProject current;
    current.project = m_document->project();
    current.catalogs = m_document->catalogs();
    current.path = m_document->filePath();
    m_diff = PlanDiff::compare(*m_old, current);
    m_diff.oldLabel = m_label;
    m_diff.newLabel = m_document->displayName();
    m_overlay->show(m_diff, m_old->project);
    m_panel->setDiff(m_diff);
    Q_EMIT diffChanged();
}

void CompareMode::showElement(const ElementId &id)
{
    m_overlay->highlightFlow(-1);
    m_scene->clearSelection();
    if (m_scene->itemFor(id)) {
        m_scene->selectIds({id});
        m_view->ensureVisible(m_scene->sceneRectOf(id), 40, 40);
    } else if (const QRectF ghost = m_overlay->markRect(id); !ghost.isNull()) {
        m_view->ensureVisible(ghost, 40, 40); // removed: only its ghost is there to show
    }
}

void CompareMode::showFlow(qsizetype index)
{
    m_scene->clearSelection();
    m_overlay->highlightFlow(index);
    if (const QRectF line = m_overlay->flowRect(index); !line.isNull())
        m_view->ensureVisible(line, 40, 40);
}

} // namespace portolan
