#pragma once

#include <QTreeWidget>

namespace portolan {

class Document;

// Element kinds and catalog components, dragged onto the canvas.
class PalettePanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(Document *document, QWidget *parent = nullptr);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    void rebuild();
    Document *m_document;
};

} // namespace portolan
