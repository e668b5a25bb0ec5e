#pragma once

// Each derivation pass fed a prepared context from a fixture folder and its
// own output checked (tests/derive/passes/<pass>/<case>/; passfixtures.cpp).

#include <QByteArray>
#include <QString>

namespace portolan {
class DeriveContext;
}

namespace portolan::test {

// The context as text: resolved component ports, flows, local ports, refused uses.
QByteArray dumpContext(const DeriveContext &context);
// Data columns "pass" and "dir", one row per case folder.
void addPassCases();
// Prepares the context, runs the pass, compares with expected.txt.
void runPassCase(const QString &pass, const QString &dir);

} // namespace portolan::test
