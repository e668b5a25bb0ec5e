#include "targetvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return true;
}

} // namespace

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
}

Verdict mergeVerdicts(const QList<Verdict> &verdicts)
{
    Verdict total{Verdict::Passed, {}};
    QStringList details;
    for (const Verdict &v : verdicts) {
        if (v.kind == Verdict::Failed)
            total.kind = Verdict::Failed;
        else if (v.kind == Verdict::Skipped && total.kind != Verdict::Failed)
            total.kind = Verdict::Skipped;
        details.append(v.detail);
    }
    if (verdicts.isEmpty())
        return {Verdict::Failed, u"no files to validate"_s};
    total.detail = details.join(u'\n');
    return total;
}

Verdict runTool(const QString &program, const QStringList &arguments, const QStringList &extraPath,
                const QStringList &failMarkers)
{
    const QString tool = findTool(program);
    if (tool.isEmpty())
        return {Verdict::Skipped, program + u" is not installed"_s};
    QProcess p;
    if (!extraPath.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, extraPath.join(u':') + u':' + env.value(u"PATH"_s));
        p.setProcessEnvironment(env);
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, arguments);
    const QString line = program + u' ' + arguments.join(u' ');
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {Verdict::Failed, line + u": did not finish ("_s + p.errorString() + u')'};
    }
    const QString output = QString::fromLocal8Bit(p.readAll()).left(4000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {Verdict::Failed, line + u": exit "_s + QString::number(p.exitCode()) + u'\n' + output};
    for (const QString &marker : failMarkers)
        if (output.contains(marker))
            return {Verdict::Failed, line + u": printed "_s + marker + u'\n' + output};
    return {Verdict::Passed, line};
}

Verdict TargetValidator::bashSyntax(const QString &file)
{
    return runTool(u"bash"_s, {u"-n"_s, file});
}

Verdict TargetValidator::check(const QString &target, const QString &root, const QStringList &files)
{
    QList<Verdict> verdicts;
    if (target == u"iptables"_s || target == u"ip6tables"_s) {
        if (findTool(u"unshare"_s).isEmpty())
            return {Verdict::Skipped, u"unshare is not installed"_s};
        if (findTool(target + u"-restore"_s).isEmpty())
            return {Verdict::Skipped, target + u"-restore is not installed"_s};
        // Shared address sets (sets/<name>.ipset) go into the kernel first,
        // as a person applies them: in a namespace of the check's own
        // (ipsets, like rules, are per namespace), each set file restored
        // twice (loading it again must be harmless), then the host file
        // tested against them.
        QStringList sets, hosts;
        for (const QString &f : files)
            (f.endsWith(u".ipset"_s) ? sets : hosts).append(root + u'/' + f);
        const QString ipset = findTool(u"ipset"_s);
        if (!sets.isEmpty() && ipset.isEmpty())
            return {Verdict::Skipped, u"ipset is not installed"_s};
        // The tools' paths come from findTool (sbin may not be in PATH).
        const QString script = u"f=$1; shift; for s in \"$@\"; do %1 restore -exist -file \"$s\" && "
                               u"%1 restore -file \"$s\" || exit 1; done; exec %2 --test \"$f\""_s.arg(
                                   ipset, findTool(target + u"-restore"_s));
        for (const QString &f : hosts)
            verdicts.append(
                runTool(u"unshare"_s, QStringList{u"-n"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, f} + sets));
    } else if (target == u"nftables"_s) {
        if (findTool(u"nft"_s).isEmpty())
            return {Verdict::Skipped, u"nft is not installed"_s};
        for (const QString &f : files) {
            // A shared set (sets/<name>.nft) is a part of the host files that
            // include it and is checked through them, found in their folder.
            if (f.contains(u"sets/"_s))
                continue;
            const QString folder = QFileInfo(root + u'/' + f).absolutePath();
            verdicts.append(runTool(u"unshare"_s,
                                    {u"-n"_s, u"nft"_s, u"-I"_s, folder, u"-c"_s, u"-f"_s, root + u'/' + f}));
        }
    } else if (target == u"firewalld"_s) {
        return firewalld(root, files);
    } else if (target == u"ufw"_s) {
        return ufw(root, files);
    } else if (target == u"pf"_s) {
        return {Verdict::Skipped, u"no pf validator on Debian (pfctl is BSD only): golden files only"_s};
    } else if (target == u"windows"_s) {
        return {Verdict::Skipped, u"no PowerShell on Debian: golden files only"_s};
    } else {
        return {Verdict::Skipped, u"no validator known for "_s + target};
    }
    return mergeVerdicts(verdicts);
}

// firewall-offline-cmd checks a whole configuration folder: build one per
// node (firewalld.conf naming the zone as default, zones/, policies/,
// services/) and check it; install.sh gets bash -n.
Verdict TargetValidator::firewalld(const QString &root, const QStringList &files)
{
    if (findTool(u"firewall-offline-cmd"_s).isEmpty())
        return {Verdict::Skipped, u"firewall-offline-cmd is not installed"_s};
    QMap<QString, QStringList> byNode; // "firewalld/<node>" -> files below it
    for (const QString &f : files)
        byNode[f.section(u'/', 0, 1)].append(f.section(u'/', 2));
    QList<Verdict> verdicts;
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
        QTemporaryDir config;
        bool ok = config.isValid();
        ok = ok && writeFile(config.filePath(u"firewalld.conf"_s),
                             "DefaultZone=portolan\nFirewallBackend=nftables\n");
        QDir(config.path()).mkpath(u"services"_s);
        for (const QString &f : it.value()) {
            QFile in(root + u'/' + it.key() + u'/' + f);
            if (f.endsWith(u".xml"_s))
                ok = ok && in.open(QIODevice::ReadOnly) && writeFile(config.filePath(f), in.readAll());
            else if (f.endsWith(u".sh"_s))
                verdicts.append(bashSyntax(in.fileName()));
        }
        if (!ok)
            return {Verdict::Failed, u"could not build the configuration folder for "_s + it.key()};
        // A bad rich rule (port 70000, address /33) is only a WARNING with
        // exit 0: firewalld drops the rule and loads the rest.
        verdicts.append(runTool(u"firewall-offline-cmd"_s,
                                {u"--system-config"_s, config.path(), u"--check-config"_s}, {},
                                {u"WARNING:"_s, u"ERROR:"_s}));
    }
    return mergeVerdicts(verdicts);
}

// `ufw --dry-run` needs root and a network namespace keeps it from touching
// the host. The script runs with a `ufw` shim first in PATH, so its own
// quoting is what is tested. The shim never passes on reset, enable or
// disable: ufw 0.36 performs those even with --dry-run.
Verdict TargetValidator::ufw(const QString &root, const QStringList &files)
{
    const QString ufwTool = findTool(u"ufw"_s);
    if (ufwTool.isEmpty())
        return {Verdict::Skipped, u"ufw is not installed"_s};
    QTemporaryDir shim;
    const QByteArray script =
        "#!/bin/sh\n"
        "case \" $* \" in\n"
        "  *\" reset \"*|*\" enable \"*|*\" disable \"*) echo \"shim: not running ufw $*\"; exit 0;;\n"
        "esac\n"
        "exec " +
        ufwTool.toUtf8() + " --dry-run \"$@\"\n";
    if (!shim.isValid() || !writeFile(shim.filePath(u"ufw"_s), script, true))
        return {Verdict::Failed, u"could not write the ufw shim"_s};
    QList<Verdict> verdicts;
    for (const QString &f : files) {
        verdicts.append(bashSyntax(root + u'/' + f));
        verdicts.append(runTool(u"unshare"_s, {u"-n"_s, u"bash"_s, root + u'/' + f}, {shim.path()}));
    }
    return mergeVerdicts(verdicts);
}

} // namespace portolan::test
