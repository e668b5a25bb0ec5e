#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portolan {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const QString &f : QSettings().value(u"recentFiles"_s).toStringList())
        if (QFileInfo::exists(f))
            out.append(f);
    return out;
}

void RecentFiles::add(const QString &path)
{
    if (path.startsWith(u':'))
        return; // bundled examples are under File > Open Example
    QStringList list = QSettings().value(u"recentFiles"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > Max)
        list.removeLast();
    QSettings().setValue(u"recentFiles"_s, list);
    Q_EMIT changed();
}

void RecentFiles::clear()
{
    QSettings().remove(u"recentFiles"_s);
    Q_EMIT changed();
}

} // namespace portolan
