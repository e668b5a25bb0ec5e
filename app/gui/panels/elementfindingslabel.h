#pragma once

#include "analysis/plansnapshot.h"

#include <QLabel>

namespace portolan {

// The review's findings about one element (subject == its id), read-only,
// from the newest plan snapshot: "why does this client get nothing" answered
// where the client is edited. Hidden when there are none.
class ElementFindingsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElementFindingsLabel(QWidget *parent = nullptr);
    void setElement(const ElementId &id);
    void setSnapshot(const PlanSnapshotPtr &snapshot);
    int count() const { return m_count; }

private:
    void refresh();

    ElementId m_id;
    PlanSnapshotPtr m_snapshot;
    int m_count = 0;
};

} // namespace portolan
