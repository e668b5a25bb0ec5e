#include "palettetree.h"

#include "canvas/palettemime.h"

namespace portolan {

PaletteTree::PaletteTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("PaletteTree"));
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setIconSize(QSize(18, 18));
    setRootIsDecorated(true);
}

QStringList PaletteTree::mimeTypes() const
{
    return {PaletteEntry::mimeType()};
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const auto entry = PaletteEntry::fromKey(items.first()->data(0, Qt::UserRole).toString());
    return entry ? entry->toMime() : nullptr;
}

} // namespace portolan
