#pragma once

#include "document/anyelement.h"

#include <QList>
#include <QStringList>

namespace portolan {

// Cut/copy/paste/duplicate of elements. Copying a zone copies what it
// holds; pasting gives fresh ids where the old ones are taken, offset
// positions, and drops references to elements the target project lacks.
class ElementClipboard
{
public:
    static QList<AnyElement> copy(const Project &project, const QStringList &ids);
    static QList<AnyElement> prepareForPaste(const Project &project, QList<AnyElement> elements,
                                             const QPointF &offset);

    void set(const QList<AnyElement> &elements) { m_elements = elements; }
    const QList<AnyElement> &elements() const { return m_elements; }
    bool isEmpty() const { return m_elements.isEmpty(); }

private:
    QList<AnyElement> m_elements;
};

} // namespace portolan
