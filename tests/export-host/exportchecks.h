#pragma once

#include "hostcases.h"
#include "targetvalidator.h"

#include "export/exporter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The checks the host and the network export tests share: one export of a
// case, its golden comparison and its validation. Both families write the
// same layout (golden/<case>/<target>/..., golden/<case>/problems/<target>.txt),
// so one comparison serves both and a fix reaches both.
namespace portolan::test {

// `target`'s export of case `c`; the target must be registered.
ExportResult exportCase(const HostCase &c, const QString &target);

// One line per problem: severity, rule set and message, tab-separated.
QByteArray problemsText(const ExportResult &result);

// Writes every file below `root`, making folders; false if one fails.
bool writeAll(const QString &root, const QList<ExportFile> &files);

// The first differing line, for a readable failure; empty if none differs.
QString firstDifference(const QByteArray &expected, const QByteArray &actual);

// Compares `result` with the golden files of one case and target below
// `caseDir` (PORTOLAN_UPDATE_GOLDEN=1 rewrites them instead), after checking
// its paths and that `again`, the same export run a second time, has the
// same bytes. Fails the current test through QVERIFY/QCOMPARE.
void compareWithGolden(const QString &caseDir, const QString &target, const ExportResult &result,
                       const ExportResult &again);

// A family's validator: TargetValidator::check or NetworkValidator::check.
using ValidatorCheck = Verdict (*)(const QString &target, const QString &root, const QStringList &files);

// Writes `files` to a temporary folder and runs `check` on all of them.
Verdict validateFiles(ValidatorCheck check, const QString &target, const QList<ExportFile> &files);

// The current test passes if `check` accepts `files`, skips if it cannot
// run; call it last, as a skip only returns from here.
void expectAccepted(ValidatorCheck check, const QString &target, const QList<ExportFile> &files);
// The negative control: `check` must refuse the broken file `path`. Call it
// last, as expectAccepted.
void expectRefused(ValidatorCheck check, const QString &target, const QString &path,
                   const QByteArray &content);

// What the export of a hostile case must not hold, by family.
struct InertRules
{
    QByteArray controls;          // the control characters a file may hold (all else is printable ASCII)
    QList<QByteArray> payloads;   // active parts of the payload, anywhere
    QList<QByteArray> lineStarts; // payload words that must never start a line
    bool trimLines = false;       // whether lineStarts also count after indentation
};

// Every file of `result`, a hostile case's export, keeps `rules` and stays
// small although the case has a 10 KB name.
void expectInert(const ExportResult &result, const InertRules &rules);

} // namespace portolan::test
