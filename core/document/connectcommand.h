#pragma once

#include "editcommand.h"

#include <QCoreApplication>

namespace portolan {

// Connects two elements (see Connections for what that means per kind).
class ConnectCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)
public:
    ConnectCommand(Document *document, const ElementId &from, const ElementId &to);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
