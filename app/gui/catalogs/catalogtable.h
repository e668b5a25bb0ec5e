#pragma once

#include <QStringList>
#include <QTableWidget>

namespace portolan {

// A table of one catalog list (sources, a component's settings or
// features) in the catalog editor: text cells, choice cells (a combo box
// per row) and check cells, each cell red with its reason when wrong.
// It shows values and reports edits; the editor turns an edit into an undo
// step and sets the values again.
class CatalogTable : public QTableWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Choice,
        Check
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    CatalogTable(const QString &name, const QList<Column> &columns, QWidget *parent = nullptr);

    // `rows[r][c]` is the text of a cell ("true"/"false" for checks),
    // `problems[r][c]` its reason to be red (may be short), `choices[c]`
    // the values of a choice column (a missing current value is added).
    void setRows(const QList<QStringList> &rows, const QList<QStringList> &problems,
                 const QList<QStringList> &choices);
    // The row of the current cell, or -1.
    int selectedRow() const;

Q_SIGNALS:
    void cellEdited(int row, int column, const QString &value);

private:
    void setChoice(int row, int column, const QString &value, const QStringList &choices);
    QList<Column> m_columns;
    bool m_filling = false;
};

} // namespace portolan
