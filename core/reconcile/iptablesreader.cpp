#include "iptablesreader.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Token
{
    QString text;
    int column = 0; // 1-based
};

// Splits a line like a shell would for iptables-save: words separated by
// blanks, "..." quoting with \" and \\ escapes. False on an open quote.
bool tokenize(const QString &line, QList<Token> *out, int *errorColumn)
{
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        if (i >= line.size())
            break;
        Token t{QString(), int(i) + 1};
        while (i < line.size() && line[i] != u' ' && line[i] != u'\t') {
            if (line[i] == u'"') {
                const qsizetype open = i++;
                bool closed = false;
                while (i < line.size()) {
                    if (line[i] == u'\\' && i + 1 < line.size()) {
                        t.text += line[i + 1];
                        i += 2;
                        continue;
                    }
                    if (line[i] == u'"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    t.text += line[i++];
                }
                if (!closed) {
                    *errorColumn = int(open) + 1;
                    return false;
                }
                continue;
            }
            t.text += line[i++];
        }
        out->append(t);
    }
    return true;
}

bool parsePort(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0 || v > 65535 || text.startsWith(u'+') || text.startsWith(u'-'))
        return false;
    *out = v;
    return true;
}

// "80", "1024:65535", ":1023", "8000:" (iptables) -> set.
bool parsePortSpec(const QString &text, PortSet *out)
{
    const QStringList parts = text.split(u':');
    if (parts.size() == 1) {
        int p = 0;
        if (!parsePort(parts[0], &p))
            return false;
        *out = out->united(PortSet(p, p));
        return true;
    }
    if (parts.size() != 2)
        return false;
    int from = 0;
    int to = 65535;
    if ((!parts[0].isEmpty() && !parsePort(parts[0], &from)) ||
        (!parts[1].isEmpty() && !parsePort(parts[1], &to)))
        return false;
    if (from > to)
        std::swap(from, to); // iptables swaps an inverted range too
    *out = out->united(PortSet(from, to));
    return true;
}

bool parseProtocolName(const QString &text, IpFamily family, ProtocolSet *out)
{
    const QString t = text.toLower();
    if (t == u"all"_s || t == u"0"_s) {
        *out = ProtocolSet(0, 255);
        return true;
    }
    if (t == u"icmp"_s && family == IpFamily::IPv6) {
        *out = ProtocolSet(IpProto::Icmpv6, IpProto::Icmpv6);
        return true;
    }
    if (const int named = IpProto::byName(t); named >= 0) {
        *out = ProtocolSet(named, named);
        return true;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 255)
        return false;
    *out = ProtocolSet(n, n);
    return true;
}

bool parseIcmpType(const QString &text, bool v6, int *out)
{
    static const QHash<QString, int> v4{
        {u"echo-reply"_s, 0},           {u"destination-unreachable"_s, 3},
        {u"source-quench"_s, 4},        {u"redirect"_s, 5},
        {u"echo-request"_s, 8},         {u"router-advertisement"_s, 9},
        {u"router-solicitation"_s, 10}, {u"time-exceeded"_s, 11},
        {u"parameter-problem"_s, 12},   {u"timestamp-request"_s, 13},
        {u"timestamp-reply"_s, 14},
    };
    static const QHash<QString, int> v6names{
        {u"destination-unreachable"_s, 1},
        {u"packet-too-big"_s, 2},
        {u"time-exceeded"_s, 3},
        {u"parameter-problem"_s, 4},
        {u"echo-request"_s, 128},
        {u"echo-reply"_s, 129},
        {u"router-solicitation"_s, 133},
        {u"router-advertisement"_s, 134},
        {u"neighbour-solicitation"_s, 135},
        {u"neighbor-solicitation"_s, 135},
        {u"neighbour-advertisement"_s, 136},
        {u"neighbor-advertisement"_s, 136},
        {u"redirect"_s, 137},
    };
    const QString type = text.section(u'/', 0, 0); // the code after '/' is not modelled
    const auto &names = v6 ? v6names : v4;
    if (const auto it = names.constFind(type.toLower()); it != names.cend()) {
        *out = *it;
        return text.section(u'/', 1).isEmpty();
    }
    bool ok = false;
    const int n = type.toInt(&ok);
    if (!ok || n < 0 || n > 255 || text.contains(u'/'))
        return false;
    *out = n;
    return true;
}

AddressSet complementOf(const AddressSet &set, IpFamily family)
{
    return Addresses::all(family).subtracted(set);
}

} // namespace

bool parseAddressSpec(const QString &text, IpFamily *family, AddressSet *out)
{
    const QString address = text.section(u'/', 0, 0);
    const QString mask = text.contains(u'/') ? text.section(u'/', 1) : QString();
    QHostAddress host;
    if (!parseHostAddress(address, &host))
        return false;
    const bool v4 = host.protocol() == QAbstractSocket::IPv4Protocol;
    const int bits = v4 ? 32 : 128;
    int prefix = bits;
    if (!mask.isEmpty()) {
        bool ok = false;
        prefix = mask.toInt(&ok);
        if (!ok) {
            // A dotted netmask (iptables accepts 255.255.255.0); contiguous only.
            QHostAddress m;
            if (!v4 || !parseHostAddress(mask, &m) || m.protocol() != QAbstractSocket::IPv4Protocol)
                return false;
            const quint32 value = m.toIPv4Address();
            prefix = 0;
            while (prefix < 32 && (value & (0x80000000u >> prefix)))
                ++prefix;
            if (prefix < 32 && (value << prefix) != 0)
                return false;
        } else if (prefix < 0 || prefix > bits || mask.startsWith(u'+')) {
            return false;
        }
    }
    const auto cidr = Cidr::parse(address + u'/' + QString::number(prefix));
    if (!cidr)
        return false;
    *family = v4 ? IpFamily::IPv4 : IpFamily::IPv6;
    *out = out->united(Addresses::of(*cidr));
    return true;
}

bool IptablesReader::looksLike(const QByteArray &content)
{
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return line.startsWith('*');
    }
    return false;
}

std::optional<FilterProgram> IptablesReader::read(const QByteArray &content, const QString &fileName,
                                                  const IpsetSets &ipsets, Diagnostics *errors)
{
    FilterProgram program;
    program.file = fileName;
    program.format = u"iptables-save"_s;
    const QString text = QString::fromUtf8(content);
    const QStringList lines = text.split(u'\n');
    const int before = int(errors->size());
    auto error = [&](int line, int column, const QString &message) {
        errors->append({fileName, line, column, message, {}});
    };

    // The family: the header ip6tables-save writes, else the first address.
    std::optional<IpFamily> family;
    for (const QString &l : lines) {
        if (l.startsWith(u"# Generated by ip6tables"_s))
            family = IpFamily::IPv6;
        else if (l.startsWith(u"# Generated by iptables"_s))
            family = IpFamily::IPv4;
        if (family)
            break;
    }
    if (!family) {
        // An IPv6 address, ICMPv6, or ip6tables named (Portolan's own header).
        static const QRegularExpression v6(
            u"\\s(-s|-d|--source|--destination)\\s+!?\\s*[0-9a-fA-F]*:|ipv6-icmp|icmpv6|ip6tables"_s);
        family = v6.match(text).hasMatch() ? IpFamily::IPv6 : IpFamily::IPv4;
    }
    const IpFamily fam = *family;
    const bool v6 = fam == IpFamily::IPv6;
    program.families = {fam};

    QString table;
    bool inFilter = false;
    QSet<QString> declared;
    struct Pending
    {
        QString chain;
        FilterRule rule;
        int targetColumn = 0;
    };
    QList<Pending> pending;
    int tableLine = 0;

    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n) + 1;
        QString line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'*')) {
            if (!table.isEmpty()) {
                error(lineNo, 1,
                      tr("table %1 starts before table %2 was committed").arg(trimmed.mid(1), table));
                break;
            }
            table = trimmed.mid(1);
            tableLine = lineNo;
            if (table.isEmpty() || table.contains(u' ')) {
                error(lineNo, 2, tr("a table name is missing after '*'"));
                break;
            }
            inFilter = table == u"filter"_s;
            continue;
        }
        if (trimmed == u"COMMIT"_s) {
            if (table.isEmpty()) {
                error(lineNo, 1, tr("COMMIT outside a table"));
                break;
            }
            table.clear();
            inFilter = false;
            continue;
        }
        if (table.isEmpty()) {
            error(lineNo, 1, tr("a line outside a table (expected '*filter' before it)"));
            break;
        }
        QList<Token> tokens;
        int openQuote = 0;
        if (!tokenize(line, &tokens, &openQuote)) {
            error(lineNo, openQuote, tr("unterminated quote"));
            break;
        }
        // iptables-save -c puts packet and byte counters first: [0:0]
        if (!tokens.isEmpty() && tokens.first().text.startsWith(u'[') && !trimmed.startsWith(u':'))
            tokens.removeFirst();
        if (trimmed.startsWith(u':')) {
            // :CHAIN POLICY [packets:bytes]
            if (tokens.size() < 2) {
                error(lineNo, 1, tr("a chain line needs a name and a policy"));
                break;
            }
            const QString name = tokens[0].text.mid(1);
            const QString policy = tokens[1].text;
            if (name.isEmpty()) {
                error(lineNo, 2, tr("a chain name is missing"));
                break;
            }
            if (policy != u"ACCEPT"_s && policy != u"DROP"_s && policy != u"-"_s) {
                error(lineNo, tokens[1].column,
                      tr("unknown chain policy '%1' (ACCEPT, DROP or -)").arg(policy));
                break;
            }
            if (!inFilter)
                continue;
            if (declared.contains(name)) {
                error(lineNo, 2, tr("chain %1 is declared twice").arg(name));
                break;
            }
            declared.insert(name);
            FilterChain c;
            c.table = u"filter"_s;
            c.name = name;
            c.family = fam;
            c.hook = name == u"INPUT"_s     ? ChainHook::Input
                     : name == u"OUTPUT"_s  ? ChainHook::Output
                     : name == u"FORWARD"_s ? ChainHook::Forward
                                            : ChainHook::None;
            if (c.hook == ChainHook::None && policy != u"-"_s) {
                error(lineNo, tokens[1].column, tr("a user chain cannot have a policy ('-' expected)"));
                break;
            }
            c.policy = policy == u"DROP"_s ? Verdict::Drop : Verdict::Accept;
            c.origin = {fileName, lineNo, 0, name};
            program.chains.append(c);
            continue;
        }
        if (tokens.isEmpty() ||
            (tokens[0].text != u"-A"_s && tokens[0].text != u"--append"_s && tokens[0].text != u"-I"_s)) {
            error(lineNo, tokens.isEmpty() ? 1 : tokens[0].column,
                  tr("expected a rule ('-A CHAIN ...'), a chain (':CHAIN POLICY') or COMMIT"));
            break;
        }
        if (tokens.size() < 2) {
            error(lineNo, tokens[0].column, tr("a chain name is missing after %1").arg(tokens[0].text));
            break;
        }
        if (!inFilter)
            continue;
        const QString chainName = tokens[1].text;
        if (!declared.contains(chainName)) {
            error(lineNo, tokens[1].column, tr("chain %1 was not declared (':%1 - [0:0]')").arg(chainName));
            break;
        }
        Pending p;
        p.chain = chainName;
        FilterRule &rule = p.rule;
        rule.origin = {fileName, lineNo, 0, chainName};
        rule.text = trimmed;
        FilterMatch &m = rule.match;
        bool failed = false;
        auto fail = [&](const Token &t, const QString &message) {
            error(lineNo, t.column, message);
            failed = true;
        };
        auto unknown = [&](const Token &t, const QString &what) {
            m.unknown.append(tr("%1 (%2:%3:%4)").arg(what, fileName).arg(lineNo).arg(t.column));
        };
        QString module;
        bool sawTarget = false;
        bool negate = false;
        qsizetype i = 2;
        auto value = [&](const Token &option) -> std::optional<Token> {
            if (i + 1 >= tokens.size()) {
                fail(option, tr("option %1 needs a value").arg(option.text));
                return std::nullopt;
            }
            return tokens[++i];
        };
        for (; i < tokens.size() && !failed; ++i) {
            const Token &t = tokens[i];
            const QString o = t.text;
            if (o == u"!"_s) {
                negate = true;
                continue;
            }
            const bool neg = negate;
            negate = false;
            if (o == u"-p"_s || o == u"--protocol"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                ProtocolSet set;
                if (!parseProtocolName(v->text, fam, &set)) {
                    fail(*v, tr("unknown protocol '%1'").arg(v->text));
                    break;
                }
                m.protocols = neg ? ProtocolSet(0, 255).subtracted(set) : set;
            } else if (o == u"-s"_s || o == u"--source"_s || o == u"-d"_s || o == u"--destination"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                AddressSet set;
                for (const QString &spec : v->text.split(u',')) {
                    IpFamily f = fam;
                    if (!parseAddressSpec(spec, &f, &set) || f != fam) {
                        fail(*v, f != fam ? tr("address '%1' is not %2").arg(spec, v6 ? u"IPv6"_s : u"IPv4"_s)
                                          : tr("bad address '%1'").arg(spec));
                        break;
                    }
                }
                if (failed)
                    break;
                if (neg)
                    set = complementOf(set, fam);
                (o.startsWith(u"-s"_s) || o == u"--source"_s ? m.sources : m.destinations) = set;
            } else if (o == u"-i"_s || o == u"--in-interface"_s || o == u"-o"_s ||
                       o == u"--out-interface"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                if (v->text == u"lo"_s) {
                    if (!neg)
                        m.loopbackOnly = true; // "! -i lo" restricts nothing for other hosts
                } else {
                    unknown(t, tr("interface match %1%2 %3").arg(neg ? u"! "_s : QString(), o, v->text));
                }
            } else if (o == u"-m"_s || o == u"--match"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                module = v->text;
                static const QSet<QString> known{u"tcp"_s,   u"udp"_s,     u"multiport"_s, u"conntrack"_s,
                                                 u"state"_s, u"comment"_s, u"set"_s,       u"icmp"_s,
                                                 u"icmp6"_s, u"sctp"_s};
                if (!known.contains(module))
                    unknown(*v, tr("match module '%1'").arg(module));
            } else if (o == u"--dport"_s || o == u"--destination-port"_s || o == u"--sport"_s ||
                       o == u"--source-port"_s || o == u"--dports"_s || o == u"--destination-ports"_s ||
                       o == u"--sports"_s || o == u"--source-ports"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                PortSet set;
                const bool list = o.endsWith(u's');
                for (const QString &spec : list ? v->text.split(u',') : QStringList{v->text})
                    if (!parsePortSpec(spec, &set)) {
                        fail(*v, tr("bad port '%1'").arg(spec));
                        break;
                    }
                if (failed)
                    break;
                if (neg)
                    set = PortSet(0, 65535).subtracted(set);
                (o.startsWith(u"--d"_s) ? m.dports : m.sports) = set;
            } else if (o == u"--ctstate"_s || o == u"--state"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                static const QSet<QString> states{u"NEW"_s,     u"ESTABLISHED"_s, u"RELATED"_s,
                                                  u"INVALID"_s, u"UNTRACKED"_s,   u"SNAT"_s,
                                                  u"DNAT"_s};
                bool hasNew = false;
                for (const QString &s : v->text.split(u',')) {
                    if (!states.contains(s)) {
                        fail(*v, tr("unknown connection state '%1'").arg(s));
                        break;
                    }
                    hasNew = hasNew || s == u"NEW"_s;
                }
                if (failed)
                    break;
                // DNAT/SNAT would hold for some new packets too; counted as matching.
                if (!(hasNew != neg) && !v->text.contains(u"NAT"_s))
                    m.matchesNew = false;
            } else if (o == u"--icmp-type"_s || o == u"--icmpv6-type"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                int type = 0;
                if (!parseIcmpType(v->text, o == u"--icmpv6-type"_s, &type)) {
                    unknown(*v, tr("ICMP type '%1'").arg(v->text));
                    continue;
                }
                PortSet set(type, type);
                m.dports = neg ? PortSet(0, 255).subtracted(set) : set;
            } else if (o == u"--match-set"_s) {
                const auto name = value(t);
                if (!name)
                    break;
                const auto dirs = value(t);
                if (!dirs)
                    break;
                const auto it = ipsets.sets.constFind(name->text);
                const bool single = dirs->text == u"src"_s || dirs->text == u"dst"_s;
                if (it == ipsets.sets.cend() || !it->addressOnly || !single || it->family != fam) {
                    unknown(*name, it == ipsets.sets.cend()
                                       ? tr("ipset '%1' (no `ipset save` output names it)").arg(name->text)
                                       : tr("ipset '%1' of type %2 matched on %3")
                                             .arg(name->text, it->type, dirs->text));
                    continue;
                }
                const AddressSet set = neg ? complementOf(it->addresses, fam) : it->addresses;
                auto &slot = dirs->text == u"src"_s ? m.sources : m.destinations;
                slot = slot ? slot->intersected(set) : set;
            } else if (o == u"--comment"_s) {
                if (!value(t))
                    break;
            } else if (o == u"--syn"_s) {
                // The first packet of a new TCP connection is a SYN.
                if (neg)
                    m.matchesNew = false;
            } else if (o == u"-j"_s || o == u"--jump"_s || o == u"-g"_s || o == u"--goto"_s) {
                const auto v = value(t);
                if (!v)
                    break;
                sawTarget = true;
                p.targetColumn = v->column;
                const QString target = v->text;
                if (o == u"-g"_s || o == u"--goto"_s) {
                    rule.verdict = Verdict::Goto;
                    rule.target = target;
                } else if (target == u"ACCEPT"_s) {
                    rule.verdict = Verdict::Accept;
                } else if (target == u"DROP"_s || target == u"REJECT"_s) {
                    rule.verdict = Verdict::Drop;
                } else if (target == u"RETURN"_s) {
                    rule.verdict = Verdict::Return;
                } else if (target == u"LOG"_s || target == u"NFLOG"_s || target == u"ULOG"_s ||
                           target == u"CONNMARK"_s || target == u"MARK"_s) {
                    rule.verdict = Verdict::Continue;
                } else if (target.size() > 0 && target.front().isUpper() && !declared.contains(target) &&
                           target == target.toUpper() && !target.contains(u'-') && !target.contains(u'_')) {
                    // An extension target (CT, TCPMSS, ...): assumed not to decide.
                    unknown(*v, tr("target %1").arg(target));
                    rule.verdict = Verdict::Continue;
                } else {
                    rule.verdict = Verdict::Jump;
                    rule.target = target;
                }
                // Target options (--reject-with, --log-prefix "...") follow.
                while (i + 1 < tokens.size() && tokens[i + 1].text.startsWith(u"--"_s)) {
                    ++i;
                    if (i + 1 < tokens.size() && !tokens[i + 1].text.startsWith(u'-'))
                        ++i;
                }
            } else if (o.startsWith(u'-')) {
                // An option of a module we do not model (--limit, --tcp-flags,
                // --uid-owner ...): it and its values are one unknown match.
                QStringList words{o};
                while (i + 1 < tokens.size() && !tokens[i + 1].text.startsWith(u'-') &&
                       tokens[i + 1].text != u"!"_s)
                    words.append(tokens[++i].text);
                unknown(t, tr("match %1%2").arg(neg ? u"! "_s : QString(), words.join(u' ')));
            } else {
                fail(t, tr("unexpected word '%1'").arg(o));
            }
        }
        if (failed)
            break;
        if (!sawTarget)
            rule.verdict = Verdict::Continue; // a rule without -j only counts packets
        if (m.dports && m.protocols && !m.protocols->intersects(ProtocolSet(IpProto::Tcp, IpProto::Tcp)) &&
            !m.protocols->intersects(ProtocolSet(IpProto::Udp, IpProto::Udp)) &&
            !m.protocols->intersects(ProtocolSet(IpProto::Sctp, IpProto::Sctp)) &&
            !m.protocols->intersects(ProtocolSet(IpProto::Icmp, IpProto::Icmp)) &&
            !m.protocols->intersects(ProtocolSet(IpProto::Icmpv6, IpProto::Icmpv6)))
            m.neverMatches = true;
        if ((m.dports || m.sports) && !m.protocols) {
            error(lineNo, rule.origin.column > 0 ? rule.origin.column : 1,
                  tr("a port match needs a protocol (-p tcp or -p udp)"));
            break;
        }
        pending.append(p);
    }
    if (errors->size() == before && !table.isEmpty())
        error(tableLine, 1, tr("table %1 is not committed (COMMIT is missing)").arg(table));
    if (errors->size() > before)
        return std::nullopt;
    for (const Pending &p : pending) {
        if ((p.rule.verdict == Verdict::Jump || p.rule.verdict == Verdict::Goto) &&
            !declared.contains(p.rule.target)) {
            error(p.rule.origin.line, p.targetColumn,
                  tr("jump to chain %1, which is not declared").arg(p.rule.target));
            return std::nullopt;
        }
        for (FilterChain &c : program.chains)
            if (c.name == p.chain)
                c.rules.append(p.rule);
    }
    for (const FilterChain &c : program.chains)
        for (const FilterRule &r : c.rules)
            for (const QString &u : r.match.unknown)
                program.notes.append({fileName,
                                      r.origin.line,
                                      0,
                                      tr("not understood, evaluated conservatively: %1").arg(u),
                                      {}});
    return program;
}

std::optional<IpsetSets> IptablesReader::readIpset(const QByteArray &content, const QString &fileName,
                                                   Diagnostics *errors)
{
    IpsetSets out;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n) + 1;
        QList<Token> tokens;
        int col = 0;
        if (!tokenize(lines[n].trimmed(), &tokens, &col)) {
            errors->append({fileName, lineNo, col, tr("unterminated quote"), {}});
            return std::nullopt;
        }
        if (tokens.isEmpty() || tokens[0].text.startsWith(u'#'))
            continue;
        const QString verb = tokens[0].text;
        if (verb == u"create"_s || verb == u"-N"_s) {
            if (tokens.size() < 3) {
                errors->append({fileName, lineNo, 1, tr("create needs a set name and a type"), {}});
                return std::nullopt;
            }
            IpsetSets::Set s;
            s.type = tokens[2].text;
            s.addressOnly = s.type == u"hash:ip"_s || s.type == u"hash:net"_s || s.type == u"bitmap:ip"_s;
            for (qsizetype k = 3; k + 1 < tokens.size(); ++k)
                if (tokens[k].text == u"family"_s && tokens[k + 1].text == u"inet6"_s)
                    s.family = IpFamily::IPv6;
            out.sets.insert(tokens[1].text, s);
        } else if (verb == u"add"_s || verb == u"-A"_s) {
            if (tokens.size() < 3) {
                errors->append({fileName, lineNo, 1, tr("add needs a set name and an entry"), {}});
                return std::nullopt;
            }
            auto it = out.sets.find(tokens[1].text);
            if (it == out.sets.end()) {
                errors->append({fileName,
                                lineNo,
                                tokens[1].column,
                                tr("set %1 was not created").arg(tokens[1].text),
                                {}});
                return std::nullopt;
            }
            if (!it->addressOnly)
                continue;
            IpFamily f = it->family;
            // bitmap:ip and hash:ip also take from-to ranges.
            const QString entry = tokens[2].text;
            if (entry.contains(u'-') && !entry.contains(u':')) {
                IpFamily f1 = f;
                IpFamily f2 = f;
                AddressSet a;
                AddressSet b;
                if (!parseAddressSpec(entry.section(u'-', 0, 0), &f1, &a) ||
                    !parseAddressSpec(entry.section(u'-', 1), &f2, &b) || f1 != it->family ||
                    f2 != it->family) {
                    errors->append(
                        {fileName, lineNo, tokens[2].column, tr("bad address range '%1'").arg(entry), {}});
                    return std::nullopt;
                }
                it->addresses = it->addresses.united(
                    AddressSet(a.intervals().first().first, b.intervals().first().second));
                continue;
            }
            if (!parseAddressSpec(entry, &f, &it->addresses) || f != it->family) {
                errors->append({fileName, lineNo, tokens[2].column, tr("bad address '%1'").arg(entry), {}});
                return std::nullopt;
            }
        } else {
            errors->append({fileName,
                            lineNo,
                            tokens[0].column,
                            tr("expected 'create' or 'add' (the output of `ipset save`)"),
                            {}});
            return std::nullopt;
        }
    }
    return out;
}

} // namespace portolan
