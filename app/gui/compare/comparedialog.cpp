#include "comparedialog.h"

#include "diff/plansource.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace portolan {

CompareDialog::CompareDialog(const QString &openPath, QWidget *parent)
    : QDialog(parent), m_openPath(openPath),
      m_fileChoice(new QRadioButton(tr("Another project &file:"), this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_revisionChoice(new QRadioButton(tr("A git &revision of the open file:"), this)),
      m_revision(new QComboBox(this)), m_gitNote(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare With"));
    setObjectName(u"CompareDialog"_s);
    m_file->setObjectName(u"CompareFile"_s);
    m_revision->setObjectName(u"CompareRevision"_s);
    m_error->setObjectName(u"CompareError"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    m_revision->setEditable(true);
    m_revision->setInsertPolicy(QComboBox::NoInsert);
    m_revision->setMinimumContentsLength(36);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    m_gitNote->setWordWrap(true);

    // Revisions only make sense for a saved file; the branches and recent
    // commits that touched it are offered, HEAD typed in already.
    m_revision->addItem(u"HEAD"_s);
    if (openPath.isEmpty()) {
        m_revisionChoice->setEnabled(false);
        m_gitNote->setText(tr("The open plan has not been saved: there is no git history to compare with."));
    } else {
        const QStringList revisions = PlanSource::recentRevisions(openPath);
        m_revision->addItems(revisions);
        if (revisions.isEmpty())
            m_gitNote->setText(
                tr("%1 does not seem to be in a git work tree.").arg(QFileInfo(openPath).fileName()));
    }
    m_gitNote->setVisible(!m_gitNote->text().isEmpty());
    m_revision->setCurrentIndex(0);
    const bool git = m_revisionChoice->isEnabled() && m_revision->count() > 1;
    (git ? m_revisionChoice : m_fileChoice)->setChecked(true);
    if (!openPath.isEmpty())
        m_file->setText(QDir::toNativeSeparators(QFileInfo(openPath).absolutePath() + u'/'));

    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Show what the open plan changes against:"), this), 0, 0, 1, 2);
    layout->addWidget(m_fileChoice, 1, 0, 1, 2);
    layout->addWidget(m_file, 2, 0);
    layout->addWidget(m_browse, 2, 1);
    layout->addWidget(m_revisionChoice, 3, 0, 1, 2);
    layout->addWidget(m_revision, 4, 0, 1, 2);
    layout->addWidget(m_gitNote, 5, 0, 1, 2);
    layout->addWidget(m_error, 6, 0, 1, 2);
    layout->addWidget(m_buttons, 7, 0, 1, 2);

    connect(m_browse, &QPushButton::clicked, this, &CompareDialog::browse);
    connect(m_fileChoice, &QRadioButton::toggled, this, &CompareDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompareDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    connect(m_revision, &QComboBox::currentTextChanged, this, [this] {
        if (m_revisionChoice->isEnabled())
            m_revisionChoice->setChecked(true);
    });
    updateEnabled();
}

void CompareDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileChoice->setChecked(true);
}

void CompareDialog::setRevision(const QString &revision)
{
    m_revision->setEditText(revision);
    m_revisionChoice->setChecked(true);
}

QString CompareDialog::spec() const
{
    if (m_fileChoice->isChecked())
        return QDir::fromNativeSeparators(m_file->text().trimmed());
    // "1a2b3c4 Add a node" as git log --oneline offers it: the hash is the revision.
    const QString revision = m_revision->currentText().trimmed().section(u' ', 0, 0);
    return revision + u':' + m_openPath;
}

QString CompareDialog::label() const
{
    if (m_fileChoice->isChecked())
        return QFileInfo(spec()).fileName();
    return m_revision->currentText().trimmed().section(u' ', 0, 0) + u':' + QFileInfo(m_openPath).fileName();
}

QString CompareDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CompareDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), m_file->text(),
                                                      tr("Portolan projects (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CompareDialog::updateEnabled()
{
    const bool file = m_fileChoice->isChecked();
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
}

void CompareDialog::accept()
{
    const QString chosen = spec();
    QStringList errors;
    if (m_fileChoice->isChecked() && !QFileInfo(chosen).isFile()) {
        errors << tr("%1 is not a file.").arg(QDir::toNativeSeparators(chosen));
    } else if (m_revisionChoice->isChecked() && chosen.startsWith(u':')) {
        errors << tr("Name a revision, for example HEAD or HEAD~1.");
    } else {
        // A file name holding a colon must not read as REV:PATH.
        const QString source = m_fileChoice->isChecked() ? QFileInfo(chosen).absoluteFilePath() : chosen;
        m_loaded = PlanSource::load(source, QString(), &errors);
    }
    if (!errors.isEmpty() || !m_loaded) {
        m_loaded.reset();
        m_error->setText(errors.join(u'\n'));
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace portolan
