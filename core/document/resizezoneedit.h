#pragma once

#include "documentedit.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>

namespace portolan {

// Resizes a zone (and moves it, for handles on the top or left edge).
// Same merge-key rule as moving.
class ResizeZoneEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ResizeZoneEdit)
public:
    ResizeZoneEdit(Document *document, const ElementId &zone, const QPointF &position, const QSizeF &size,
                   int mergeKey = 0);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ElementId m_zone;
    int m_mergeKey;
};

} // namespace portolan
