// portolan [PROJECT] [--screenshot FILE.png]: the desktop editor.
#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "compare/comparemode.h"
#include "diff/plansource.h"
#include "document/document.h"
#include "io/allocatortuning.h"
#include "mainwindow.h"
#include "preferences/language.h"
#include "sessionstart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QPalette>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace portolan;

int main(int argc, char *argv[])
{
    tuneAllocatorForLargePlans();
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
    // Dark-mode documentation pictures (and a check of the canvas colours)
    // without changing the desktop's theme.
    const QCommandLineOption dark(
        u"dark"_s, QApplication::translate("main", "Use a dark palette, whatever the system's."));
    parser.addOption(dark);
    // Documentation pictures of one view: which dock is in front, which
    // element or flows are selected.
    const QCommandLineOption raiseDock(
        u"dock"_s,
        QApplication::translate("main", "With --screenshot: bring this dock (object name) to the front."),
        u"name"_s);
    const QCommandLineOption selectElement(
        u"select"_s,
        QApplication::translate("main", "With --screenshot: select this element instead of the first node."),
        u"id"_s);
    const QCommandLineOption selectFlows(
        u"select-flows"_s,
        QApplication::translate("main", "With --screenshot: select the flows whose key contains this text."),
        u"text"_s);
    // The compare mode picture (docs/guide/diff.md): File > Compare With…
    // without the dialog.
    const QCommandLineOption compareWith(
        u"compare-with"_s,
        QApplication::translate("main", "With --screenshot: compare the project with this file or REV:PATH."),
        u"plan"_s);
    parser.addOption(compareWith);
    // The palette picture (issue 24): the filter box in use.
    const QCommandLineOption paletteFilter(
        u"palette-filter"_s,
        QApplication::translate("main", "With --screenshot: type this text into the palette's filter box."),
        u"text"_s);
    parser.addOption(paletteFilter);
    parser.addOption(raiseDock);
    parser.addOption(selectElement);
    parser.addOption(selectFlows);
    parser.process(app);
    if (parser.isSet(dark)) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette p(QColor(0x2b, 0x2e, 0x33), QColor(0x25, 0x28, 0x2c));
        p.setColor(QPalette::Base, QColor(0x1e, 0x21, 0x25));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2e, 0x33));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xec));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xec));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xec));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x88));
        QApplication::setPalette(p);
    }

    MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(screenshot) && !args.isEmpty())
        window.openFile(args.first());
    window.show();
    if (parser.isSet(screenshot)) {
        // Documentation pictures: a fixed size, the drawing fitted, one
        // element selected so the inspector shows something.
        window.resize(1600, 1000);
        QTimer::singleShot(300, &window, [&] {
            window.planService()->waitUntilCurrent();
            if (parser.isSet(raiseDock))
                if (auto dock = window.findChild<QDockWidget *>(parser.value(raiseDock))) {
                    dock->raise();
                    window.resizeDocks({dock}, {330}, Qt::Vertical);
                }
            if (parser.isSet(paletteFilter))
                if (auto filter = window.findChild<QLineEdit *>(u"PaletteFilter"_s))
                    filter->setText(parser.value(paletteFilter));
            if (parser.isSet(compareWith)) {
                QStringList errors;
                const QString spec = parser.value(compareWith);
                const auto old = PlanSource::load(spec, QString(), &errors);
                if (!old) {
                    qWarning("%s", qPrintable(errors.join(u'\n')));
                    QApplication::exit(1);
                    return;
                }
                window.compareMode()->start(*old, QFileInfo(spec).fileName());
            }
            window.view()->fitAll();
            const QStringList ids = window.document()->project().allIds();
            if (parser.isSet(selectElement)) {
                window.scene()->selectIds({parser.value(selectElement)});
            } else {
                for (const QString &id : ids)
                    if (window.document()->project().node(id)) {
                        window.scene()->selectIds({id});
                        break;
                    }
            }
            if (parser.isSet(selectFlows)) {
                QStringList keys;
                for (const Flow &f : window.planService()->snapshot()->derivation.flows)
                    if (f.key().contains(parser.value(selectFlows)))
                        keys.append(f.key());
                window.flowSelection()->setKeys(keys);
            }
            QTimer::singleShot(300, &window, [&] {
                const bool ok = window.grab().save(parser.value(screenshot));
                QApplication::exit(ok ? 0 : 1);
            });
        });
    } else {
        // Recovery first, even with a project named: opening it would
        // discard the autosave of the session that crashed.
        startSession(window, args.value(0));
    }
    return app.exec();
}
