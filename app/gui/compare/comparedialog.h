#pragma once

#include "project/projectreader.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace portolan {

// File > Compare With…: the other side, another project file or a git
// revision of the open file. Loads it on Compare; when that fails the
// reason shows in the dialog, which stays open, and nothing else changes.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `openPath`: the open document's file, empty when never saved (then
    // only another file can be chosen).
    explicit CompareDialog(const QString &openPath, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void setRevision(const QString &revision);
    // A file path, or REV:PATH.
    QString spec() const;
    // What "the other side" is called in the Compare dock.
    QString label() const;
    QString errorText() const;
    // The plan loaded by the last successful Compare.
    const std::optional<LoadedProject> &loaded() const { return m_loaded; }

    void accept() override;

private:
    void browse();
    void updateEnabled();

    QString m_openPath;
    QRadioButton *m_fileChoice;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QRadioButton *m_revisionChoice;
    QComboBox *m_revision;
    QLabel *m_gitNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<LoadedProject> m_loaded;
};

} // namespace portolan
