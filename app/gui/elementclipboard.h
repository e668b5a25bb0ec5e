#pragma once

#include "catalog/catalogset.h"
#include "document/anyelement.h"

#include <QList>
#include <QStringList>

class QMimeData;

namespace portolan {

// Cut/copy/paste/duplicate of elements. Copying a zone copies what it
// holds; pasting gives fresh ids where the old ones are taken, offset
// positions, and drops references to elements the target project lacks.
//
// On the system clipboard the copy is a small, valid project file (YAML):
// the copied elements plus, as context, whatever they refer to, so another
// Portolan window or process can read it with the ordinary project reader,
// and a text editor gets readable YAML as text/plain. Which ids were
// copied (not context) travels beside it in Portolan's own MIME type.
class ElementClipboard
{
    Q_DECLARE_TR_FUNCTIONS(ElementClipboard)
public:
    static inline const QString MimeType = QStringLiteral("application/x-portolan-elements+yaml");
    static inline const QString IdsMimeType = QStringLiteral("application/x-portolan-element-ids");

    static QList<AnyElement> copy(const Project &project, const QStringList &ids);
    static QList<AnyElement> prepareForPaste(const Project &project, QList<AnyElement> elements,
                                             const QPointF &offset);

    // The copied `ids` (zones with their content) as clipboard data.
    static QMimeData *toMime(const Project &project, const QStringList &ids);
    // What `mime` holds, read against `catalogs`: Portolan's own format, or
    // plain text that is a project file. Anything else: nothing, and
    // `error` says what the clipboard held instead.
    static std::optional<QList<AnyElement>> fromMime(const QMimeData *mime, const CatalogSet &catalogs,
                                                     QString *error);
};

} // namespace portolan
