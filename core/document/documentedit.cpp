#include "documentedit.h"

#include "document.h"

namespace portolan {

DocumentEdit::DocumentEdit(Document *document, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(document->project()), m_after(m_before)
{
    setObsolete(true);
}

void DocumentEdit::setResult(const Project &after, const ElementChange &change)
{
    m_after = after;
    m_change = change;
    setObsolete(m_after == m_before);
}

void DocumentEdit::mergeResult(const DocumentEdit &other)
{
    m_after = other.m_after;
    for (const QString &id : other.m_change.changed)
        if (!m_change.changed.contains(id))
            m_change.changed.append(id);
    m_change.aspects |= other.m_change.aspects;
    m_change.project = m_change.project || other.m_change.project;
    // Typing back to the original value leaves nothing to undo.
    setObsolete(m_after == m_before);
}

void DocumentEdit::redo()
{
    m_document->applyState(m_after, m_change);
}

void DocumentEdit::undo()
{
    m_document->applyState(m_before, m_change.inverted());
}

} // namespace portolan
