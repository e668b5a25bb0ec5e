#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Deletes one connection line (Connections::disconnect); the elements at
// either end stay.
class DisconnectEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectEdit)
public:
    DisconnectEdit(Document *document, const ElementId &owner, const ElementId &to, int index);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
