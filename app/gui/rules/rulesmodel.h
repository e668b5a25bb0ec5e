#pragma once

#include "analysis/plansnapshot.h"

#include <QAbstractItemModel>
#include <QSet>

namespace portolan {

// The compacted rule sets of a plan as they will be exported: one top-level
// row per enforcement point (Derivation::ruleSets) with its rule count
// against the target's limit (RuleLimit, the review's own numbers), and
// under it one row per rule and per redirect.
class RulesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Point,
        Family,
        Protocol,
        Ports,
        Peers,
        Comment,
        Count,
        ColumnCount
    };
    enum Role
    {
        FlowKeysRole = Qt::UserRole + 1, // QStringList: the flows the row allows
        CountRole,                       // int: the count judged against the limit (sets)
        LimitRole,                       // int: the limit, 0 = none (sets)
        OverLimitRole,                   // bool (sets)
        RuleSetIdRole
    };

    explicit RulesModel(QObject *parent = nullptr);

    void setSnapshot(PlanSnapshotPtr snapshot);
    const PlanSnapshotPtr &snapshot() const { return m_snapshot; }
    // Rules allowing one of these flows are shown in bold.
    void setSelectedFlows(const QStringList &keys);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfSet(const QString &ruleSetId) const;

private:
    QVariant ruleSetData(const RuleSet &set, int column, int role) const;
    QVariant ruleData(const RuleSet &set, int row, int column, int role) const;
    QStringList flowKeysOf(const RuleSet &set) const;

    PlanSnapshotPtr m_snapshot;
    QSet<QString> m_selectedFlows;
};

} // namespace portolan
