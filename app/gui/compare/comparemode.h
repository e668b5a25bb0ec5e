#pragma once

#include "comparepanel.h"
#include "diff/plandiff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace portolan {

class CanvasView;
class CompareOverlay;
class DeploymentScene;
class Document;

// File > Compare With…: the open document (new) against another plan
// (old). Keeps the old side and the diff, drives the overlay and the dock,
// never edits the document.
//
// Editing while comparing recomputes the diff (coalesced, after a short
// pause): the user keeps seeing what the document changes against the
// other side, and can fix what the comparison shows. Moving cards only
// redraws the overlay. Opening or creating another document leaves the
// mode: the other side was chosen for this one.
class CompareMode : public QObject
{
    Q_OBJECT
public:
    CompareMode(Document *document, DeploymentScene *scene, CanvasView *view, QObject *parent = nullptr);
    ~CompareMode() override;

    CompareOverlay *overlay() const { return m_overlay; }
    ComparePanel *panel() const { return m_panel; }
    bool isActive() const { return m_old.has_value(); }
    const PlanDiff &diff() const { return m_diff; }

    // Compares the document with `old`, called `label` in the dock.
    void start(const LoadedProject &old, const QString &label);
    // The normal view, exactly: no overlay item, no selection, dock hidden.
    void leave();
    // Shows one change on the canvas (the dock's rows call these).
    void showElement(const ElementId &id);
    void showFlow(qsizetype index);

Q_SIGNALS:
    void activeChanged(bool active);
    // A new diff is shown (start, or after an edit).
    void diffChanged();

private:
    void recompute();

    Document *m_document;
    DeploymentScene *m_scene;
    CanvasView *m_view;
    CompareOverlay *m_overlay;
    QPointer<ComparePanel> m_panel; // owned by the dock that shows it
    std::optional<LoadedProject> m_old;
    QString m_label;
    PlanDiff m_diff;
    QTimer m_recompute;
};

} // namespace portolan
