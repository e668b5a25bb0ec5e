#pragma once

#include "changeevents.h"
#include "model/project.h"

#include <QUndoCommand>

namespace portolan {

class Document;

// Base of every edit: keeps the project before and after the edit plus the
// ids it touched. Project copies share their lists implicitly, so a
// snapshot costs one copied list per changed kind, not a deep copy; in
// exchange undo restores exactly the bytes that were there.
class DocumentEdit : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    DocumentEdit(Document *document, const QString &text);
    // Subclasses compute m_after and m_change in their constructor; a
    // command whose edit was refused stays obsolete and does nothing.
    void setResult(const Project &after, const ElementChange &change);
    // For merging: take over the other command's end state.
    void mergeResult(const DocumentEdit &other);

    Document *m_document;
    Project m_before;
    Project m_after;
    ElementChange m_change;
};

} // namespace portolan
