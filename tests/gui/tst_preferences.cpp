// Preferences: the language choice (applied at start) and the autosave
// interval, written to QSettings by the dialog.
#include "autosaver.h"
#include "mainwindow.h"
#include "preferences/language.h"
#include "preferences/preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"PortolanTest"_s);
        QApplication::setApplicationName(u"tst_preferences"_s);
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(u"autosave/intervalSeconds"_s, 0);
    }

    void chosenLocale_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("system default follows the system") << QString() << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("system default, German system") << QString() << u"de_AT"_s << u"de"_s;
        QTest::newRow("English on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
        QTest::newRow("German on an English system") << u"de"_s << u"en_US"_s << u"de"_s;
        QTest::newRow("French") << u"fr"_s << u"de_DE"_s << u"fr"_s;
        QTest::newRow("unknown choice falls back") << u"xx"_s << u"de_DE"_s << u"de"_s;
    }

    void chosenLocale()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, language);
        QCOMPARE(QLocale::languageToCode(Language::chosenLocale(choice, QLocale(system)).language()),
                 language);
    }

    void translatorsAreBundled()
    {
        // The .qm files are compiled in; English is the source and has none.
        QCoreApplication &app = *QCoreApplication::instance();
        QVERIFY(!Language::installTranslator(app, QLocale(u"en"_s)));
        QVERIFY(Language::installTranslator(app, QLocale(u"fr"_s)));
        QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&File"), u"&Fichier"_s);
        QVERIFY(Language::installTranslator(app, QLocale(u"de"_s)));
        QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&File"), u"&Datei"_s);
        // Back to English for the tests after this one, which read texts.
        for (QTranslator *t : app.findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&File"), u"&File"_s);
    }

    void storedChoiceRoundTrips()
    {
        QCOMPARE(Language::storedChoice(), QString());
        Language::storeChoice(u"fr"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
        QCOMPARE(Language::storedChoice(), u"fr"_s);
        Language::storeChoice(QString());
        QVERIFY(!QSettings().contains(u"ui/language"_s));
    }

    void dialogWritesSettings()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = w.findChild<QAction *>(u"preferencesAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        action->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PreferencesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->languageBox()->currentData().toString(), QString());
        QCOMPARE(dialog->autosaveBox()->value(), 0);
        const QString note = dialog->restartNote()->text();

        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"de"_s));
        QCOMPARE(dialog->languageBox()->currentText(), u"Deutsch"_s);
        QVERIFY(dialog->restartNote()->text() != note);
        QVERIFY(dialog->restartNote()->text().contains(u"restart"_s));
        dialog->autosaveBox()->setValue(120);
        QSignalSpy interval(dialog, &PreferencesDialog::autosaveIntervalChanged);
        auto buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(QSettings().value(u"autosave/intervalSeconds"_s).toInt(), 120);
        QCOMPARE(interval.size(), 1);
        QCOMPARE(w.autosaver()->intervalSeconds(), 120);
        QCOMPARE(Language::chosenLocale(Language::storedChoice(), QLocale(u"en_US"_s)).language(),
                 QLocale::German);

        // Cancel writes nothing.
        action->trigger();
        QTRY_VERIFY((dialog = w.findChild<PreferencesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->languageBox()->currentData().toString(), u"de"_s);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"fr"_s));
        dialog->autosaveBox()->setValue(30);
        dialog->reject();
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(QSettings().value(u"autosave/intervalSeconds"_s).toInt(), 120);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
