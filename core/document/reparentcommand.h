#pragma once

#include "editcommand.h"

#include <QCoreApplication>

namespace portolan {

// Puts elements into another zone (dropping them onto it on the canvas).
class ReparentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReparentCommand)
public:
    ReparentCommand(Document *document, const QStringList &ids, const ElementId &zone);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
