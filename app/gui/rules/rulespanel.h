#pragma once

#include "analysis/plansnapshot.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace portolan {

class FlowSelection;
class PlanService;
class RulesModel;

// The rules view dock: every enforcement point's compacted rule set with
// its count against the target's limit. Selecting rules selects the flows
// they allow (FlowSelection); rules allowing a flow selected elsewhere are
// shown in bold.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    RulesPanel(PlanService *plans, FlowSelection *selection, QWidget *parent = nullptr);

    RulesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // Whether its tab is in front (QDockWidget::visibilityChanged): out of
    // sight, plans wait until it is looked at again, as in the NAT review.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }

private:
    void setSnapshot(const PlanSnapshotPtr &snapshot);
    void applySnapshot(const PlanSnapshotPtr &snapshot);
    void pushSelection();

    FlowSelection *m_selection;
    RulesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_search;
    bool m_syncing = false;
    bool m_sized = false;
    bool m_shown = true;
    PlanSnapshotPtr m_pending; // arrived while the panel was out of sight
};

} // namespace portolan
