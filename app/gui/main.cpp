// portolan [PROJECT] [--screenshot FILE.png]: the desktop editor.
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/document.h"
#include "mainwindow.h"
#include "preferences/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace portolan;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Portolan"_s);
    QApplication::setOrganizationName(u"Portolan"_s);
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    // Before any widget exists: the language chosen in Preferences, else the system's.
    Language::installTranslator(app, Language::chosenLocale(Language::storedChoice()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Deployment planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s, QApplication::translate("main", "The project file to open."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window and quit."),
        u"file"_s);
    parser.addOption(screenshot);
    const QCommandLineOption raiseDock(
        u"raise-dock"_s, QApplication::translate("main", "With --screenshot: bring this dock to the front."),
        u"name"_s);
    parser.addOption(raiseDock);
    const QCommandLineOption select(
        u"select"_s, QApplication::translate("main", "With --screenshot: select this element instead of the first node."),
        u"id"_s);
    parser.addOption(select);
    parser.process(app);

    MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openFile(args.first());
    window.show();
    if (parser.isSet(screenshot)) {
        // Documentation pictures: a fixed size, the drawing fitted, one
        // element selected so the inspector shows something.
        window.resize(1600, 1000);
        if (parser.isSet(raiseDock))
            if (auto dock = window.findChild<QDockWidget *>(parser.value(raiseDock)))
                dock->raise();
        QTimer::singleShot(300, &window, [&] {
            window.view()->fitAll();
            const QStringList ids = window.document()->project().allIds();
            if (parser.isSet(select))
                window.scene()->selectIds({parser.value(select)});
            else
                for (const QString &id : ids)
                    if (window.document()->project().node(id)) {
                        window.scene()->selectIds({id});
                        break;
                    }
            QTimer::singleShot(300, &window, [&] {
                const bool ok = window.grab().save(parser.value(screenshot));
                QApplication::exit(ok ? 0 : 1);
            });
        });
    } else if (args.isEmpty()) {
        window.offerRecovery();
    }
    return app.exec();
}
