// Child of tst_killautosave: the editor (MainWindow) with a one-second
// autosave, an example opened and EDITS real undoable edits pushed. Prints
// "opened", "edited N" and "autosaved" (on Autosaver::saved) so the test
// can SIGKILL it right after a recovery file was written.
//
// Usage: autosavechild ORGANIZATION APPLICATION EDITS [default]
// With "default" the autosave settings are the ones a new user has.
#include "reliabilityedits.h"

#include "autosaver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the test
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr, "usage: autosavechild ORGANIZATION APPLICATION EDITS [default]\n");
        return 2;
    }
    // The test's own settings and data folders, so the test finds the file.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(args.at(1));
    QApplication::setApplicationName(args.at(2));
    if (args.size() == 5 && args.at(4) == u"default"_s)
        QSettings().remove(u"autosave/intervalSeconds"_s);
    else
        QSettings().setValue(u"autosave/intervalSeconds"_s, 1); // read when the window is made

    MainWindow window;
    if (!window.openFile(test::reliabilityExample())) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 2;
    }
    QObject::connect(window.autosaver(), &Autosaver::saved, [] { say("autosaved"); });
    say("opened");
    const int edits = args.at(3).toInt();
    test::applyEdits(window.document(), edits);
    say("edited " + QByteArray::number(edits));
    // Bounded: the test kills us well before this.
    QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
    return app.exec();
}
