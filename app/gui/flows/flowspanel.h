#pragma once

#include "analysis/plansnapshot.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace portolan {

class FlowFilterProxy;
class FlowSelection;
class FlowTableModel;
class PlanService;

// The flows table dock: every flow of the plan with filters by element,
// product, audience, protocol and free text. Its row selection and the
// shared FlowSelection follow each other; Ctrl+C (and the context menu)
// copy the selected rows, or every visible row, as CSV.
class FlowsPanel : public QWidget
{
    Q_OBJECT
public:
    FlowsPanel(PlanService *plans, FlowSelection *selection, QWidget *parent = nullptr);

    FlowTableModel *model() const { return m_model; }
    FlowFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *elementFilter() const { return m_element; }
    QComboBox *productFilter() const { return m_product; }
    QComboBox *audienceFilter() const { return m_audience; }
    QComboBox *protocolFilter() const { return m_protocol; }
    QLineEdit *textFilter() const { return m_text; }

    // The rows as CSV with a header line: the selected rows, or every
    // visible row when `all` is set or nothing is selected.
    QString csv(bool all = false) const;
    // Header and `rows` of `model` (display text) as RFC 4180 CSV.
    static QString csvOf(const QAbstractItemModel *model, const QList<int> &rows);
    void copy(bool all = false) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setSnapshot(const PlanSnapshotPtr &snapshot);
    void fillCombo(QComboBox *combo, const QStringList &values, const QStringList &labels);
    void pushSelection();
    void pullSelection();
    void updateCount();

    PlanService *m_plans;
    FlowSelection *m_selection;
    FlowTableModel *m_model;
    FlowFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_element;
    QComboBox *m_product;
    QComboBox *m_audience;
    QComboBox *m_protocol;
    QLineEdit *m_text;
    QLabel *m_count;
    bool m_syncing = false;
    bool m_sized = false;
};

} // namespace portolan
