#pragma once

#include "analysis/plansnapshot.h"

#include <QWidget>

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
    enum Column { ItemColumn, ListenColumn, AdvertisedColumn, ProposedListenColumn, ProposedAdvertiseColumn,
                  RemotesColumn, StatusColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, NodeRole, MismatchRole };

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
};

} // namespace portolan
