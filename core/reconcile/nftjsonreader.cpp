#include "nftjsonreader.h"

#include "iptablesreader.h"
#include "jsonpositions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct NamedSet
{
    QString type; // ipv4_addr, ipv6_addr, inet_service, inet_proto, ...
    QJsonArray elements;
    bool isMap = false;
    QString mapType; // "verdict" for a verdict map
};

// One dimension a match or map key restricts.
enum class Key
{
    None,
    Saddr,
    Daddr,
    Dport,
    Sport,
    Protocol,
    IcmpType,
    Nfproto,
    Iif,
    Oif,
    CtState
};

struct KeyInfo
{
    Key key = Key::None;
    std::optional<IpFamily> family;
    std::optional<int> protocol; // implied by tcp dport, icmp type ...
    QString name;                // for messages
};

KeyInfo keyOf(const QJsonValue &left)
{
    const QJsonObject o = left.toObject();
    KeyInfo k;
    if (o.contains(u"payload"_s)) {
        const QJsonObject p = o[u"payload"_s].toObject();
        const QString proto = p[u"protocol"_s].toString();
        const QString field = p[u"field"_s].toString();
        k.name = proto + u' ' + field;
        if (proto == u"ip"_s || proto == u"ip6"_s) {
            k.family = proto == u"ip"_s ? IpFamily::IPv4 : IpFamily::IPv6;
            if (field == u"saddr"_s)
                k.key = Key::Saddr;
            else if (field == u"daddr"_s)
                k.key = Key::Daddr;
            else if (field == u"protocol"_s || field == u"nexthdr"_s)
                k.key = Key::Protocol;
        } else if (proto == u"tcp"_s || proto == u"udp"_s || proto == u"sctp"_s || proto == u"th"_s ||
                   proto == u"udplite"_s) {
            if (proto == u"tcp"_s)
                k.protocol = IpProto::Tcp;
            else if (proto == u"udp"_s)
                k.protocol = IpProto::Udp;
            else if (proto == u"sctp"_s)
                k.protocol = IpProto::Sctp;
            else if (proto == u"udplite"_s)
                k.protocol = 136;
            if (field == u"dport"_s)
                k.key = Key::Dport;
            else if (field == u"sport"_s)
                k.key = Key::Sport;
        } else if ((proto == u"icmp"_s || proto == u"icmpv6"_s) && field == u"type"_s) {
            k.key = Key::IcmpType;
            k.protocol = proto == u"icmp"_s ? IpProto::Icmp : IpProto::Icmpv6;
            k.family = proto == u"icmp"_s ? IpFamily::IPv4 : IpFamily::IPv6;
        }
        return k;
    }
    if (o.contains(u"meta"_s)) {
        const QString key = o[u"meta"_s].toObject()[u"key"_s].toString();
        k.name = u"meta "_s + key;
        if (key == u"nfproto"_s)
            k.key = Key::Nfproto;
        else if (key == u"l4proto"_s)
            k.key = Key::Protocol;
        else if (key == u"iifname"_s || key == u"iif"_s)
            k.key = Key::Iif;
        else if (key == u"oifname"_s || key == u"oif"_s)
            k.key = Key::Oif;
        return k;
    }
    if (o.contains(u"ct"_s)) {
        const QString key = o[u"ct"_s].toObject()[u"key"_s].toString();
        k.name = u"ct "_s + key;
        if (key == u"state"_s)
            k.key = Key::CtState;
        return k;
    }
    k.name = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).left(80);
    return k;
}

int protocolNumber(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isDouble())
        return v.toInt();
    if (const int named = IpProto::byName(v.toString()); named >= 0)
        return named;
    *ok = false;
    return 0;
}

int icmpTypeNumber(const QJsonValue &v, bool v6, bool *ok)
{
    static const QHash<QString, int> v4{{u"echo-reply"_s, 0},           {u"destination-unreachable"_s, 3},
                                        {u"source-quench"_s, 4},        {u"redirect"_s, 5},
                                        {u"echo-request"_s, 8},         {u"router-advertisement"_s, 9},
                                        {u"router-solicitation"_s, 10}, {u"time-exceeded"_s, 11},
                                        {u"parameter-problem"_s, 12},   {u"timestamp-request"_s, 13},
                                        {u"timestamp-reply"_s, 14}};
    static const QHash<QString, int> v6names{
        {u"destination-unreachable"_s, 1}, {u"packet-too-big"_s, 2},        {u"time-exceeded"_s, 3},
        {u"parameter-problem"_s, 4},       {u"echo-request"_s, 128},        {u"echo-reply"_s, 129},
        {u"mld-listener-query"_s, 130},    {u"mld-listener-report"_s, 131}, {u"mld-listener-done"_s, 132},
        {u"nd-router-solicit"_s, 133},     {u"nd-router-advert"_s, 134},    {u"nd-neighbor-solicit"_s, 135},
        {u"nd-neighbor-advert"_s, 136},    {u"nd-redirect"_s, 137},         {u"mld2-listener-report"_s, 143}};
    *ok = true;
    if (v.isDouble())
        return v.toInt();
    const auto &names = v6 ? v6names : v4;
    if (const auto it = names.constFind(v.toString()); it != names.cend())
        return *it;
    *ok = false;
    return 0;
}

int portNumber(const QJsonValue &v, bool *ok)
{
    static const QHash<QString, int> services{{u"ssh"_s, 22},        {u"http"_s, 80}, {u"https"_s, 443},
                                              {u"domain"_s, 53},     {u"smtp"_s, 25}, {u"ntp"_s, 123},
                                              {u"submission"_s, 587}};
    *ok = true;
    if (v.isDouble()) {
        const int n = v.toInt(-1);
        *ok = n >= 0 && n <= 65535;
        return n;
    }
    if (const auto it = services.constFind(v.toString()); it != services.cend())
        return *it;
    *ok = false;
    return 0;
}

class Reader
{
public:
    Reader(const QByteArray &content, const QString &file, Diagnostics *errors)
        : m_content(content), m_file(file), m_errors(errors)
    {
    }

    std::optional<FilterProgram> run()
    {
        const std::optional<QJsonDocument> parsed = parseJsonDocument(m_content, m_file, m_errors);
        if (!parsed)
            return std::nullopt;
        const QJsonDocument &doc = *parsed;
        if (!doc.isObject() || !doc.object()[u"nftables"_s].isArray()) {
            m_errors->append(
                {m_file,
                 1,
                 1,
                 NftJsonReader::tr("expected the output of `nft -j list ruleset` (an object with an "
                                   "\"nftables\" array)"),
                 {}});
            return std::nullopt;
        }
        // Positions of the elements, so each rule is named by file:line:column
        // even in `nft -j`'s one-line output.
        m_offsets = jsonContainerOffsets(m_content);
        const QJsonArray items = doc.object()[u"nftables"_s].toArray();
        m_program.file = m_file;
        m_program.format = u"nft-json"_s;
        // Sets and chains first: rules may name them in any order.
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isObject())
                return fail(i, NftJsonReader::tr("an element of \"nftables\" is not an object"));
            const QJsonObject item = items[i].toObject();
            if (item.contains(u"table"_s)) {
                const QJsonObject t = item[u"table"_s].toObject();
                const QString family = t[u"family"_s].toString();
                if (family == u"ip"_s)
                    addFamily(IpFamily::IPv4);
                else if (family == u"ip6"_s)
                    addFamily(IpFamily::IPv6);
                else if (family == u"inet"_s) {
                    addFamily(IpFamily::IPv4);
                    addFamily(IpFamily::IPv6);
                }
            } else if (item.contains(u"set"_s) || item.contains(u"map"_s)) {
                const bool isMap = item.contains(u"map"_s);
                const QJsonObject s = item[isMap ? u"map"_s : u"set"_s].toObject();
                NamedSet ns;
                ns.type = s[u"type"_s].isString() ? s[u"type"_s].toString() : u"concatenation"_s;
                ns.elements = s[u"elem"_s].toArray();
                ns.isMap = isMap;
                ns.mapType = s[u"map"_s].toString();
                m_sets.insert(tableKey(s) + u'\x1f' + s[u"name"_s].toString(), ns);
            } else if (item.contains(u"chain"_s)) {
                if (!readChain(i, item[u"chain"_s].toObject()))
                    return std::nullopt;
            }
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            if (item.contains(u"rule"_s) && !readRule(i, item[u"rule"_s].toObject()))
                return std::nullopt;
        }
        for (const FilterChain &c : std::as_const(m_program.chains))
            for (const FilterRule &r : c.rules) {
                for (const QString &u : r.match.unknown)
                    m_program.notes.append(
                        {m_file,
                         r.origin.line,
                         r.origin.column,
                         NftJsonReader::tr("not understood, evaluated conservatively: %1").arg(u),
                         {}});
                if ((r.verdict == Verdict::Jump || r.verdict == Verdict::Goto) &&
                    !m_program.chain(c.table, r.target)) {
                    m_errors->append(
                        {m_file,
                         r.origin.line,
                         r.origin.column,
                         NftJsonReader::tr("jump to chain %1, which does not exist").arg(r.target),
                         {}});
                    return std::nullopt;
                }
            }
        return m_program;
    }

private:
    static QString tableKey(const QJsonObject &o)
    {
        return o[u"family"_s].toString() + u' ' + o[u"table"_s].toString();
    }

    void addFamily(IpFamily f)
    {
        if (!m_program.families.contains(f))
            m_program.families.append(f);
    }

    RuleOrigin originOf(qsizetype index, const QString &chain) const
    {
        RuleOrigin o{m_file, 0, 0, chain};
        const auto at = m_offsets.constFind(u"/nftables/"_s + QString::number(index));
        if (at != m_offsets.cend())
            jsonLineColumn(m_content, *at, &o.line, &o.column);
        return o;
    }

    std::optional<FilterProgram> fail(qsizetype index, const QString &message)
    {
        const RuleOrigin o = originOf(index, {});
        m_errors->append({m_file, o.line, o.column, message, {}});
        return std::nullopt;
    }

    bool error(qsizetype index, const QString &message)
    {
        fail(index, message);
        return false;
    }

    static bool relevantFamily(const QString &f) { return f == u"ip"_s || f == u"ip6"_s || f == u"inet"_s; }

    bool readChain(qsizetype index, const QJsonObject &c)
    {
        const QString family = c[u"family"_s].toString();
        if (!c[u"name"_s].isString() || !c[u"table"_s].isString())
            return error(index, NftJsonReader::tr("a chain without a name or table"));
        if (!relevantFamily(family))
            return true; // arp, bridge, netdev: not IP filtering of this host
        FilterChain chain;
        chain.table = tableKey(c);
        chain.name = c[u"name"_s].toString();
        chain.family = family == u"ip"_s    ? std::optional(IpFamily::IPv4)
                       : family == u"ip6"_s ? std::optional(IpFamily::IPv6)
                                            : std::nullopt;
        chain.origin = originOf(index, chain.table + u' ' + chain.name);
        if (c.contains(u"hook"_s)) {
            const QString type = c[u"type"_s].toString();
            const QString hook = c[u"hook"_s].toString();
            chain.priority = c[u"prio"_s].toInt();
            if (type != u"filter"_s) {
                chain.hook = ChainHook::Other; // nat and route chains do not filter
            } else if (hook == u"input"_s) {
                chain.hook = ChainHook::Input;
            } else if (hook == u"output"_s) {
                chain.hook = ChainHook::Output;
            } else if (hook == u"forward"_s) {
                chain.hook = ChainHook::Forward;
            } else {
                chain.hook = ChainHook::Other;
                m_program.notes.append(
                    {m_file,
                     chain.origin.line,
                     chain.origin.column,
                     NftJsonReader::tr("filter chain %1 on hook %2 is not evaluated (only input, "
                                       "output and forward are)")
                         .arg(chain.name, hook),
                     {}});
            }
            const QString policy = c[u"policy"_s].toString(u"accept"_s);
            if (policy != u"accept"_s && policy != u"drop"_s)
                return error(index, NftJsonReader::tr("unknown chain policy '%1'").arg(policy));
            chain.policy = policy == u"drop"_s ? Verdict::Drop : Verdict::Accept;
        }
        m_program.chains.append(chain);
        return true;
    }

    // Adds the values of a right-hand side (a value, a prefix, a range, an
    // anonymous set, "@named") for a key to `set`; false when unreadable.
    template <typename F> bool values(const QJsonValue &right, const QString &table, F &&addOne, QString *why)
    {
        if (right.isString() && right.toString().startsWith(u'@')) {
            const auto it = m_sets.constFind(table + u'\x1f' + right.toString().mid(1));
            if (it == m_sets.cend()) {
                *why = NftJsonReader::tr("set %1 is not in the ruleset").arg(right.toString());
                return false;
            }
            for (const QJsonValue &e : it->elements)
                if (!element(e, addOne, why))
                    return false;
            return true;
        }
        if (right.isObject() && right.toObject().contains(u"set"_s)) {
            const QJsonValue inner = right.toObject()[u"set"_s];
            if (!inner.isArray())
                return element(inner, addOne, why);
            for (const QJsonValue &e : inner.toArray())
                if (!element(e, addOne, why))
                    return false;
            return true;
        }
        if (right.isArray()) { // ct state ["established", "related"]
            for (const QJsonValue &e : right.toArray())
                if (!element(e, addOne, why))
                    return false;
            return true;
        }
        return element(right, addOne, why);
    }

    template <typename F> bool element(const QJsonValue &e, F &&addOne, QString *why)
    {
        if (e.isObject() && e.toObject().contains(u"elem"_s))
            return element(e.toObject()[u"elem"_s].toObject()[u"val"_s], addOne, why);
        if (e.isObject() && e.toObject().contains(u"range"_s)) {
            const QJsonArray r = e.toObject()[u"range"_s].toArray();
            if (r.size() != 2) {
                *why = NftJsonReader::tr("a range needs two ends");
                return false;
            }
            return addOne(r[0], r[1], why);
        }
        return addOne(e, QJsonValue(), why);
    }

    // Applies `key op right` to the rule's match; false with `why` when
    // the match is not understood (the caller records it as unknown).
    bool apply(FilterMatch &m, const KeyInfo &k, const QString &op, const QJsonValue &right,
               const QString &table, QString *why)
    {
        const bool negate = op == u"!="_s;
        if (op != u"=="_s && op != u"!="_s && op != u"in"_s) {
            *why = NftJsonReader::tr("operator %1").arg(op);
            return false;
        }
        if (k.family) {
            if (m.family && *m.family != *k.family)
                m.neverMatches = true;
            m.family = k.family;
        }
        if (k.protocol) {
            const ProtocolSet p(*k.protocol, *k.protocol);
            m.protocols = m.protocols ? m.protocols->intersected(p) : p;
        }
        switch (k.key) {
        case Key::Saddr:
        case Key::Daddr: {
            const IpFamily fam = *k.family;
            AddressSet set;
            auto add = [&](const QJsonValue &a, const QJsonValue &b, QString *w) {
                auto one = [&](const QJsonValue &v, AddressSet *into) {
                    IpFamily f = fam;
                    if (v.isObject() && v.toObject().contains(u"prefix"_s)) {
                        const QJsonObject p = v.toObject()[u"prefix"_s].toObject();
                        return parseAddressSpec(p[u"addr"_s].toString() + u'/' +
                                                    QString::number(p[u"len"_s].toInt(-1)),
                                                &f, into) &&
                               f == fam;
                    }
                    return parseAddressSpec(v.toString(), &f, into) && f == fam;
                };
                if (b.isUndefined() || b.isNull()) {
                    if (!one(a, &set)) {
                        *w = NftJsonReader::tr("address %1")
                                 .arg(QString::fromUtf8(
                                     QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)));
                        return false;
                    }
                    return true;
                }
                AddressSet from;
                AddressSet to;
                if (!one(a, &from) || !one(b, &to)) {
                    *w = NftJsonReader::tr("address range");
                    return false;
                }
                set = set.united(AddressSet(from.intervals().first().first, to.intervals().last().second));
                return true;
            };
            if (!values(right, table, add, why))
                return false;
            if (negate)
                set = Addresses::all(fam).subtracted(set);
            auto &slot = k.key == Key::Saddr ? m.sources : m.destinations;
            slot = slot ? slot->intersected(set) : set;
            return true;
        }
        case Key::Dport:
        case Key::Sport:
        case Key::IcmpType: {
            PortSet set;
            const bool v6 = k.protocol && *k.protocol == IpProto::Icmpv6;
            auto add = [&](const QJsonValue &a, const QJsonValue &b, QString *w) {
                bool ok1 = false;
                bool ok2 = true;
                const int from = k.key == Key::IcmpType ? icmpTypeNumber(a, v6, &ok1) : portNumber(a, &ok1);
                int to = from;
                if (!b.isUndefined() && !b.isNull())
                    to = k.key == Key::IcmpType ? icmpTypeNumber(b, v6, &ok2) : portNumber(b, &ok2);
                if (!ok1 || !ok2 || to < from) {
                    *w = NftJsonReader::tr("value %1 of %2").arg(a.toVariant().toString(), k.name);
                    return false;
                }
                set = set.united(PortSet(from, to));
                return true;
            };
            if (!values(right, table, add, why))
                return false;
            const PortSet all = k.key == Key::IcmpType ? PortSet(0, 255) : PortSet(0, 65535);
            if (negate)
                set = all.subtracted(set);
            auto &slot = k.key == Key::Sport ? m.sports : m.dports;
            slot = slot ? slot->intersected(set) : set;
            return true;
        }
        case Key::Protocol: {
            ProtocolSet set;
            auto add = [&](const QJsonValue &a, const QJsonValue &b, QString *w) {
                bool ok1 = false;
                bool ok2 = true;
                const int from = protocolNumber(a, &ok1);
                const int to = (b.isUndefined() || b.isNull()) ? from : protocolNumber(b, &ok2);
                if (!ok1 || !ok2 || from < 0 || to > 255 || to < from) {
                    *w = NftJsonReader::tr("protocol %1").arg(a.toVariant().toString());
                    return false;
                }
                set = set.united(ProtocolSet(from, to));
                return true;
            };
            if (!values(right, table, add, why))
                return false;
            if (negate)
                set = ProtocolSet(0, 255).subtracted(set);
            m.protocols = m.protocols ? m.protocols->intersected(set) : set;
            return true;
        }
        case Key::Nfproto: {
            const QString v = right.toString();
            if (v != u"ipv4"_s && v != u"ipv6"_s) {
                *why = NftJsonReader::tr("meta nfproto %1").arg(v);
                return false;
            }
            const IpFamily f = (v == u"ipv4"_s) != negate ? IpFamily::IPv4 : IpFamily::IPv6;
            if (m.family && *m.family != f)
                m.neverMatches = true;
            m.family = f;
            return true;
        }
        case Key::Iif:
        case Key::Oif: {
            if (right.isString() && right.toString() == u"lo"_s) {
                if (!negate)
                    m.loopbackOnly = true;
                return true;
            }
            *why =
                NftJsonReader::tr("interface match %1 %2 %3")
                    .arg(k.name, op,
                         QString::fromUtf8(QJsonDocument(QJsonArray{right}).toJson(QJsonDocument::Compact)));
            return false;
        }
        case Key::CtState: {
            bool hasNew = false;
            auto add = [&](const QJsonValue &a, const QJsonValue &, QString *w) {
                static const QStringList states{u"new"_s, u"established"_s, u"related"_s, u"invalid"_s,
                                                u"untracked"_s};
                if (!states.contains(a.toString())) {
                    *w = NftJsonReader::tr("ct state %1").arg(a.toString());
                    return false;
                }
                hasNew = hasNew || a.toString() == u"new"_s;
                return true;
            };
            if (!values(right, table, add, why))
                return false;
            if (hasNew == negate)
                m.matchesNew = false;
            return true;
        }
        case Key::None:
            break;
        }
        *why = NftJsonReader::tr("match on %1").arg(k.name);
        return false;
    }

    static QString valueText(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
        const QJsonObject o = v.toObject();
        if (o.contains(u"prefix"_s))
            return o[u"prefix"_s].toObject()[u"addr"_s].toString() + u'/' +
                   QString::number(o[u"prefix"_s].toObject()[u"len"_s].toInt());
        if (o.contains(u"range"_s))
            return valueText(o[u"range"_s].toArray().at(0)) + u'-' + valueText(o[u"range"_s].toArray().at(1));
        if (o.contains(u"set"_s)) {
            QStringList parts;
            for (const QJsonValue &e : o[u"set"_s].toArray())
                parts.append(valueText(e));
            return u"{ "_s + parts.join(u", "_s) + u" }"_s;
        }
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &e : v.toArray())
                parts.append(valueText(e));
            return parts.join(u',');
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    bool readRule(qsizetype index, const QJsonObject &r)
    {
        const QString family = r[u"family"_s].toString();
        if (!relevantFamily(family))
            return true;
        const QString table = tableKey(r);
        const QString chainName = r[u"chain"_s].toString();
        FilterChain *chain = nullptr;
        for (FilterChain &c : m_program.chains)
            if (c.table == table && c.name == chainName)
                chain = &c;
        if (!chain)
            return error(
                index, NftJsonReader::tr("a rule of chain %1 %2, which is not listed").arg(table, chainName));
        if (!r[u"expr"_s].isArray())
            return error(index, NftJsonReader::tr("a rule without \"expr\""));
        if (chain->hook == ChainHook::Other)
            return true; // nat, route and unevaluated hooks: they do not decide what is admitted here
        FilterRule rule;
        rule.origin = originOf(index, chain->table + u' ' + chain->name);
        QStringList text;
        FilterMatch &m = rule.match;
        QList<FilterRule> mapRules; // a verdict map: one rule per entry
        bool decided = false;
        for (const QJsonValue &ev : r[u"expr"_s].toArray()) {
            const QJsonObject e = ev.toObject();
            const QString what = e.isEmpty() ? QString() : e.begin().key();
            if (decided) {
                text.append(what);
                continue; // nothing after a verdict is reached
            }
            if (what == u"match"_s) {
                const QJsonObject mo = e[u"match"_s].toObject();
                const KeyInfo k = keyOf(mo[u"left"_s]);
                const QString op = mo[u"op"_s].toString();
                text.append(k.name + (op == u"=="_s || op == u"in"_s ? QString() : u' ' + op) + u' ' +
                            valueText(mo[u"right"_s]));
                QString why;
                if (!apply(m, k, op, mo[u"right"_s], table, &why))
                    m.unknown.append(NftJsonReader::tr("%1 (%2)").arg(why, rule.origin.toString()));
            } else if (what == u"accept"_s || what == u"drop"_s || what == u"reject"_s ||
                       what == u"return"_s || what == u"jump"_s || what == u"goto"_s) {
                text.append(what == u"jump"_s || what == u"goto"_s
                                ? what + u' ' + e[what].toObject()[u"target"_s].toString()
                                : what);
                rule.verdict = what == u"accept"_s   ? Verdict::Accept
                               : what == u"return"_s ? Verdict::Return
                               : what == u"jump"_s   ? Verdict::Jump
                               : what == u"goto"_s   ? Verdict::Goto
                                                     : Verdict::Drop;
                rule.target = e[what].toObject()[u"target"_s].toString();
                decided = true;
            } else if (what == u"vmap"_s) {
                const QJsonObject vm = e[u"vmap"_s].toObject();
                const KeyInfo k = keyOf(vm[u"key"_s]);
                text.append(k.name + u" vmap "_s + valueText(vm[u"data"_s]));
                QJsonArray entries;
                const QJsonValue data = vm[u"data"_s];
                if (data.isString() && data.toString().startsWith(u'@')) {
                    const auto it = m_sets.constFind(table + u'\x1f' + data.toString().mid(1));
                    if (it != m_sets.cend() && it->isMap && it->mapType == u"verdict"_s)
                        entries = it->elements;
                } else {
                    entries = data.toObject()[u"set"_s].toArray();
                }
                if (entries.isEmpty())
                    m.unknown.append(NftJsonReader::tr("verdict map %1 (%2)")
                                         .arg(valueText(data), rule.origin.toString()));
                for (const QJsonValue &entry : entries) {
                    const QJsonArray pair = entry.toArray();
                    const QJsonObject verdict = pair.at(1).toObject();
                    const QString v = verdict.isEmpty() ? QString() : verdict.begin().key();
                    FilterRule one;
                    one.origin = rule.origin;
                    one.match = m;
                    QString why;
                    if (!apply(one.match, k, u"=="_s, pair.at(0), table, &why))
                        one.match.unknown.append(
                            NftJsonReader::tr("%1 (%2)").arg(why, rule.origin.toString()));
                    one.verdict = v == u"accept"_s                     ? Verdict::Accept
                                  : v == u"return"_s                   ? Verdict::Return
                                  : v == u"jump"_s                     ? Verdict::Jump
                                  : v == u"goto"_s                     ? Verdict::Goto
                                  : v == u"drop"_s || v == u"reject"_s ? Verdict::Drop
                                                                       : Verdict::Continue;
                    if (one.verdict == Verdict::Continue)
                        one.match.unknown.append(
                            NftJsonReader::tr("verdict %1 (%2)").arg(v, rule.origin.toString()));
                    one.target = verdict[v].toObject()[u"target"_s].toString();
                    mapRules.append(one);
                }
                decided = true;
            } else if (what == u"counter"_s || what == u"log"_s || what == u"comment"_s) {
                text.append(what);
            } else {
                text.append(what);
                m.unknown.append(NftJsonReader::tr("statement %1 (%2)").arg(what, rule.origin.toString()));
            }
        }
        QString fullText = text.join(u' ');
        if (r.contains(u"comment"_s))
            fullText += u" comment \""_s + r[u"comment"_s].toString() + u'"';
        if (mapRules.isEmpty()) {
            rule.text = fullText;
            chain->rules.append(rule);
        } else {
            for (FilterRule &one : mapRules) {
                one.text = fullText;
                chain->rules.append(one);
            }
        }
        return true;
    }

    const QByteArray &m_content;
    QString m_file;
    Diagnostics *m_errors;
    QHash<QString, qsizetype> m_offsets;
    QHash<QString, NamedSet> m_sets;
    FilterProgram m_program;
};

} // namespace

bool NftJsonReader::looksLike(const QByteArray &content)
{
    const QByteArray t = content.trimmed();
    return t.startsWith('{') && t.contains("\"nftables\"");
}

std::optional<FilterProgram> NftJsonReader::read(const QByteArray &content, const QString &fileName,
                                                 Diagnostics *errors)
{
    return Reader(content, fileName, errors).run();
}

} // namespace portolan
