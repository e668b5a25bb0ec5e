#pragma once

#include "documentedit.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace portolan {

// Moves elements to new positions; zones carry their content. Commands with
// the same non-zero merge key merge, so one drag (or a run of arrow-key
// nudges) is one undo step.
class MoveElementsEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(MoveElementsEdit)
public:
    MoveElementsEdit(Document *document, const QHash<ElementId, QPointF> &positions, int mergeKey = 0);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_mergeKey;
};

} // namespace portolan
