#pragma once

#include "review/finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace portolan {

// The review's findings as a table: severity, code, subject, message, fix.
// setFindings() applies the difference to the previous list as row
// removals and insertions (both lists are sorted by findingLess), so a
// view keeps its selection and scroll position across the updates every
// edit brings instead of being reset.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        CodeColumn,
        SubjectColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        SubjectRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(Severity severity);

private:
    Findings m_findings;
};

// Shows only the severities the user has ticked.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return m_shown[int(severity)]; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
};

} // namespace portolan
