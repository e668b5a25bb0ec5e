#pragma once

#include "model/elements.h"

#include <QTreeWidget>

namespace portolan {

class Document;

// Every element of the project as a tree (zones hold their content; links
// under their own heading); selection follows the canvas both ways.
class OutlinePanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(Document *document, QWidget *parent = nullptr);
    void selectIds(const QStringList &ids);
    QStringList selectedIds() const;

Q_SIGNALS:
    void idsSelected(const QStringList &ids);

private:
    void rebuild();
    void updateNames(const QStringList &ids);
    static QIcon icon(const QString &path);
    Document *m_document;
    QHash<ElementId, QTreeWidgetItem *> m_items;
    bool m_updating = false;
};

} // namespace portolan
