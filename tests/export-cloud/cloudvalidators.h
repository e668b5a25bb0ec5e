#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace portolan {

// The targets' own offline validators (TARGETS.md), run as processes. A
// validator that is not installed reports Missing with the reason, so the
// test says "skipped" instead of passing.
struct ValidatorResult
{
    enum class Status
    {
        Passed,
        Failed,
        Missing
    };
    Status status = Status::Missing;
    QString detail;
};

namespace CloudValidators {

ValidatorResult cfnLint(const QString &file);
ValidatorResult terraformFmt(const QString &dir);
// terraform init (once per test run, from the /opt/tf-plugins mirror) and
// terraform validate of `files` as the .tf files of one module.
ValidatorResult terraformValidateAws(const QStringList &files);
ValidatorResult hclParse(const QString &file, QByteArray *json = nullptr);
ValidatorResult awsCliInput(const QString &operation, const QString &file);
ValidatorResult bashSyntax(const QString &file);
ValidatorResult networkPolicy(const QString &file);
ValidatorResult portMatrix(const QString &expectedJson, const QString &csv, const QString &html,
                           const QString &md);
// Runs `script` with bash, PATH starting with stubs for `commands` that log
// their arguments (one JSON array per call) into *calls.
ValidatorResult runWithStubs(const QString &script, const QStringList &commands, QList<QStringList> *calls);

// Every validator that applies to the files `paths` (absolute, under `dir`)
// of cloud or document target `target`, by what ran; shared by the export
// tests and the reliability tests so both check the same way.
QList<std::pair<QString, ValidatorResult>> validateTarget(const QString &target, const QStringList &paths,
                                                          const QString &dir);

} // namespace CloudValidators

} // namespace portolan
