// Precompiled once per build (with portolan_pch) and reused by every
// target of ours (cmake/PortolanBuildSpeed.cmake): parsing these headers
// was about half of each translation unit's compile time.
//
// Only Qt Core and standard headers belong here. GCC uses a precompiled
// header only when every macro it tested while it was built is defined the
// same way in the consumer: Qt Core tests nothing that differs between our
// targets, whereas Qt Network tests QT_NETWORK_LIB (portolan_translations
// links Qt Core alone), Qt Test the per-folder QT_TESTCASE_BUILDDIR and Qt
// Widgets QT_WIDGETS_LIB. -Winvalid-pch with -Werror turns a header that
// breaks that rule into a build error.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
