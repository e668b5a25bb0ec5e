#include "auditoverlay.h"

#include "canvas/deploymentscene.h"
#include "document/document.h"

#include <QGraphicsRectItem>
#include <QPen>

namespace portolan {

AuditOverlay::AuditOverlay(Document *document, DeploymentScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    connect(document, &Document::elementsChanged, this, [this](const QStringList &, ChangeAspects aspects) {
        if (aspects == ChangeAspects(ChangeAspect::Geometry))
            place();
        else
            clear(); // addresses, ports or settings changed: the results describe another plan
    });
    connect(document, &Document::elementsAdded, this, &AuditOverlay::clear);
    connect(document, &Document::elementsRemoved, this, &AuditOverlay::clear);
    connect(document, &Document::projectReset, this, &AuditOverlay::clear);
}

AuditOverlay::~AuditOverlay()
{
    // The scene may already be gone when the window closes, and it deleted
    // the halos with its items then.
    if (m_scene)
        qDeleteAll(m_halos);
}

QColor AuditOverlay::colourFor(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::AsPlanned:
        return QColor(0x2e, 0x7d, 0x32);
    case AuditOutcome::Warning:
        return QColor(0xef, 0x8a, 0x00);
    case AuditOutcome::Error:
        return QColor(0xc6, 0x28, 0x28);
    case AuditOutcome::Undetermined:
        return QColor(0x78, 0x90, 0x9c);
    }
    return {};
}

QColor AuditOverlay::colourOf(const ElementId &id) const
{
    const auto it = m_halos.find(id);
    return it == m_halos.end() ? QColor() : (*it)->pen().color();
}

void AuditOverlay::setOutcomes(const QHash<ElementId, AuditOutcome> &outcomes)
{
    m_outcomes = outcomes;
    place();
}

void AuditOverlay::clear()
{
    m_outcomes.clear();
    place();
}

void AuditOverlay::place()
{
    if (!m_scene)
        return;
    for (auto it = m_halos.begin(); it != m_halos.end();) {
        if (!m_outcomes.contains(it.key()) || !m_scene->itemFor(it.key())) {
            delete it.value();
            it = m_halos.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (!m_scene->itemFor(it.key()))
            continue;
        QGraphicsRectItem *&halo = m_halos[it.key()];
        if (!halo) {
            halo = new QGraphicsRectItem;
            halo->setAcceptedMouseButtons(Qt::NoButton);
            halo->setAcceptHoverEvents(false);
            halo->setZValue(1e6); // above every element and connection
            m_scene->addItem(halo);
        }
        QPen pen(colourFor(it.value()), 5);
        pen.setJoinStyle(Qt::RoundJoin);
        halo->setPen(pen);
        halo->setBrush(Qt::NoBrush);
        halo->setRect(m_scene->sceneRectOf(it.key()).adjusted(-6, -6, 6, 6));
    }
}

} // namespace portolan
