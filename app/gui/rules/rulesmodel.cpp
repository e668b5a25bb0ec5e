#include "rulesmodel.h"

#include "derive/familytext.h"
#include "review/rulelimits.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Top-level rows have internal id 0; a rule row carries its set's row + 1.
constexpr quintptr TopLevel = 0;

QString portsText(const Rule &rule)
{
    if (rule.protocol == Protocol::Any || rule.ports.isEmpty())
        return RulesModel::tr("all");
    QStringList parts;
    for (const PortRange &r : rule.ports)
        parts.append(r.toString());
    return parts.join(u", "_s);
}

QString peersText(const Rule &rule, bool full)
{
    if (!rule.peerGroup.isEmpty())
        return RulesModel::tr("group %1").arg(rule.peerGroup);
    if (rule.peers.isEmpty())
        return RulesModel::tr("any");
    QStringList parts;
    for (const Cidr &c : rule.peers)
        parts.append(c.toString());
    constexpr int Shown = 3;
    if (!full && parts.size() > Shown)
        return parts.mid(0, Shown).join(u", "_s) + RulesModel::tr(" (+%1 more)").arg(parts.size() - Shown);
    return parts.join(full ? u"\n"_s : u", "_s);
}

QString kindTitle(PointKind kind)
{
    switch (kind) {
    case PointKind::HostFirewall:
        return RulesModel::tr("host firewall");
    case PointKind::SecurityGroup:
        return RulesModel::tr("security group");
    case PointKind::BoundaryFirewall:
        return RulesModel::tr("boundary firewall");
    case PointKind::LoadBalancerGroup:
        return RulesModel::tr("load balancer group");
    }
    return {};
}

int totalCount(const RuleSet &set)
{
    int total = 0;
    for (Direction d : {Direction::Ingress, Direction::Egress})
        for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
            total += set.count(d, f);
    return total;
}

} // namespace

RulesModel::RulesModel(QObject *parent) : QAbstractItemModel(parent)
{
}

void RulesModel::setSnapshot(PlanSnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void RulesModel::setSelectedFlows(const QStringList &keys)
{
    m_selectedFlows = QSet<QString>(keys.cbegin(), keys.cend());
    const int sets = rowCount();
    for (int s = 0; s < sets; ++s) {
        const QModelIndex set = index(s, 0);
        Q_EMIT dataChanged(set, set.siblingAtColumn(ColumnCount - 1), {Qt::FontRole});
        const int rules = rowCount(set);
        if (rules > 0)
            Q_EMIT dataChanged(index(0, 0, set), index(rules - 1, ColumnCount - 1, set), {Qt::FontRole});
    }
}

QModelIndex RulesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RulesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot)
        return 0;
    if (!parent.isValid())
        return int(m_snapshot->derivation.ruleSets.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    const RuleSet &set = m_snapshot->derivation.ruleSets.at(parent.row());
    return int(set.rules.size() + set.redirects.size());
}

int RulesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex RulesModel::indexOfSet(const QString &ruleSetId) const
{
    if (!m_snapshot)
        return {};
    for (int i = 0; i < m_snapshot->derivation.ruleSets.size(); ++i)
        if (m_snapshot->derivation.ruleSets[i].id == ruleSetId)
            return index(i, 0);
    return {};
}

QStringList RulesModel::flowKeysOf(const RuleSet &set) const
{
    QStringList keys;
    for (const Rule &r : set.rules)
        keys += r.flowKeys;
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_snapshot)
        return {};
    if (index.internalId() == TopLevel)
        return ruleSetData(m_snapshot->derivation.ruleSets.at(index.row()), index.column(), role);
    return ruleData(m_snapshot->derivation.ruleSets.at(int(index.internalId() - 1)), index.row(),
                    index.column(), role);
}

QVariant RulesModel::ruleSetData(const RuleSet &set, int column, int role) const
{
    const RuleLimit limit = RuleLimit::of(set);
    const bool over = limit.exceededBy(set);
    const int count = limit.isLimited() ? limit.countOf(set) : totalCount(set);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Point:
            return set.name.isEmpty() || set.name == set.element ? set.id : set.name + u" — "_s + set.id;
        case Family:
            return kindTitle(set.kind);
        case Count:
            if (!limit.isLimited())
                return QString::number(count);
            return tr("%1 / %2").arg(count).arg(limit.max);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (Direction d : {Direction::Ingress, Direction::Egress})
            for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
                if (const int n = set.count(d, f))
                    lines.append(tr("%1 %2: %3").arg(directionName(d), familyText(f)).arg(n));
        if (limit.isLimited())
            lines.append(limit.perDirectionAndFamily
                             ? tr("A %1 allows %2 per direction and family.").arg(limit.target).arg(limit.max)
                             : tr("A %1 allows %2 in all.").arg(limit.target).arg(limit.max));
        else
            lines.append(tr("This target states no rule limit."));
        if (over)
            lines.append(tr("Over the limit: the export needs fewer, wider rules or more groups."));
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (over && (column == Count || column == Point))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (over)
            return QBrush(QColor(0xfb, 0xdc, 0xd6));
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(column == Point || over);
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FlowKeysRole:
        return flowKeysOf(set);
    case CountRole:
        return count;
    case LimitRole:
        return limit.max;
    case OverLimitRole:
        return over;
    case RuleSetIdRole:
        return set.id;
    default:
        return {};
    }
}

QVariant RulesModel::ruleData(const RuleSet &set, int row, int column, int role) const
{
    if (row >= set.rules.size()) {
        const RedirectRule &r = set.redirects.at(row - set.rules.size());
        if (role == Qt::DisplayRole) {
            switch (column) {
            case Point:
                return tr("redirect");
            case Protocol:
                return protocolName(r.protocol);
            case Ports:
                return tr("%1 → %2").arg(r.match.toString()).arg(r.toPort);
            case Comment:
                return r.comment;
            default:
                return {};
            }
        }
        if (role == RuleSetIdRole)
            return set.id;
        if (role == FlowKeysRole)
            return QStringList();
        return {};
    }
    const Rule &rule = set.rules.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Point:
            return directionName(rule.direction);
        case Family:
            return familyText(rule.family);
        case Protocol:
            return rule.protocol == portolan::Protocol::Any ? tr("any") : protocolName(rule.protocol);
        case Ports:
            return portsText(rule);
        case Peers:
            return peersText(rule, false);
        case Comment:
            return rule.comment;
        case Count: {
            // What this rule adds to RuleSet::count: peers × port ranges.
            const int peers = rule.peerGroup.isEmpty() && !rule.peers.isEmpty() ? int(rule.peers.size()) : 1;
            const int ranges =
                rule.protocol == portolan::Protocol::Any ? 1 : int(std::max<qsizetype>(1, rule.ports.size()));
            return QString::number(peers * ranges);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Peers) {
            QString tip = peersText(rule, true);
            if (!rule.localAddresses.isEmpty()) {
                QStringList local;
                for (const Cidr &c : rule.localAddresses)
                    local.append(c.toString());
                tip += u"\n\n"_s + tr("Applies to: %1").arg(local.join(u", "_s));
            }
            return tip;
        }
        return tr("Allows %n flow(s)", nullptr, int(rule.flowKeys.size()));
    case Qt::FontRole: {
        const bool mine = std::any_of(rule.flowKeys.cbegin(), rule.flowKeys.cend(),
                                      [this](const QString &k) { return m_selectedFlows.contains(k); });
        if (!mine)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FlowKeysRole:
        return rule.flowKeys;
    case RuleSetIdRole:
        return set.id;
    default:
        return {};
    }
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Point:
        return tr("Enforcement point / direction");
    case Family:
        return tr("Family");
    case Protocol:
        return tr("Protocol");
    case Ports:
        return tr("Ports");
    case Peers:
        return tr("Peers or group");
    case Comment:
        return tr("Comment");
    case Count:
        return tr("Rules / limit");
    }
    return {};
}

} // namespace portolan
