#include "networkvalidator.h"

#include "model/cidr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

bool validPort(const QString &text)
{
    bool ok = false;
    const int p = text.toInt(&ok);
    return ok && p >= 1 && p <= 65535;
}

// "80", "50000:60000", "{ 80, 443, 7000:7010 }"
bool validPorts(const QString &text)
{
    QString t = text;
    if (t.startsWith(u"{ "_s) && t.endsWith(u" }"_s))
        t = t.mid(2, t.size() - 4);
    for (const QString &part : t.split(u", "_s)) {
        const QStringList ends = part.split(u':');
        if (ends.size() > 2 || !std::all_of(ends.cbegin(), ends.cend(), validPort))
            return false;
        if (ends.size() == 2 && ends[0].toInt() > ends[1].toInt())
            return false;
    }
    return true;
}

bool validAddress(const QString &text, const QSet<QString> &tables)
{
    if (text == u"any"_s)
        return true;
    if (text.startsWith(u'<') && text.endsWith(u'>'))
        return tables.contains(text.mid(1, text.size() - 2));
    return Cidr::parse(text).has_value() || !QHostAddress(text).isNull();
}

} // namespace

Verdict NetworkValidator::check(const QString &target, const QString &root, const QStringList &files)
{
    if (target == u"gateway-nftables"_s)
        return TargetValidator::check(u"nftables"_s, root, files);
    if (target == u"gateway-iptables"_s)
        return TargetValidator::check(u"iptables"_s, root, files);
    if (target == u"gateway-ip6tables"_s)
        return TargetValidator::check(u"ip6tables"_s, root, files);
    QList<Verdict> verdicts;
    if (target == u"haproxy"_s) {
        for (const QString &f : files)
            verdicts.append(haproxy(root, f));
    } else if (target == u"gateway-pf"_s) {
        for (const QString &f : files)
            verdicts.append(pfStructure(root + u'/' + f));
        if (!verdicts.isEmpty() && std::all_of(verdicts.cbegin(), verdicts.cend(),
                                               [](const Verdict &v) { return v.kind == Verdict::Passed; }))
            verdicts.append({Verdict::Passed, u"pf: structure only (no pfctl on Debian)"_s});
    } else {
        return {Verdict::Skipped, u"no validator known for "_s + target};
    }
    return mergeVerdicts(verdicts);
}

// haproxy -c opens every certificate named: a copy of the file whose
// crt-base points at a folder of throw-away self-signed certificates, one
// per `crt` name, is what gets checked. Nothing else is changed.
Verdict NetworkValidator::haproxy(const QString &root, const QString &file)
{
    if (findTool(u"haproxy"_s).isEmpty())
        return {Verdict::Skipped, u"haproxy is not installed"_s};
    QFile in(root + u'/' + file);
    if (!in.open(QIODevice::ReadOnly))
        return {Verdict::Failed, u"cannot read "_s + file};
    QString text = QString::fromUtf8(in.readAll());
    QTemporaryDir dir;
    const QString certs = dir.filePath(u"certs"_s);
    QDir().mkpath(certs);
    static const QRegularExpression crtBase(u"^    crt-base \\S+$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression crt(u" ssl crt (\\S+)$"_s, QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (auto it = crt.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    if (!names.isEmpty()) {
        if (!text.contains(crtBase))
            return {Verdict::Failed, file + u": TLS listeners but no crt-base line"_s};
        text.replace(crtBase, u"    crt-base "_s + certs);
        if (findTool(u"openssl"_s).isEmpty())
            return {Verdict::Skipped, u"openssl is not installed (needed for test certificates)"_s};
        const Verdict made =
            runTool(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                   u"-keyout"_s, dir.filePath(u"key"_s), u"-out"_s, dir.filePath(u"cert"_s),
                                   u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=portolan-test"_s});
        if (made.kind != Verdict::Passed)
            return made;
        QFile key(dir.filePath(u"key"_s)), cert(dir.filePath(u"cert"_s));
        if (!key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly))
            return {Verdict::Failed, u"no test certificate"_s};
        const QByteArray pem = cert.readAll() + key.readAll();
        for (const QString &n : std::as_const(names)) {
            QFile out(certs + u'/' + n);
            if (n.contains(u'/') || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
                return {Verdict::Failed, u"cannot write the test certificate "_s + n};
        }
    }
    QFile copy(dir.filePath(u"haproxy.cfg"_s));
    if (!copy.open(QIODevice::WriteOnly))
        return {Verdict::Failed, u"cannot write the copy"_s};
    copy.write(text.toUtf8());
    copy.close();
    Verdict v = runTool(u"haproxy"_s, {u"-c"_s, u"-f"_s, copy.fileName()});
    v.detail = file + u": "_s + v.detail;
    return v;
}

Verdict NetworkValidator::pfStructure(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {Verdict::Failed, u"cannot read "_s + file};
    const QString addr = u"(any|<[a-z0-9_]+>|[0-9a-f.:/]+)"_s;
    const QString proto = u"(?: proto (tcp|udp))?"_s;
    const QList<QRegularExpression> forms{
        QRegularExpression(u"^set skip on lo$"_s),
        QRegularExpression(u"^set timeout tcp\\.established ([1-9][0-9]*)$"_s),
        QRegularExpression(u"^table <([a-z0-9_]{1,31})> const \\{ ([0-9a-f.:/, ]+) \\}$"_s),
        QRegularExpression(u"^block drop in all$"_s),
        QRegularExpression(u"^pass out all keep state$"_s),
        QRegularExpression(u"^pass in quick to \\(self\\) keep state$"_s),
        QRegularExpression(u"^pass in quick (inet|inet6)"_s + proto + u" from "_s + addr + u" to "_s + addr +
                           u"(?: port (\\{ [0-9:, ]+ \\}|[0-9:]+))? keep state$"_s),
        QRegularExpression(u"^match in (inet|inet6) proto (tcp|udp) to ([0-9a-f.:]+) port ([0-9:]+) rdr-to "
                           u"([0-9a-f.:]+)(?: port ([0-9]+)(:\\*)?)?$"_s),
        QRegularExpression(u"^match out (inet|inet6) from "_s + addr + u" to (! )?"_s + addr +
                           u" nat-to ([0-9a-f.:]+|\\(egress\\))$"_s),
    };
    QSet<QString> tables;
    int number = 0;
    int rules = 0;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        const QString where = file + u':' + QString::number(number) + u": "_s;
        if (line.isEmpty() || line.startsWith(u"# "_s) || line == u"#"_s)
            continue;
        QRegularExpressionMatch m;
        qsizetype form = -1;
        for (qsizetype i = 0; i < forms.size() && form < 0; ++i) {
            m = forms[i].match(line);
            if (m.hasMatch())
                form = i;
        }
        if (form < 0)
            return {Verdict::Failed, where + u"not a form the gateway pf target writes: "_s + line};
        if (form >= 3)
            ++rules;
        if (form == 2) {
            for (const QString &c : m.captured(2).split(u", "_s))
                if (!Cidr::parse(c) && QHostAddress(c).isNull())
                    return {Verdict::Failed, where + u"bad address "_s + c};
            tables.insert(m.captured(1));
        } else if (form == 6) {
            if (!validAddress(m.captured(3), tables) || !validAddress(m.captured(4), tables) ||
                (!m.captured(5).isEmpty() && !validPorts(m.captured(5))))
                return {Verdict::Failed, where + u"bad address, undefined table or bad port: "_s + line};
            if (m.captured(5).isEmpty() != m.captured(2).isEmpty())
                return {Verdict::Failed,
                        where + u"ports need a protocol and a protocol needs ports: "_s + line};
        } else if (form == 7) {
            if (QHostAddress(m.captured(3)).isNull() || QHostAddress(m.captured(5)).isNull() ||
                !validPorts(m.captured(4)) || (!m.captured(6).isEmpty() && !validPort(m.captured(6))))
                return {Verdict::Failed, where + u"bad rdr-to: "_s + line};
            if (m.captured(4).contains(u':') != !m.captured(7).isEmpty() && !m.captured(6).isEmpty() &&
                !m.captured(7).isEmpty())
                return {Verdict::Failed, where + u"a port offset needs a range: "_s + line};
        } else if (form == 8) {
            if (!validAddress(m.captured(2), tables) || !validAddress(m.captured(4), tables) ||
                (m.captured(5) != u"(egress)"_s && QHostAddress(m.captured(5)).isNull()))
                return {Verdict::Failed, where + u"bad nat-to: "_s + line};
            if (!m.captured(3).isEmpty() && !m.captured(4).startsWith(u'<'))
                return {Verdict::Failed, where + u"pf negates a list badly: negate a table only: "_s + line};
        }
    }
    if (rules == 0)
        return {Verdict::Failed, file + u": no pass or match rule"_s};
    return {Verdict::Passed, u"pf structure "_s + file};
}

} // namespace portolan::test
