#pragma once

#include "analysis/plansnapshot.h"

#include <QColor>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

class Document;

// NAT review: each NAT layer's static mappings beside the listen and
// advertise settings of the nodes behind it (NatAnalysis), the values
// review proposes, and the NAT findings that say what does not fit. Below,
// the proposed settings of the selected node (or of every node) as lines to
// paste, a Copy button and "Apply proposed settings" (one undo step).
class NatReviewPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        ListenColumn,
        AdvertisedColumn,
        ProposedListenColumn,
        ProposedAdvertiseColumn,
        RemotesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        NodeRole,
        MismatchRole
    };

    explicit NatReviewPanel(Document *document, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    void setSnapshot(const PlanSnapshotPtr &snapshot);
    // Whether the panel is in view (its dock's tab is current); snapshots
    // that arrive out of view are shown when it comes back.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    // The node whose proposal the text shows; empty = every node.
    QString currentNode() const;
    void selectNode(const QString &id);
    QString proposalText() const;

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *applyButton() const { return m_apply; }

    void copyProposal();
    void applyProposal();

private:
    // One row of the tree, described before any item is touched: an edit
    // usually changes the texts of a few of 1,000 rows, which are then set
    // in place (rebuilding the tree per edit was most of the UI thread's
    // work with this view in front).
    struct Row
    {
        enum class Icon
        {
            None,
            Error,
            Ok
        };
        int parent = -1;              // row index; -1 = top level
        QString key;                  // KeyRole; empty for placeholder rows
        QString node;                 // NodeRole; empty = none
        bool group = false;           // bold
        std::optional<bool> mismatch; // MismatchRole, node port rows only
        QStringList texts, toolTips;  // per column
        QList<QColor> foregrounds;    // per column; invalid = the default
        Icon icon = Icon::None;       // StatusColumn
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> describe() const;
    void fill(QTreeWidgetItem *item, const Row &row, bool fresh) const;
    void rebuild();
    void updateProposal();
    QTreeWidgetItem *findKey(const QString &key) const;

    Document *m_document;
    PlanSnapshotPtr m_snapshot;
    QTreeWidget *m_tree;
    QLabel *m_proposalLabel;
    QPlainTextEdit *m_proposal;
    QPushButton *m_copy;
    QPushButton *m_apply;
    bool m_shown = true;
    bool m_dirty = false; // a snapshot arrived out of view
    // What the proposal text was formatted from (formatting every node's
    // proposal per edit took milliseconds; most edits change none).
    struct ProposalInputs
    {
        QString node;
        QList<ProposedSetting> settings;
        QStringList nodeNames; // id and name of every node, in project order
        friend bool operator==(const ProposalInputs &, const ProposalInputs &) = default;
    };
    std::optional<ProposalInputs> m_proposalInputs;
    QString m_proposalText;           // formatted from m_proposalInputs
    QString m_shownProposal;          // what m_proposal holds
    QList<Row> m_rows;                // what the tree shows, row by row
    QList<QTreeWidgetItem *> m_items; // the item of each row
};

} // namespace portolan
