#pragma once

#include <QString>

namespace portolan {

class MainWindow;

// What the editor does when it starts (main.cpp): a crashed session's
// autosave is offered first, because opening a project resets the document
// and that discards the recovery file. When the work is restored, `project`
// (from the command line) is not opened over it. `ask` = false restores
// without asking (tests).
void startSession(MainWindow &window, const QString &project, bool ask = true);

} // namespace portolan
