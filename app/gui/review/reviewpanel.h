#pragma once

#include "analysis/plansnapshot.h"
#include "review/finding.h"

#include <QWidget>

class QToolButton;
class QTreeView;

namespace portolan {

class FindingsFilterModel;
class FindingsModel;

// The review dock's content: every finding of the newest plan snapshot with
// its severity icon, code, element, message and suggested fix, filtered by
// severity. Activating a finding asks for its element (by id) to be shown.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    void setSnapshot(const PlanSnapshotPtr &snapshot);
    void setSeverityShown(Severity severity, bool shown);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QToolButton *severityButton(Severity severity) const { return m_buttons[int(severity)]; }
    // "Review — 2 errors, 1 warning": for the dock's title bar.
    QString title() const;

Q_SIGNALS:
    void elementRequested(const QString &id);
    void titleChanged(const QString &title);

private:
    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QTreeView *m_view;
    QToolButton *m_buttons[3] = {};
};

} // namespace portolan
