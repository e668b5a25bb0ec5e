#include "sessionstart.h"

#include "autosaver.h"
#include "document/document.h"
#include "mainwindow.h"

namespace portolan {

void startSession(MainWindow &window, const QString &project, bool ask)
{
    if (Autosaver::hasRecovery()) {
        window.offerRecovery(ask);
        if (window.document()->isModified())
            return; // restored: the unsaved work wins over the argument
    }
    if (!project.isEmpty())
        window.openFile(project);
}

} // namespace portolan
