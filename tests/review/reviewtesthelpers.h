#pragma once

#include "derive/deriver.h"
#include "project/projectreader.h"
#include "review/reviewer.h"

#include <QTest>

namespace portolan::test {

// Loads a project the way portolan-cli does (bundled catalogs plus a
// catalogs/ folder beside it), derives its plan and reviews it.
struct Reviewed
{
    LoadedProject loaded;
    Derivation derivation;
    Findings findings;
};

inline std::optional<Reviewed> reviewFile(const QString &path, QString *failure)
{
    Diagnostics errors;
    auto loaded = ProjectLoader::load(path, &errors);
    if (!loaded || !errors.isEmpty()) {
        *failure = formatDiagnostics(errors);
        return std::nullopt;
    }
    Reviewed r{*loaded, {}, {}};
    r.derivation = Deriver::derive(r.loaded.project, r.loaded.catalogs);
    r.findings = Reviewer::review(r.loaded.project, r.loaded.catalogs, r.derivation);
    return r;
}

inline QString describe(const Findings &findings)
{
    QString text;
    for (const Finding &f : findings)
        text += severityName(f.severity) + u' ' + f.code + u' ' + f.subject + u": " + f.message + u'\n';
    return text;
}

} // namespace portolan::test
