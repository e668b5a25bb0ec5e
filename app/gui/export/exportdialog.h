#pragma once

#include "analysis/plansnapshot.h"
#include "export/exporter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

class ExportHighlighter;

// File > Export Rules…: choose targets (grouped by family), preview every
// file of the bundle they make, see the targets' own limit warnings, and
// write the bundle (BundleBuilder + BundleWriter, atomic) to a folder. The
// plan is the snapshot it is given, which the caller makes current first,
// so the bundle is the document's. Targets and folder are remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(PlanSnapshotPtr snapshot, const QString &projectPath, QWidget *parent = nullptr);

    QStringList selectedTargets() const;
    // Checks exactly these targets (unknown ids are ignored) and rebuilds.
    void setSelectedTargets(const QStringList &ids);
    QString folder() const;
    void setFolder(const QString &folder);

    // The bundle the selected targets make: what the preview shows and
    // writeBundle() writes.
    const ExportResult &bundle() const { return m_bundle; }
    QStringList filePaths() const;
    bool showFile(const QString &path);
    QString currentFile() const;
    QString previewText() const;
    ExportHighlighter *highlighter() const { return m_highlighter; }
    // The problem lines shown (limits passed or nearly passed, targets with
    // nothing to export), one per problem the exporters reported.
    QStringList problemLines() const;
    QString errorText() const;

    // Writes the bundle to folder(); on success remembers the choices and
    // closes the dialog, else shows why and what to do, and stays open.
    bool writeBundle();

Q_SIGNALS:
    void bundleWritten(const QString &folder, int files);

private:
    void createTargetTree();
    void regenerate();
    void showCurrentFile();
    void browse();
    void showError(const QString &text);
    QString defaultFolder() const;

    PlanSnapshotPtr m_snapshot;
    QString m_projectPath;
    ExportResult m_bundle;
    QStringList m_problemTargets;

    QTreeWidget *m_targets = nullptr;
    QListWidget *m_files = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    ExportHighlighter *m_highlighter = nullptr;
    QLabel *m_problemSummary = nullptr;
    QListWidget *m_problems = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_write = nullptr;
    QTimer *m_regenerate = nullptr; // coalesces the check changes of one click
    bool m_updating = false;
};

} // namespace portolan
