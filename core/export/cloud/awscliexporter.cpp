#include "awscliexporter.h"

#include "awsresources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

QString AwsCliExporter::placeholder(const QString &groupLabel)
{
    return u"REPLACE-WITH-ID-OF-"_s + groupLabel;
}

namespace {

// One IpPermission per protocol and port range, peers gathered in order.
QJsonArray permissionsOf(const AwsResources &plan, const AwsGroup &group, Direction direction)
{
    QList<QJsonObject> permissions;
    QStringList keys;
    for (const AwsPermission &p : group.permissions) {
        if (p.direction != direction)
            continue;
        const QString key = u"%1/%2/%3"_s.arg(p.protocol).arg(p.fromPort).arg(p.toPort);
        qsizetype index = keys.indexOf(key);
        if (index < 0) {
            QJsonObject permission{{u"IpProtocol"_s, p.protocol}};
            if (p.fromPort >= 0) {
                permission.insert(u"FromPort"_s, p.fromPort);
                permission.insert(u"ToPort"_s, p.toPort);
            }
            keys.append(key);
            permissions.append(permission);
            index = keys.size() - 1;
        }
        QJsonObject &permission = permissions[index];
        QString listName;
        QJsonObject peer;
        if (p.peerGroup >= 0) {
            listName = u"UserIdGroupPairs"_s;
            peer.insert(u"GroupId"_s, AwsCliExporter::placeholder(plan.groups.at(p.peerGroup).label));
        } else if (p.family == IpFamily::IPv4) {
            listName = u"IpRanges"_s;
            peer.insert(u"CidrIp"_s, p.cidr);
        } else {
            listName = u"Ipv6Ranges"_s;
            peer.insert(u"CidrIpv6"_s, p.cidr);
        }
        if (!p.description.isEmpty())
            peer.insert(u"Description"_s, p.description);
        QJsonArray list = permission.value(listName).toArray();
        list.append(peer);
        permission.insert(listName, list);
    }
    QJsonArray out;
    for (const QJsonObject &permission : std::as_const(permissions))
        out.append(permission);
    return out;
}

QByteArray document(const QString &groupId, const QJsonArray &permissions)
{
    const QJsonObject root{{u"GroupId"_s, groupId}, {u"IpPermissions"_s, permissions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

void AwsCliExporter::write(const CloudScope &, const AwsResources &plan, QList<ExportFile> &files) const
{
    for (const AwsGroup &group : plan.groups) {
        const QString groupId = placeholder(group.label);
        const QString base = u"aws-cli/"_s + group.label;
        const QJsonArray revoke{
            QJsonObject{{u"IpProtocol"_s, u"-1"_s},
                        {u"IpRanges"_s, QJsonArray{QJsonObject{{u"CidrIp"_s, u"0.0.0.0/0"_s}}}}}};
        files.append({base + u"-revoke-default-egress.json"_s, document(groupId, revoke),
                      tr("Input for aws ec2 revoke-security-group-egress: removes the default allow-all "
                         "egress of the new group %1 (replace %2 with its id)")
                          .arg(group.label, groupId),
                      false});
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const QJsonArray permissions = permissionsOf(plan, group, direction);
            if (permissions.isEmpty())
                continue;
            const bool in = direction == Direction::Ingress;
            files.append(
                {base + (in ? u"-ingress.json"_s : u"-egress.json"_s), document(groupId, permissions),
                 (in ? tr("Input for aws ec2 authorize-security-group-ingress --cli-input-json for %1 "
                          "(replace every REPLACE-WITH-ID-OF-... with the group's id)")
                     : tr("Input for aws ec2 authorize-security-group-egress --cli-input-json for %1 "
                          "(replace every REPLACE-WITH-ID-OF-... with the group's id)"))
                     .arg(group.label),
                 false});
        }
    }
}

} // namespace portolan
