#pragma once

#include "analysis/plansnapshot.h"

#include <QAbstractTableModel>

namespace portolan {

// Every flow of a plan snapshot, one row each, in plan order (Flow::key).
// Holds the snapshot, so the flows stay valid whatever the document does.
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Source,
        Destination,
        Protocol,
        Ports,
        Audience,
        Product,
        Component,
        Via,
        Path, // works, or cannot work and where; the tooltip follows the packet hop by hop
        Document,
        ColumnCount
    };
    enum Role
    {
        FlowKeyRole = Qt::UserRole + 1, // Flow::key()
        SortRole,                       // numbers sort as numbers
        ElementsRole,                   // ids of the ends (members too) and hops
        ProductRole,
        AudienceRole, // audienceName
        ProtocolRole  // protocolName
    };

    explicit FlowTableModel(QObject *parent = nullptr);

    void setSnapshot(PlanSnapshotPtr snapshot);
    PlanSnapshotPtr snapshot() const { return m_snapshot; }
    const Flow &flow(int row) const { return m_snapshot->derivation.flows.at(row); }
    int rowOf(const QString &flowKey) const { return m_rows.value(flowKey, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Flow &flow, int column) const;
    QString toolTip(const Flow &flow, int column) const;
    // The catalog's description of the document the flow rests on.
    const SourceDocument *documentOf(const Flow &flow) const;

    PlanSnapshotPtr m_snapshot;
    QHash<QString, int> m_rows;
};

} // namespace portolan
