#pragma once

#include "editcommand.h"

#include <QCoreApplication>

namespace portolan {

// Sets one property of one element from text (ElementProperties). Typing in
// one field merges into one step; renaming the id is never merged, since
// later commands name the element by its new id.
class ChangePropertyCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangePropertyCommand)
public:
    ChangePropertyCommand(Document *document, const ElementId &id, const QString &key, const QString &text);
    QString error() const { return m_error; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ElementId m_id;
    QString m_key;
    QString m_error;
};

} // namespace portolan
