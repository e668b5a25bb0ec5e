#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// A rule bundle: the files of the chosen targets, each under `<target id>/`,
// plus README.md for the people who apply them (what each file is, how to
// apply and roll back, the problems found) and MANIFEST.sha256 (sha256sum
// -c format) covering every other file. A target whose result has an
// Error problem contributes no files; its problems are listed.
class BundleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BundleBuilder)
public:
    static constexpr auto ReadmeName = "README.md";
    static constexpr auto ManifestName = "MANIFEST.sha256";

    // `problemTargets`, when given, receives the exporter id of each problem
    // (parallel to the result's problems).
    static ExportResult build(const ExportInput &input, const QList<const Exporter *> &exporters,
                              QStringList *problemTargets = nullptr);
    // The manifest text for `files` (sorted by path).
    static QByteArray manifest(const QList<ExportFile> &files);
};

} // namespace portolan
