#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Adds or removes one row of an element's list (a listener, a NAT mapping,
// a firewall's inside zone, a client use): one undo step. A refused edit
// (see ElementLists) leaves the command obsolete with error() set.
class ListRowEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ListRowEdit)
public:
    enum class Action
    {
        Add,
        Remove
    };
    ListRowEdit(Document *document, const ElementId &id, const QString &list, Action action, int row = -1);
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace portolan
