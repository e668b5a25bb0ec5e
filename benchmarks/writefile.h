#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>

namespace portolan {

// For the generators that write a plan as files for the CLI: false, with a
// message on stderr, when the file cannot be written whole.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace portolan
