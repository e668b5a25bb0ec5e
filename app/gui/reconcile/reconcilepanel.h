#pragma once

#include "reconcile/rulesfolder.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

// The Reconcile dock: the folder's files with the point each stands for
// (a combo per file to change it), and per point the blocked and extra
// spaces today's rules have against the plan. Rows carry flow keys and
// element ids, never pointers: choosing one asks the window to show it.
class ReconcilePanel : public QWidget
{
    Q_OBJECT
public:
    // Columns of the mapping table.
    enum MappingColumn
    {
        FileColumn,
        KindColumn,
        PointColumn,
        WhyColumn
    };
    // What a result row carries: its flow keys (Qt::UserRole, blocked) and
    // the element of its point (Qt::UserRole + 1).
    static constexpr int FlowsRole = Qt::UserRole;
    static constexpr int ElementRole = Qt::UserRole + 1;

    explicit ReconcilePanel(QWidget *parent = nullptr);

    // The mapping table: `choices` are the points each file may stand for
    // (same order as `files`).
    void setFiles(const QString &folder, const QList<FolderFile> &files, const QList<QStringList> &choices,
                  const Derivation &derivation);
    void setReport(const FolderReport &report, const Derivation &derivation);
    // The Why cell of `fileName`'s row, after the user chose its point.
    void setReason(const QString &fileName, const QString &reason);
    void setErrors(const Diagnostics &errors);
    void setRunning(bool running);
    void clear();

    QTableWidget *mappingTable() const { return m_mapping; }
    QTreeWidget *resultTree() const { return m_results; }
    QPushButton *leaveButton() const { return m_leave; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // The user chose `point` (empty: not compared) for `fileName`.
    void pointChosen(const QString &fileName, const QString &point);
    void flowsActivated(const QStringList &flowKeys);
    void elementActivated(const QString &id);
    void leaveRequested();

private:
    void activate(QTreeWidgetItem *item);

    QString rulesText(const ReconcileItem &item) const;

    QString m_folderPath;
    QLabel *m_folder;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QTreeWidget *m_results;
    QPushButton *m_leave;
    QSplitter *m_split = nullptr;
};

} // namespace portolan
