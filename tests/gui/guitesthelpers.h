#pragma once

// Helpers shared by the GUI tests: settings kept apart from the user's,
// a clean start for each test function, and the bytes a window would save.

#include "autosaver.h"
#include "canvas/canvasview.h"
#include "canvas/connectionitem.h"
#include "canvas/deploymentscene.h"
#include "mainwindow.h"
#include "project/projectwriter.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

namespace portolan::test {

// For initTestCase(): settings and standard paths of the test mode, under
// the test's own name, so that no test reads or writes the user's.
inline void useTestSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PortolanTest"));
    QApplication::setApplicationName(testName);
}

// For init(): nothing left by the test function before, and no autosave
// timer (the tests save explicitly) nor recovery file to offer.
inline void startWithCleanSettings()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 0);
    Autosaver::discardRecovery();
}

inline QByteArray savedBytes(const MainWindow &w)
{
    return ProjectWriter::write(w.document()->project());
}

inline QPoint viewPoint(MainWindow &w, const QPointF &scenePos)
{
    return w.view()->mapFromScene(scenePos);
}

// The drawn line from `owner` to `to`, or null.
inline ConnectionItem *connectionItem(MainWindow &w, const QString &owner, const QString &to)
{
    for (QGraphicsItem *item : w.scene()->items())
        if (item->type() == ConnectionItem::Type) {
            auto c = static_cast<ConnectionItem *>(item);
            if (c->connection().owner == owner && c->connection().to == to)
                return c;
        }
    return nullptr;
}

} // namespace portolan::test
