#pragma once

#include "document/elementlists.h"

#include <QWidget>

#include <functional>

class QToolButton;

namespace portolan {

// Lays out one of an element's lists (ListInfo) as a small table: a header
// row, one row of cell editors per entry with a remove button, and an add
// button. It owns no behaviour: the cell editors come from `makeCell` and
// the inspector connects the buttons, so every signal goes to the inspector
// and a rebuild from inside any of them is as safe as for a plain field.
// Buttons are named "<list>/add" and "<list>/<row>/remove".
class ListTableEditor : public QWidget
{
    Q_OBJECT
public:
    using CellFactory = std::function<QWidget *(const PropertyInfo &cell, QWidget *parent)>;
    ListTableEditor(const ListInfo &list, const CellFactory &makeCell, QWidget *parent = nullptr);

    QToolButton *addButton() const { return m_add; }
    QList<QToolButton *> removeButtons() const { return m_remove; }
    // Every cell editor by key, in row order.
    QList<QPair<QString, QWidget *>> cells() const { return m_cells; }

    static QString addKey(const QString &list);
    static QString removeKey(const QString &list, int row);

private:
    QToolButton *m_add = nullptr;
    QList<QToolButton *> m_remove;
    QList<QPair<QString, QWidget *>> m_cells;
};

} // namespace portolan
