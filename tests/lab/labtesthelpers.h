#pragma once

// Helpers shared by the lab tests: the bundled examples and loading one.

#include "project/projectreader.h"

#include <QString>

namespace portolan::test {

inline const QString kExamples = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples");

// A bundled example by file name, or any project by absolute path. A
// fixture that does not load is a broken test, not a failing one: stop.
inline LoadedProject loadProject(const QString &file)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(file.startsWith(u'/') ? file : kExamples + u'/' + file, &errors);
    if (!loaded)
        qFatal("%s", qPrintable(formatDiagnostics(errors)));
    return std::move(*loaded);
}

} // namespace portolan::test
