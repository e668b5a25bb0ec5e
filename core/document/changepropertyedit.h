#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Sets one property of one element from text (ElementProperties). Typing in
// one field merges into one step unless its field description says
// otherwise (renaming the id never merges).
class ChangePropertyEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ChangePropertyEdit)
public:
    ChangePropertyEdit(Document *document, const ElementId &id, const QString &key, const QString &text);
    QString error() const { return m_error; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ElementId m_id;
    QString m_key;
    QString m_error;
    bool m_merges = true;
};

} // namespace portolan
