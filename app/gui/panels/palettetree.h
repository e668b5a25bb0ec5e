#pragma once

#include <QTreeWidget>

namespace portolan {

// The palette's list: group headers over entries whose Qt::UserRole holds a
// PaletteEntry key; dragging an entry carries that entry's MIME data.
class PaletteTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PaletteTree(QWidget *parent = nullptr);

    // Public so a test can take what a drag of `items` would carry.
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

protected:
    QStringList mimeTypes() const override;
};

} // namespace portolan
