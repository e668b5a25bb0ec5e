#include "language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace portolan::Language {

QString settingsKey()
{
    return u"ui/language"_s;
}

QStringList choices()
{
    return {QString(), u"en"_s, u"de"_s, u"fr"_s};
}

QLocale chosenLocale(const QString &choice, const QLocale &system)
{
    if (choice.isEmpty() || !choices().contains(choice))
        return system;
    return QLocale(choice);
}

QString storedChoice()
{
    return QSettings().value(settingsKey()).toString();
}

void storeChoice(const QString &choice)
{
    if (choice.isEmpty())
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), choice);
}

bool installTranslator(QCoreApplication &app, const QLocale &locale)
{
    auto translator = new QTranslator(&app);
    if (!translator->load(locale, u"portolan"_s, u"_"_s, u":/i18n"_s)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace portolan::Language
