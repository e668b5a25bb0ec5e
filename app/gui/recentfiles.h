#pragma once

#include <QObject>
#include <QStringList>

namespace portolan {

// The last opened projects, newest first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int Max = 10;
    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files() const;
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();
};

} // namespace portolan
