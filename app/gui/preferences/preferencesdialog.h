#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace portolan {

// Edit > Preferences: the interface language (applied at the next start)
// and the autosave interval. Reads QSettings when shown and writes them on
// OK; the autosaver picks the new interval up at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QLabel *restartNote() const { return m_restartNote; }

    // Writes the choices to QSettings (OK does this, then closes).
    void apply();

Q_SIGNALS:
    void autosaveIntervalChanged(int seconds);

private:
    void updateNote();

    QComboBox *m_language;
    QSpinBox *m_autosave;
    QLabel *m_restartNote;
    QString m_startLanguage;
};

} // namespace portolan
