#pragma once

#include "audit/audittarget.h"

#include <QAbstractTableModel>
#include <QHash>

namespace portolan {

// How one element fared in an audit, worst probe first.
enum class AuditOutcome
{
    AsPlanned,    // every probe of it answered as the plan says
    Undetermined, // only UDP silence or probe errors besides as-planned
    Warning,      // something planned is closed, filtered or speaks other TLS
    Error         // something answers that the plan forbids
};
AuditOutcome outcomeOf(DriftKind drift);
// The worst outcome per element (node or load balancer id).
QHash<ElementId, AuditOutcome> outcomesByElement(const QList<AuditFinding> &findings);

// The finished probes of one audit run, in the order they finished.
class AuditResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Element,
        Address,
        ProbedAt,
        Protocol,
        Port,
        Expected,
        Observed,
        Drift,
        Tls,
        Reason,
        ColumnCount
    };
    enum Role
    {
        ElementIdRole = Qt::UserRole + 1,
        DriftRole,
        OutcomeRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const AuditFinding &finding);
    const AuditFinding &finding(int row) const { return m_rows.at(row); }
    const QList<AuditFinding> &findings() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString driftText(DriftKind drift);
    static QString stateText(ProbeState state);

private:
    QList<AuditFinding> m_rows;
};

} // namespace portolan
