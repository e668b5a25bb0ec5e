#pragma once

#include <QString>

namespace portolan::test {

// Read-only and full file systems for tests. Root ignores file permissions,
// so "read-only" needs a read-only mount and "full" a tiny tmpfs. Mounts are
// made in a private mount namespace of this process (and its children), so
// nothing leaks to the machine and they vanish when the test exits.
class ScratchMount
{
public:
    // Call first thing in main(), before any thread starts. Returns why
    // mounting is impossible (not root, no CAP_SYS_ADMIN, ...), or empty.
    static QString enterPrivateNamespace();
    // Why mounting is unavailable, as given by enterPrivateNamespace().
    static QString unavailableReason();

    // A tmpfs of `bytes` at `dir` (an existing empty folder).
    static bool mountTmpfs(const QString &dir, qint64 bytes, QString *error);
    static bool remountReadOnly(const QString &dir, QString *error);
    static bool unmount(const QString &dir, QString *error);
    // Fills the file system holding `dir` with `dir`/filler until fewer than
    // `leaveFree` bytes are left. Returns the bytes written or -1.
    static qint64 fill(const QString &dir, qint64 leaveFree, QString *error);
};

} // namespace portolan::test
