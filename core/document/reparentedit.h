#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Puts elements into another zone (dropping them onto it on the canvas).
class ReparentEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ReparentEdit)
public:
    ReparentEdit(Document *document, const QStringList &ids, const ElementId &zone);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
