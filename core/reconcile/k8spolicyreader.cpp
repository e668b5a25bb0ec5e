#include "k8spolicyreader.h"

#include "export/cloud/cloudtext.h"
#include "export/cloud/kubernetesexporter.h"
#include "export/exporter.h"
#include "io/safeyaml.h"
#include "iptablesreader.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString text(const YamlNode &node)
{
    const std::string_view s = node.scalar();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// One YAML document of a multi-document file and the line it starts on.
struct Document
{
    QByteArray text;
    int firstLine = 0; // 0-based
};

QList<Document> documentsOf(const QByteArray &content)
{
    QList<Document> out{{{}, 0}};
    int line = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArray l = content.mid(start, end - start);
        if (l == "---" || l.startsWith("--- ") || l == "---\r")
            out.append({{}, line + 1});
        else
            out.last().text += l + '\n';
        ++line;
        start = end + 1;
    }
    return out;
}

bool isBlank(const QByteArray &document)
{
    for (const QByteArray &line : document.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            return false;
    }
    return true;
}

class Reader
{
public:
    Reader(const QString &file, const K8sPodNames &names, Diagnostics *errors)
        : m_file(file), m_names(names), m_errors(errors)
    {
    }

    std::optional<FilterProgram> run(const QByteArray &content)
    {
        m_program.file = m_file;
        m_program.format = u"kubernetes-networkpolicy"_s;
        m_program.families = {IpFamily::IPv4, IpFamily::IPv6};
        m_ingress =
            FilterChain{u"kubernetes"_s, u"ingress"_s, ChainHook::Input, 0, Verdict::Accept, {}, {}, {}};
        m_egress =
            FilterChain{u"kubernetes"_s, u"egress"_s, ChainHook::Output, 0, Verdict::Accept, {}, {}, {}};
        for (const Document &d : documentsOf(content)) {
            if (isBlank(d.text))
                continue; // the comments before the first `---`, an empty document
            m_lineOffset = d.firstLine;
            Diagnostic error;
            const auto tree = SafeYaml::parse(d.text, m_file, &error);
            if (!tree) {
                error.line += m_lineOffset;
                if (error.line <= 0)
                    error.line = m_lineOffset + 1;
                m_errors->append(error);
                return std::nullopt;
            }
            if (!readDocument(tree->root()))
                return std::nullopt;
        }
        m_program.chains = {m_ingress, m_egress};
        m_program.noteUnknownMatches();
        return m_program;
    }

private:
    RuleOrigin origin(const YamlNode &node, const QString &chain) const
    {
        const YAML::Mark m = node.mark();
        return {m_file, (m.line < 0 ? 0 : m.line) + m_lineOffset + 1, m.column < 0 ? 1 : m.column + 1, chain};
    }

    bool error(const YamlNode &node, const QString &message)
    {
        const RuleOrigin o = origin(node, {});
        m_errors->append({m_file, o.line, o.column, message, {}});
        return false;
    }

    // Whether a podSelector selects the point's pods: empty selects all; a
    // selector on other labels or with expressions is not known to.
    enum class Selects
    {
        Yes,
        No,
        Unknown
    };
    Selects selects(const YamlNode &selector, const QString &value) const
    {
        if (selector[std::string_view("matchExpressions")].size() > 0)
            return Selects::Unknown;
        const YamlNode labels = selector[std::string_view("matchLabels")];
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const YamlPair p = labels.pair(i);
            if (text(p.key) != m_names.labelKey)
                return Selects::Unknown;
            if (text(p.value) != value)
                return Selects::No;
        }
        return Selects::Yes;
    }

    bool readDocument(const YamlNode &root)
    {
        if (!root.isMap())
            return root.isNull() || !root.isDefined()
                       ? true
                       : error(root, K8sPolicyReader::tr("a document is not a map"));
        if (text(root[std::string_view("kind")]) != u"NetworkPolicy"_s)
            return true; // other objects of a manifest
        const YamlNode spec = root[std::string_view("spec")];
        if (!spec.isMap())
            return error(root, K8sPolicyReader::tr("a NetworkPolicy without a spec"));
        const QString name = text(root[std::string_view("metadata")][std::string_view("name")]);
        const Selects applies = selects(spec[std::string_view("podSelector")], m_names.point);
        if (applies == Selects::No)
            return true;
        const YamlNode types = spec[std::string_view("policyTypes")];
        bool ingress = true;
        bool egress = spec[std::string_view("egress")].isDefined();
        if (types.isDefined()) {
            ingress = egress = false;
            for (std::size_t i = 0; i < types.size(); ++i) {
                const QString t = text(types[i]);
                if (t == u"Ingress"_s)
                    ingress = true;
                else if (t == u"Egress"_s)
                    egress = true;
                else
                    return error(types[i], K8sPolicyReader::tr("unknown policy type '%1'").arg(t));
            }
        }
        for (const bool in : {true, false}) {
            if (!(in ? ingress : egress))
                continue;
            FilterChain &chain = in ? m_ingress : m_egress;
            if (applies == Selects::Yes) {
                // Selected pods are isolated in this direction: only the
                // policies' rules admit.
                chain.policy = Verdict::Drop;
                if (chain.origin.line == 0)
                    chain.origin = origin(root, chain.name);
            }
            const YamlNode rules = spec[std::string_view(in ? "ingress" : "egress")];
            for (std::size_t i = 0; i < rules.size(); ++i)
                if (!readRule(rules[i], in, name, applies == Selects::Unknown, &chain))
                    return false;
        }
        return true;
    }

    struct Ports
    {
        FilterMatch match;
        QString text;
    };

    bool readPorts(const YamlNode &rule, QList<Ports> *out)
    {
        const YamlNode ports = rule[std::string_view("ports")];
        if (ports.size() == 0) {
            out->append({{}, K8sPolicyReader::tr("all ports")});
            return true;
        }
        for (std::size_t i = 0; i < ports.size(); ++i) {
            const YamlNode p = ports[i];
            Ports entry;
            const QString protocol = p[std::string_view("protocol")].isDefined()
                                         ? text(p[std::string_view("protocol")])
                                         : u"TCP"_s;
            static const QHash<QString, int> numbers{
                {u"TCP"_s, IpProto::Tcp}, {u"UDP"_s, IpProto::Udp}, {u"SCTP"_s, IpProto::Sctp}};
            if (!numbers.contains(protocol))
                return error(p, K8sPolicyReader::tr("unknown protocol '%1'").arg(protocol));
            const int number = numbers.value(protocol);
            entry.match.protocols = ProtocolSet(number, number);
            entry.text = protocol.toLower();
            const YamlNode port = p[std::string_view("port")];
            if (port.isDefined()) {
                bool ok = false;
                const int from = text(port).toInt(&ok);
                if (!ok) {
                    entry.match.unknown.append(K8sPolicyReader::tr("named port %1").arg(text(port)));
                } else {
                    int to = from;
                    const YamlNode end = p[std::string_view("endPort")];
                    if (end.isDefined() && !(to = text(end).toInt(&ok), ok))
                        return error(end, K8sPolicyReader::tr("bad endPort '%1'").arg(text(end)));
                    if (from < 1 || to < from || to > 65535)
                        return error(port, K8sPolicyReader::tr("bad port range %1-%2").arg(from).arg(to));
                    entry.match.dports = PortSet(from, to);
                    entry.text += u' ' + describePorts(*entry.match.dports);
                }
            }
            out->append(entry);
        }
        return true;
    }

    bool readRule(const YamlNode &rule, bool in, const QString &policy, bool uncertain, FilterChain *chain)
    {
        QList<Ports> ports;
        if (!readPorts(rule, &ports))
            return false;
        const QString peersKey = in ? u"from"_s : u"to"_s;
        const YamlNode peers = rule[peersKey.toStdString()];
        auto add = [&](const YamlNode &at, const FilterMatch &peer, const QString &peerText) {
            for (const Ports &p : std::as_const(ports)) {
                FilterRule r;
                r.match = p.match;
                r.match.family = peer.family;
                r.match.unknown += peer.unknown;
                if (uncertain)
                    r.match.unknown.append(
                        K8sPolicyReader::tr("policy %1 selects pods by labels other than %2")
                            .arg(policy, m_names.labelKey));
                (in ? r.match.sources : r.match.destinations) = in ? peer.sources : peer.destinations;
                r.verdict = Verdict::Accept;
                r.origin = origin(at, chain->name);
                r.text = in ? u"%1: %2 from %3"_s.arg(policy, p.text, peerText)
                            : u"%1: %2 to %3"_s.arg(policy, p.text, peerText);
                chain->rules.append(r);
            }
        };
        if (peers.size() == 0) {
            add(rule, FilterMatch(), K8sPolicyReader::tr("anywhere"));
            return true;
        }
        for (std::size_t i = 0; i < peers.size(); ++i) {
            const YamlNode peer = peers[i];
            FilterMatch match;
            std::optional<AddressSet> &addresses = in ? match.sources : match.destinations;
            const YamlNode block = peer[std::string_view("ipBlock")];
            if (block.isDefined()) {
                const QString cidr = text(block[std::string_view("cidr")]);
                IpFamily family = IpFamily::IPv4;
                AddressSet set;
                if (!parseAddressSpec(cidr, &family, &set) || !cidr.contains(u'/'))
                    return error(block, K8sPolicyReader::tr("bad ipBlock cidr '%1'").arg(cidr));
                const YamlNode except = block[std::string_view("except")];
                QString peerText = cidr;
                for (std::size_t k = 0; k < except.size(); ++k) {
                    IpFamily f = family;
                    AddressSet cut;
                    if (!parseAddressSpec(text(except[k]), &f, &cut) || f != family)
                        return error(except[k], K8sPolicyReader::tr("bad except '%1'").arg(text(except[k])));
                    set = set.subtracted(cut);
                    peerText += u" except "_s + text(except[k]);
                }
                match.family = family;
                addresses = set;
                add(block, match, peerText);
                continue;
            }
            const YamlNode pods = peer[std::string_view("podSelector")];
            const YamlNode namespaces = peer[std::string_view("namespaceSelector")];
            QString value;
            const YamlNode labels = pods[std::string_view("matchLabels")];
            if (labels.size() == 1 && text(labels.pair(0).key) == m_names.labelKey)
                value = text(labels.pair(0).value);
            const auto resolved = m_names.addresses.constFind(value);
            if (namespaces.isDefined() || !pods.isDefined() || value.isEmpty() ||
                pods[std::string_view("matchExpressions")].size() > 0 ||
                resolved == m_names.addresses.cend() || resolved->isEmpty()) {
                match.unknown.append(
                    namespaces.isDefined()
                        ? K8sPolicyReader::tr(
                              "namespaceSelector (the namespaces' labels are not in this file)")
                        : K8sPolicyReader::tr(
                              "podSelector that is not the pods of a plan node with addresses"));
                add(peer, match, u"pods"_s);
                continue;
            }
            // A pod selector admits the pods' addresses of both families.
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const AddressSet set = Addresses::of(*resolved, family);
                if (set.isEmpty())
                    continue;
                match.family = family;
                addresses = set;
                add(peer, match, m_names.labelKey + u'=' + value);
            }
        }
        return true;
    }

    QString m_file;
    const K8sPodNames &m_names;
    Diagnostics *m_errors;
    int m_lineOffset = 0;
    FilterChain m_ingress;
    FilterChain m_egress;
    FilterProgram m_program;
};

} // namespace

bool K8sPolicyReader::looksLike(const QByteArray &content)
{
    return content.contains("kind: NetworkPolicy");
}

std::optional<FilterProgram> K8sPolicyReader::read(const QByteArray &content, const QString &fileName,
                                                   const K8sPodNames &names, Diagnostics *errors)
{
    return Reader(fileName, names, errors).run(content);
}

K8sPodNames K8sPolicyReader::namesFor(const ExportInput &input, const QString &pointId)
{
    K8sPodNames names;
    names.labelKey = QString::fromUtf16(KubernetesExporter::NodeLabel);
    for (const RuleSet &set : input.derivation.ruleSets) {
        if (set.kind != PointKind::HostFirewall)
            continue;
        const QString value = CloudText::label(set.element, 63); // as the exporter labels pods
        if (set.id == pointId)
            names.point = value;
        names.addresses.insert(value, set.addresses);
    }
    return names;
}

} // namespace portolan
