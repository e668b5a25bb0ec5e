#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Connects two elements (see Connections for what that means per kind).
class ConnectEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ConnectEdit)
public:
    ConnectEdit(Document *document, const ElementId &from, const ElementId &to);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
