// Child of tst_killsave: saves one document over and over through
// Document::save, alternating between two states, and prints "saving N"
// before and "saved N" after each save so the test can kill it at chosen
// moments and tell whether the kill landed inside a save.
//
// Usage: saveloop TARGET.yaml [--unsafe]
// --unsafe writes in place with a plain QFile instead, so that the test can
// show it would notice a torn file (its negative control).
#include "reliabilityedits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace portolan;

int main(int argc, char *argv[])
{
    // Never outlive the test, even if it dies without killing us.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args.at(2) != u"--unsafe"_s)) {
        std::fprintf(stderr, "usage: saveloop TARGET.yaml [--unsafe]\n");
        return 2;
    }
    const bool unsafe = args.size() == 3;
    Document document;
    Diagnostics errors;
    if (!document.load(test::reliabilityExample(), &errors)) {
        std::fprintf(stderr, "%s\n", qPrintable(formatDiagnostics(errors)));
        return 2;
    }
    test::pushSaveLoopStates(&document);
    QUndoStack *stack = document.undoStack();
    // The unsafe loop writes precomputed bytes in small chunks, so its time
    // goes into the write itself (where a kill tears the file) rather than
    // into serialising, which is slow under the sanitizers and would make
    // the control depend on the build.
    stack->undo();
    const QByteArray bytesA = ProjectWriter::write(document.project());
    stack->redo();
    const QByteArray bytesB = ProjectWriter::write(document.project());
    // Bounded: the test kills us long before either limit.
    QElapsedTimer running;
    running.start();
    for (int n = 0; n < 100000 && running.elapsed() < 120000; ++n) {
        if (n % 2 == 0)
            stack->undo(); // state A
        else
            stack->redo(); // state B
        std::printf("saving %d\n", n);
        std::fflush(stdout);
        QString error;
        if (unsafe) {
            QFile file(args.at(1));
            const QByteArray &bytes = n % 2 == 0 ? bytesA : bytesB;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
                std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
                return 1;
            }
            for (qsizetype at = 0; at < bytes.size(); at += 4096) {
                const qsizetype chunk = qMin<qsizetype>(4096, bytes.size() - at);
                if (file.write(bytes.constData() + at, chunk) != chunk) {
                    std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
                    return 1;
                }
            }
        } else if (!document.save(args.at(1), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d %c\n", n, n % 2 == 0 ? 'A' : 'B');
        std::fflush(stdout);
    }
    return 3;
}
