#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidgetItem;

namespace portolan {

class Document;
class PaletteTree;

// Element kinds and catalog components, dragged onto the canvas: a filter
// box over a list with a collapsible group per catalog product.
class PalettePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(Document *document, QWidget *parent = nullptr);

    QLineEdit *filterBox() const { return m_filter; }
    QLabel *noMatchLabel() const { return m_noMatch; }
    PaletteTree *tree() const { return m_tree; }

    // Group keys: "elements", "zones", "product:<product id>".
    static QString groupKey(const QTreeWidgetItem *group);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void applyFilter();
    Document *m_document;
    QLineEdit *m_filter;
    QLabel *m_noMatch;
    PaletteTree *m_tree;
    // Groups the user opened or closed, kept across rebuilds (a project
    // opened) and across filtering, which opens every group with a match.
    QSet<QString> m_open;
};

} // namespace portolan
