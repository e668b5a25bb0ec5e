#include "listtableeditor.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

QString ListTableEditor::addKey(const QString &list)
{
    return list + u"/add"_s;
}

QString ListTableEditor::removeKey(const QString &list, int row)
{
    return list + u'/' + QString::number(row) + u"/remove"_s;
}

ListTableEditor::ListTableEditor(const ListInfo &list, const CellFactory &makeCell, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(list.key);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    outer->addLayout(grid);
    // A dock is narrow: six columns in one line leave each combo a few
    // letters, so wider tables wrap each row onto lines of three.
    const int columns = int(list.columns.size());
    const int perLine = columns > 3 ? (columns + 1) / 2 : std::max(columns, 1);
    const int lines = (columns + perLine - 1) / perLine;
    if (list.rows.isEmpty()) {
        auto none = new QLabel(tr("None yet."), this);
        none->setEnabled(false);
        grid->addWidget(none, 0, 0);
    } else {
        for (int c = 0; c < columns; ++c) {
            auto title = new QLabel(list.columns[c], this);
            QFont f = title->font();
            f.setPointSizeF(f.pointSizeF() * 0.9);
            title->setFont(f);
            title->setEnabled(false); // greyed: a heading, not a value
            grid->addWidget(title, c / perLine, c % perLine);
        }
    }
    for (int r = 0; r < list.rows.size(); ++r) {
        const QList<PropertyInfo> &row = list.rows[r];
        // Wrapped rows get a rule under them so their two lines read as one.
        const int stride = lines > 1 ? lines + 1 : 1;
        const int top = lines + stride * r;
        for (int c = 0; c < row.size(); ++c) {
            QWidget *editor = makeCell(row[c], this);
            if (editor->toolTip().isEmpty()) {
                editor->setToolTip(row[c].label);
                editor->setProperty("help", row[c].label);
            }
            grid->addWidget(editor, top + c / perLine, c % perLine);
            m_cells.append({row[c].key, editor});
        }
        auto remove = new QToolButton(this);
        remove->setObjectName(removeKey(list.key, r));
        remove->setText(u"−"_s);
        remove->setToolTip(tr("Remove this row"));
        grid->addWidget(remove, top, perLine);
        m_remove.append(remove);
        if (lines > 1) {
            auto rule = new QFrame(this);
            rule->setFrameShape(QFrame::HLine);
            rule->setFrameShadow(QFrame::Sunken);
            grid->addWidget(rule, top + lines, 0, 1, perLine + 1);
        }
    }
    if (lines > 1)
        grid->setVerticalSpacing(2);
    for (int c = 0; c < perLine; ++c)
        grid->setColumnStretch(c, 1);
    m_add = new QToolButton(this);
    m_add->setObjectName(addKey(list.key));
    m_add->setText(list.addLabel);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    outer->addWidget(m_add, 0, Qt::AlignLeft);
}

} // namespace portolan
