#pragma once

// The prologue of every command that works on a project's derivation
// (check, explain, export, flows, reconcile, render, rules, audit): the
// project named by the first positional argument, loaded with its catalogs
// (diagnostics printed on `err`), and derived once.

#include "clicommand.h"

#include "derive/deriver.h"
#include "export/exporter.h"
#include "project/projectreader.h"

#include <optional>

namespace portolan {

struct DerivedProject
{
    LoadedProject loaded;
    Derivation derivation;
    // --format as checked against the allowed values, when deriveProject()
    // was given them; empty otherwise.
    QString format;

    const Project &project() const { return loaded.project; }
    const CatalogSet &catalogs() const { return loaded.catalogs; }
    // What the exporters and reconcilers read; refers to this object.
    ExportInput exportInput() const { return {loaded.project, loaded.catalogs, derivation}; }
};

// Loads and derives the project, or prints why not on ctx.err and returns
// nothing (the command then exits with ExitBadInput).
std::optional<DerivedProject> deriveProject(const CliContext &ctx);

// The same after checking --format against `formats` first, so that a bad
// --format is reported before the project is read.
std::optional<DerivedProject> deriveProject(const CliContext &ctx, const QStringList &formats);

} // namespace portolan
