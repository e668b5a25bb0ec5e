#pragma once

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

// A generated file, in memory. The caller writes it (QSaveFile); exporters
// never touch the file system.
struct ExportFile
{
    QString path; // relative, '/'-separated, e.g. "nftables/kong-a.nft"
    QByteArray content;
    QString description; // one line for the bundle README (translated)
    bool executable = false;
};

// A target limit that was passed or nearly passed; an Error means the
// target cannot express the plan and nothing was generated for it.
struct ExportProblem
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Warning;
    QString ruleSet; // RuleSet id it concerns, may be empty
    QString message; // translated
};

struct ExportInput
{
    const Project &project;
    const CatalogSet &catalogs;
    const Derivation &derivation;
    // Set by the bundle to the exporter id the files are for: host targets
    // then leave out nodes whose host firewall is another one, so each host
    // gets only the file it will load. Empty = every host.
    QString target = {};
};

struct ExportResult
{
    QList<ExportFile> files;
    QList<ExportProblem> problems;
    bool ok() const;
};

// One export target. Not a QObject: a pure function from the plan to files,
// so tests compare golden files byte for byte and run the target's own
// validator. Registered in ExporterRegistry.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QString id() const = 0;     // "nftables", "aws-terraform", ...
    virtual QString title() const = 0;  // translated
    virtual QString family() const = 0; // "host", "cloud", "document"
    virtual ExportResult generate(const ExportInput &input) const = 0;
    // Added for the bundle README: how the people who run the firewall apply
    // these files and roll them back (Markdown, translated). Empty = the
    // README lists the files only.
    virtual QString applyNotes() const { return {}; }
};

} // namespace portolan
