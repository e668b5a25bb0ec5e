#pragma once

#include "diff/plandiff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

// The Compare dock: what the open plan changes against the other side,
// grouped (Elements, Flows, Paths, Rules, Findings, each with its count).
// Rows carry ids or flow indexes, never pointers: choosing one asks the
// window to show it on the canvas.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    // What a row of the tree stands for (Qt::UserRole) and its id or flow
    // index (Qt::UserRole + 1).
    enum RowKind
    {
        GroupRow,
        ElementRow,
        FlowRow,
        OtherRow
    };

    explicit ComparePanel(QWidget *parent = nullptr);

    void setDiff(const PlanDiff &diff);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *leaveButton() const { return m_leave; }
    // The group's top-level row ("Elements", "Flows", ...), for tests.
    QTreeWidgetItem *group(const QString &name) const;

Q_SIGNALS:
    void elementActivated(const QString &id);
    void flowActivated(qsizetype index);
    void leaveRequested();

private:
    void activate(QTreeWidgetItem *item);

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_leave;
};

} // namespace portolan
