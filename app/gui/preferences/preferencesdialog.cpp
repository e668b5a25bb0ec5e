#include "preferencesdialog.h"

#include "language.h"

#include "autosaver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_autosave(new QSpinBox(this)),
      m_restartNote(new QLabel(this))
{
    setObjectName(u"PreferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    // Language names in their own language: a user who cannot read the
    // current one still finds theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_startLanguage = Language::storedChoice();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startLanguage)));

    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(5);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(
        QSettings().value(u"autosave/intervalSeconds"_s, Autosaver::DefaultIntervalSeconds).toInt());
    m_autosave->setToolTip(tr("Unsaved work is copied to a recovery file a moment after each edit, and at "
                              "least this often while you keep editing; 0 turns autosave off."));

    m_restartNote->setWordWrap(true);
    m_restartNote->setObjectName(u"restartNote"_s);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);

    auto form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Autosave at least every:"), m_autosave);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateNote();
}

void PreferencesDialog::updateNote()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_restartNote->setText(changed ? tr("The new language applies when Portolan is restarted.")
                                   : tr("Changing the language takes effect after a restart."));
}

void PreferencesDialog::apply()
{
    Language::storeChoice(m_language->currentData().toString());
    QSettings settings;
    const int before =
        settings.value(u"autosave/intervalSeconds"_s, Autosaver::DefaultIntervalSeconds).toInt();
    settings.setValue(u"autosave/intervalSeconds"_s, m_autosave->value());
    if (before != m_autosave->value())
        Q_EMIT autosaveIntervalChanged(m_autosave->value());
}

} // namespace portolan
