#include "moveelementsedit.h"

#include "document.h"
#include "projectedits.h"
#include "undoids.h"

namespace portolan {

MoveElementsEdit::MoveElementsEdit(Document *document, const QHash<ElementId, QPointF> &positions,
                                   int mergeKey)
    : DocumentEdit(document, tr("Move %n element(s)", nullptr, int(positions.size()))), m_mergeKey(mergeKey)
{
    Project after = m_before;
    ElementChange change;
    change.changed = ProjectEdits::move(after, positions);
    change.aspects = ChangeAspect::Geometry;
    setResult(after, change);
}

int MoveElementsEdit::id() const
{
    return UndoMoveElements;
}

bool MoveElementsEdit::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const MoveElementsEdit *>(other);
    if (m_mergeKey == 0 || o->m_mergeKey != m_mergeKey)
        return false;
    mergeResult(*o);
    return true;
}

} // namespace portolan
