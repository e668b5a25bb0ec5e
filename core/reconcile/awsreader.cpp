#include "awsreader.h"

#include "export/cloud/awsresources.h"
#include "iptablesreader.h"
#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString familyRange(IpFamily family)
{
    return family == IpFamily::IPv4 ? u"IpRanges"_s : u"Ipv6Ranges"_s;
}

class Reader
{
public:
    Reader(const QByteArray &content, const QString &file, const AwsGroupNames &names, Diagnostics *errors)
        : m_content(content), m_file(file), m_names(names), m_errors(errors)
    {
    }

    std::optional<FilterProgram> run()
    {
        const std::optional<QJsonDocument> parsed = parseJsonDocument(m_content, m_file, m_errors);
        if (!parsed)
            return std::nullopt;
        const QJsonDocument &doc = *parsed;
        if (!doc.isObject() || !doc.object()[u"SecurityGroups"_s].isArray())
            return fail(QString(), AwsSecurityGroupReader::tr("expected the output of `aws ec2 "
                                                              "describe-security-groups` (an object with a "
                                                              "\"SecurityGroups\" array)"));
        m_offsets = jsonContainerOffsets(m_content);
        const QJsonArray groups = doc.object()[u"SecurityGroups"_s].toArray();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups[g].toObject();
            if (!groups[g].isObject() || !group[u"GroupId"_s].isString())
                return fail(u"/SecurityGroups/%1"_s.arg(g),
                            AwsSecurityGroupReader::tr("a security group without a \"GroupId\""));
            const QString id = group[u"GroupId"_s].toString();
            if (m_groupNames.contains(id))
                return fail(u"/SecurityGroups/%1"_s.arg(g),
                            AwsSecurityGroupReader::tr("security group %1 is listed twice").arg(id));
            m_groupNames.insert(id, group[u"GroupName"_s].toString());
        }
        m_program.file = m_file;
        m_program.format = u"aws-describe-security-groups"_s;
        m_program.families = {IpFamily::IPv4, IpFamily::IPv6};
        FilterChain ingress{u"aws"_s, u"ingress"_s, ChainHook::Input, 0, Verdict::Drop, {}, {}, {}};
        FilterChain egress{u"aws"_s, u"egress"_s, ChainHook::Output, 0, Verdict::Drop, {}, {}, {}};
        QStringList found;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups[g].toObject();
            const QString id = group[u"GroupId"_s].toString();
            const QString name = group[u"GroupName"_s].toString();
            if (!m_names.point.contains(name) && !m_names.point.contains(id))
                continue;
            found.append(id);
            const QString path = u"/SecurityGroups/%1"_s.arg(g);
            if (ingress.origin.line == 0) {
                ingress.origin = origin(path, u"ingress"_s);
                egress.origin = origin(path, u"egress"_s);
            }
            const QString label = name.isEmpty() ? id : name;
            if (!readPermissions(group, path, u"IpPermissions"_s, label, Direction::Ingress, &ingress) ||
                !readPermissions(group, path, u"IpPermissionsEgress"_s, label, Direction::Egress, &egress))
                return std::nullopt;
        }
        if (found.isEmpty())
            return fail(u"/SecurityGroups"_s, AwsSecurityGroupReader::tr(
                                                  "no security group of the point in this file: expected one "
                                                  "named %1")
                                                  .arg(m_names.point.join(u", "_s)));
        m_program.chains = {ingress, egress};
        m_program.noteUnknownMatches();
        return m_program;
    }

private:
    RuleOrigin origin(const QString &path, const QString &chain) const
    {
        RuleOrigin o{m_file, 1, 1, chain};
        const auto at = m_offsets.constFind(path);
        if (at != m_offsets.cend())
            jsonLineColumn(m_content, *at, &o.line, &o.column);
        return o;
    }

    std::optional<FilterProgram> fail(const QString &path, const QString &message)
    {
        const RuleOrigin o = origin(path, {});
        m_errors->append({m_file, o.line, o.column, message, {}});
        return std::nullopt;
    }

    bool error(const QString &path, const QString &message)
    {
        fail(path, message);
        return false;
    }

    // The protocol and ports of one IpPermission, into the match all its
    // peers share.
    bool readProtocol(const QJsonObject &p, const QString &path, FilterMatch *match, QString *what)
    {
        const QJsonValue protocolValue = p[u"IpProtocol"_s];
        QString protocol = protocolValue.isDouble() ? QString::number(protocolValue.toInt())
                                                    : protocolValue.toString().toLower();
        static const QHash<QString, int> names{{u"tcp"_s, IpProto::Tcp},
                                               {u"udp"_s, IpProto::Udp},
                                               {u"icmp"_s, IpProto::Icmp},
                                               {u"icmpv6"_s, IpProto::Icmpv6},
                                               {u"sctp"_s, IpProto::Sctp}};
        int number = -1;
        bool ok = false;
        if (names.contains(protocol))
            number = names.value(protocol);
        else if (protocol != u"-1"_s && (number = protocol.toInt(&ok), !ok || number < 0 || number > 255))
            return error(path, AwsSecurityGroupReader::tr("unknown IpProtocol '%1'").arg(protocol));
        const int from = p[u"FromPort"_s].toInt(-1);
        const int to = p[u"ToPort"_s].toInt(-1);
        if (number < 0) { // "-1": every protocol, ports do not apply
            *what = AwsSecurityGroupReader::tr("all traffic");
            return true;
        }
        match->protocols = ProtocolSet(number, number);
        *what = describeProtocols(*match->protocols);
        if (number == IpProto::Icmp || number == IpProto::Icmpv6) {
            // FromPort is the ICMP type, ToPort the code; -1 is any.
            if (from > 255 || to > 255 || from < -1 || to < -1)
                return error(path,
                             AwsSecurityGroupReader::tr("bad ICMP type %1 or code %2").arg(from).arg(to));
            if (from >= 0) {
                match->dports = PortSet(from, from);
                *what += u" type %1"_s.arg(from);
            }
            if (to >= 0)
                match->unknown.append(AwsSecurityGroupReader::tr("ICMP code %1").arg(to));
            return true;
        }
        if (number != IpProto::Tcp && number != IpProto::Udp && number != IpProto::Sctp)
            return true; // AWS ignores ports for other protocols
        if (from == -1 && to == -1)
            return true;
        if (from < 0 || to < from || to > 65535)
            return error(path, AwsSecurityGroupReader::tr("bad port range %1-%2").arg(from).arg(to));
        match->dports = PortSet(from, to);
        *what += u' ' + describePorts(*match->dports);
        return true;
    }

    bool readPermissions(const QJsonObject &group, const QString &groupPath, const QString &member,
                         const QString &label, Direction direction, FilterChain *chain)
    {
        const QJsonArray permissions = group[member].toArray();
        const bool in = direction == Direction::Ingress;
        const QString chainName = label + (in ? u" ingress"_s : u" egress"_s);
        for (qsizetype i = 0; i < permissions.size(); ++i) {
            const QString path = groupPath + u'/' + member + u'/' + QString::number(i);
            if (!permissions[i].isObject())
                return error(path, AwsSecurityGroupReader::tr("an IpPermission is not an object"));
            const QJsonObject p = permissions[i].toObject();
            FilterMatch base;
            QString what;
            if (!readProtocol(p, path, &base, &what))
                return false;
            auto add = [&](const QString &peerPath, FilterMatch match, const QString &peer) {
                FilterRule rule;
                rule.match = std::move(match);
                rule.verdict = Verdict::Accept;
                rule.origin = origin(peerPath, chainName);
                rule.text = in ? u"%1 ingress %2 from %3"_s.arg(label, what, peer)
                               : u"%1 egress %2 to %3"_s.arg(label, what, peer);
                chain->rules.append(rule);
            };
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const QString list = familyRange(family);
                const QJsonArray ranges = p[list].toArray();
                for (qsizetype r = 0; r < ranges.size(); ++r) {
                    const QString peerPath = path + u'/' + list + u'/' + QString::number(r);
                    const QString cidr =
                        ranges[r]
                            .toObject()[family == IpFamily::IPv4 ? u"CidrIp"_s : u"CidrIpv6"_s]
                            .toString();
                    IpFamily parsed = family;
                    AddressSet addresses;
                    if (!parseAddressSpec(cidr, &parsed, &addresses) || parsed != family)
                        return error(peerPath,
                                     AwsSecurityGroupReader::tr("bad %1 address '%2'")
                                         .arg(family == IpFamily::IPv4 ? u"CidrIp"_s : u"CidrIpv6"_s, cidr));
                    FilterMatch match = base;
                    match.family = family;
                    (in ? match.sources : match.destinations) = addresses;
                    add(peerPath, match, cidr);
                }
            }
            const QJsonArray pairs = p[u"UserIdGroupPairs"_s].toArray();
            for (qsizetype r = 0; r < pairs.size(); ++r) {
                const QString peerPath = path + u"/UserIdGroupPairs/"_s + QString::number(r);
                const QJsonObject pair = pairs[r].toObject();
                const QString id = pair[u"GroupId"_s].toString();
                QString name = pair[u"GroupName"_s].toString();
                if (name.isEmpty())
                    name = m_groupNames.value(id);
                const auto resolved = m_names.addresses.constFind(name);
                if (resolved == m_names.addresses.cend() || resolved->isEmpty()) {
                    FilterMatch match = base;
                    match.unknown.append(resolved == m_names.addresses.cend()
                                             ? AwsSecurityGroupReader::tr(
                                                   "reference to security group %1, which is not a group of "
                                                   "the plan in this file")
                                                   .arg(id.isEmpty() ? name : id)
                                             : AwsSecurityGroupReader::tr(
                                                   "reference to security group %1, to which the plan gives "
                                                   "no addresses")
                                                   .arg(name));
                    add(peerPath, match, id.isEmpty() ? name : id);
                    continue;
                }
                // A reference admits the group's instances of both families.
                for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                    const AddressSet addresses = Addresses::of(*resolved, family);
                    if (addresses.isEmpty())
                        continue;
                    FilterMatch match = base;
                    match.family = family;
                    (in ? match.sources : match.destinations) = addresses;
                    add(peerPath, match, name);
                }
            }
            const QJsonArray prefixLists = p[u"PrefixListIds"_s].toArray();
            for (qsizetype r = 0; r < prefixLists.size(); ++r) {
                const QString id = prefixLists[r].toObject()[u"PrefixListId"_s].toString();
                FilterMatch match = base;
                match.unknown.append(
                    AwsSecurityGroupReader::tr("prefix list %1 (its entries are not in this file)").arg(id));
                add(path + u"/PrefixListIds/"_s + QString::number(r), match, id);
            }
        }
        return true;
    }

    const QByteArray &m_content;
    QString m_file;
    const AwsGroupNames &m_names;
    Diagnostics *m_errors;
    QHash<QString, qsizetype> m_offsets;
    QHash<QString, QString> m_groupNames; // GroupId -> GroupName
    FilterProgram m_program;
};

} // namespace

bool AwsSecurityGroupReader::looksLike(const QByteArray &content)
{
    // Cheap: the member name near the start, confirmed by the parse.
    const QByteArray head = content.left(4096);
    return head.trimmed().startsWith('{') && head.contains("\"SecurityGroups\"");
}

std::optional<FilterProgram> AwsSecurityGroupReader::read(const QByteArray &content, const QString &fileName,
                                                          const AwsGroupNames &names, Diagnostics *errors)
{
    return Reader(content, fileName, names, errors).run();
}

AwsGroupNames AwsSecurityGroupReader::namesFor(const ExportInput &input, const QString &pointId)
{
    AwsGroupNames names;
    const AwsResources plan = AwsResources::build(CloudScope::forProvider(input, Provider::Aws));
    for (const AwsGroup &group : plan.groups) {
        if (group.ruleSetId == pointId)
            names.point.append(group.label);
        if (const RuleSet *set = input.derivation.ruleSet(group.ruleSetId))
            names.addresses.insert(group.label, set->addresses);
    }
    return names;
}

} // namespace portolan
