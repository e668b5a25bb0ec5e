#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace portolan {

// The interface language: QSettings "ui/language" holds "" (follow the
// system), "en", "de" or "fr". It takes effect at start-up, when
// installTranslator() runs before any window is made.
namespace Language {

QString settingsKey();
// The codes the Preferences dialog offers, "" first (system default).
QStringList choices();
// The locale to translate into: the chosen language if it is one of ours,
// otherwise the system's.
QLocale chosenLocale(const QString &choice, const QLocale &system = QLocale::system());
QString storedChoice();
void storeChoice(const QString &choice);
// Loads portolan_<lang>.qm from :/i18n for `locale` and installs it; false
// when there is none (English, the source language, needs none).
bool installTranslator(QCoreApplication &app, const QLocale &locale);

} // namespace Language
} // namespace portolan
