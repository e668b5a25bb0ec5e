#include "moveelementscommand.h"

#include "document.h"
#include "projectedits.h"
#include "undoids.h"

namespace portolan {

MoveElementsCommand::MoveElementsCommand(Document *document, const QHash<ElementId, QPointF> &positions,
                                         int mergeKey)
    : EditCommand(document, tr("Move %n element(s)", nullptr, int(positions.size()))), m_mergeKey(mergeKey)
{
    Project after = m_before;
    ElementChange change;
    change.changed = ProjectEdits::move(after, positions);
    change.aspects = ChangeAspect::Geometry;
    setResult(after, change);
}

int MoveElementsCommand::id() const
{
    return UndoMoveElements;
}

bool MoveElementsCommand::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const MoveElementsCommand *>(other);
    if (m_mergeKey == 0 || o->m_mergeKey != m_mergeKey)
        return false;
    mergeResult(*o);
    return true;
}

} // namespace portolan
