#include "cloudvalidators.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace portolan::CloudValidators {

namespace {

const QString testDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/export-cloud");

ValidatorResult missing(const QString &why)
{
    return {ValidatorResult::Status::Missing, why};
}

ValidatorResult run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
                    const QString &workDir = {}, int timeoutMs = 120000, QByteArray *out = nullptr)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return missing(u"%1 is not installed"_s.arg(program));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(path, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {ValidatorResult::Status::Failed, u"%1 timed out"_s.arg(program)};
    }
    const QByteArray output = process.readAll();
    if (out)
        *out = output;
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {
        ok ? ValidatorResult::Status::Passed : ValidatorResult::Status::Failed,
        u"%1 exit %2: %3"_s.arg(program).arg(process.exitCode()).arg(QString::fromUtf8(output.left(4000)))};
}

// python3 helper scripts exit 3 when their module is missing.
ValidatorResult python(const QStringList &args)
{
    QByteArray out;
    ValidatorResult r = run(u"python3"_s, args, {}, {}, 120000, &out);
    if (r.status == ValidatorResult::Status::Failed && r.detail.contains(u"exit 3:"_s))
        return missing(QString::fromUtf8(out).trimmed());
    return r;
}

QProcessEnvironment terraformEnv(const QString &configFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TF_CLI_CONFIG_FILE"_s, configFile);
    env.insert(u"CHECKPOINT_DISABLE"_s, u"1"_s);
    env.insert(u"TF_IN_AUTOMATION"_s, u"1"_s);
    return env;
}

struct TerraformWorkspace
{
    QTemporaryDir dir;
    bool initialised = false;
    ValidatorResult initResult;
};

} // namespace

ValidatorResult cfnLint(const QString &file)
{
    return run(u"cfn-lint"_s, {file});
}

ValidatorResult terraformFmt(const QString &dir)
{
    static QTemporaryDir config;
    const QString configFile = config.filePath(u"terraformrc"_s);
    QFile f(configFile);
    if (f.open(QIODevice::WriteOnly))
        f.write("# no settings: silences the missing ~/.terraformrc warning\n");
    f.close();
    return run(u"terraform"_s, {u"fmt"_s, u"-check"_s, u"-diff"_s, u"-recursive"_s, u"-no-color"_s, dir},
               terraformEnv(configFile));
}

// Empties the module folder and copies `files` into it under their names.
static bool placeModule(const QString &moduleDir, const QStringList &files)
{
    QDir module(moduleDir);
    for (const QString &old : module.entryList({u"*.tf"_s}, QDir::Files))
        module.remove(old);
    for (const QString &file : files)
        if (!QFile::copy(file, module.filePath(QFileInfo(file).fileName())))
            return false;
    return true;
}

ValidatorResult terraformValidateAws(const QStringList &files)
{
    static const QString mirror = u"/opt/tf-plugins"_s;
    if (!QDir(mirror + u"/registry.terraform.io/hashicorp/aws/5.100.0"_s).exists())
        return missing(u"the AWS provider 5.100.0 mirror is not in %1"_s.arg(mirror));
    if (QStandardPaths::findExecutable(u"terraform"_s).isEmpty())
        return missing(u"terraform is not installed"_s);
    static std::unique_ptr<TerraformWorkspace> workspace;
    if (!workspace)
        workspace = std::make_unique<TerraformWorkspace>();
    const QString dir = workspace->dir.path();
    const QString configFile = dir + u"/terraformrc"_s;
    const QString moduleDir = dir + u"/module"_s;
    if (!workspace->initialised) {
        QDir().mkpath(moduleDir);
        QFile config(configFile);
        if (!config.open(QIODevice::WriteOnly))
            return {ValidatorResult::Status::Failed, u"cannot write %1"_s.arg(configFile)};
        config.write("provider_installation {\n  filesystem_mirror {\n    path    = \"/opt/tf-plugins\"\n"
                     "    include = [\"registry.terraform.io/*/*\"]\n  }\n  direct {\n"
                     "    exclude = [\"registry.terraform.io/*/*\"]\n  }\n}\n");
        config.close();
        placeModule(moduleDir, files);
        workspace->initResult =
            run(u"terraform"_s, {u"init"_s, u"-backend=false"_s, u"-input=false"_s, u"-no-color"_s},
                terraformEnv(configFile), moduleDir, 300000);
        workspace->initialised = true;
    }
    if (workspace->initResult.status != ValidatorResult::Status::Passed)
        return workspace->initResult;
    if (!placeModule(moduleDir, files))
        return {ValidatorResult::Status::Failed, u"cannot copy %1"_s.arg(files.join(u", "_s))};
    return run(u"terraform"_s, {u"validate"_s, u"-no-color"_s}, terraformEnv(configFile), moduleDir);
}

ValidatorResult hclParse(const QString &file, QByteArray *json)
{
    const QString tool = QStringLiteral(PORTOLAN_SOURCE_DIR "/tools/hcl2json");
    if (!QDir(tool + u"/node_modules/@cdktf/hcl2json"_s).exists())
        return missing(u"@cdktf/hcl2json is not installed: run `npm ci` in tools/hcl2json"_s);
    return run(u"node"_s, {tool + u"/parse.js"_s, file}, {}, {}, 120000, json);
}

ValidatorResult awsCliInput(const QString &operation, const QString &file)
{
    return python({testDir + u"/validate_aws_cli.py"_s, operation, file});
}

ValidatorResult bashSyntax(const QString &file)
{
    return run(u"bash"_s, {u"-n"_s, file});
}

ValidatorResult networkPolicy(const QString &file)
{
    return python({testDir + u"/check_networkpolicy.py"_s, file});
}

ValidatorResult portMatrix(const QString &expectedJson, const QString &csv, const QString &html,
                           const QString &md)
{
    return python({testDir + u"/check_port_matrix.py"_s, expectedJson, csv, html, md});
}

ValidatorResult runWithStubs(const QString &script, const QStringList &commands, QList<QStringList> *calls)
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        return missing(u"python3 is not installed (the command stubs use it)"_s);
    QTemporaryDir stubs;
    const QString log = stubs.filePath(u"calls.jsonl"_s);
    for (const QString &command : commands) {
        QFile stub(stubs.filePath(command));
        if (!stub.open(QIODevice::WriteOnly))
            return {ValidatorResult::Status::Failed, u"cannot write stub"_s};
        stub.write("#!/usr/bin/env python3\nimport json, os, sys\n"
                   "with open(os.environ['PORTOLAN_STUB_LOG'], 'a', encoding='utf-8') as log:\n"
                   "    log.write(json.dumps([os.path.basename(sys.argv[0])] + sys.argv[1:]) + '\\n')\n");
        stub.close();
        stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, stubs.path() + u':' + env.value(u"PATH"_s));
    env.insert(u"PORTOLAN_STUB_LOG"_s, log);
    const ValidatorResult r = run(u"bash"_s, {script}, env, stubs.path());
    QFile f(log);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QStringList call;
            for (const QJsonValue &v : QJsonDocument::fromJson(line).array())
                call.append(v.toString());
            calls->append(call);
        }
    }
    return r;
}

QList<std::pair<QString, ValidatorResult>> validateTarget(const QString &target, const QStringList &paths,
                                                          const QString &dir)
{
    QList<std::pair<QString, ValidatorResult>> out;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        if (target == u"aws-cloudformation"_s)
            out.append({u"cfn-lint "_s + name, cfnLint(path)});
        else if (target == u"aws-cli"_s) {
            const QString op = name.endsWith(u"-revoke-default-egress.json"_s)
                                   ? u"RevokeSecurityGroupEgress"_s
                               : name.endsWith(u"-ingress.json"_s) ? u"AuthorizeSecurityGroupIngress"_s
                                                                   : u"AuthorizeSecurityGroupEgress"_s;
            out.append({u"botocore "_s + op + u' ' + name, awsCliInput(op, path)});
        } else if (target == u"gcloud"_s || target == u"doctl"_s)
            out.append({u"bash -n "_s + name, bashSyntax(path)});
        else if (target == u"kubernetes"_s)
            out.append({u"NetworkPolicy schema "_s + name, networkPolicy(path)});
        if (path.endsWith(u".tf"_s))
            out.append({u"HCL parse "_s + name, hclParse(path)});
    }
    // The .tf files of one target are one module: validated together, as
    // terraform reads them (network.tf uses security_groups.tf's variables).
    if (target == u"aws-terraform"_s) {
        QStringList module;
        for (const QString &path : paths)
            if (path.endsWith(u".tf"_s))
                module.append(path);
        QStringList names;
        for (const QString &path : std::as_const(module))
            names.append(QFileInfo(path).fileName());
        out.append({u"terraform validate "_s + names.join(u" + "_s), terraformValidateAws(module)});
    }
    if (target.endsWith(u"terraform"_s))
        out.append({u"terraform fmt -check"_s, terraformFmt(dir)});
    return out;
}

} // namespace portolan::CloudValidators
