#pragma once

#include "audit/auditor.h"
#include "auditresultmodel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace portolan {

class Document;
class PlanService;

// The Audit dock: probe the running deployment from a zone of the plan and
// show where reality drifts from it (issue 10, docs/audit.md). Probing is an
// active act on a real network, so every run is confirmed first, with what
// will be contacted; only the plan's own addresses (through the optional
// address map) are ever probed, with bounded concurrency and rate.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    // Asked before every run with a description of what will be probed;
    // returns whether to go ahead. The default shows a question box.
    using Confirmer = std::function<bool(const QString &question)>;

    AuditPanel(Document *document, PlanService *plan, QWidget *parent = nullptr);

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    // The settings a run uses; false with `error` set when one is invalid.
    bool options(Auditor::Options *options, QString *error) const;

    AuditResultModel *model() const { return m_model; }
    Auditor *auditor() const { return m_auditor; }
    QComboBox *zoneBox() const { return m_zone; }
    QLineEdit *addressMapEdit() const { return m_addressMap; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QSpinBox *rateBox() const { return m_rate; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }

    // Starts a run as the Start button does (after the confirmation).
    // Returns false when nothing was started (declined, bad settings).
    bool startAudit();

Q_SIGNALS:
    // A row was activated: select and show this element on the canvas.
    void elementActivated(const QString &id);
    // Per-element results so far, for the canvas overlay; empty = cleared.
    void outcomesChanged(const QHash<QString, portolan::AuditOutcome> &outcomes);

private:
    void refillZones();
    void onProbed(int index);
    void onFinished(bool cancelled);
    void clearResults();
    void setRunning(bool running);

    Document *m_document;
    PlanService *m_plan;
    Auditor *m_auditor;
    AuditResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_zone;
    QSpinBox *m_timeout;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
    QLineEdit *m_addressMap;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QCheckBox *m_driftOnly;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_table;
    Confirmer m_confirmer;
    QString m_runZone;
};

} // namespace portolan
