#include "auditresultmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace portolan {

AuditOutcome outcomeOf(DriftKind drift)
{
    switch (drift) {
    case DriftKind::None:
        return AuditOutcome::AsPlanned;
    case DriftKind::UnexpectedlyOpen:
        return AuditOutcome::Error;
    case DriftKind::ExpectedOpenButClosed:
    case DriftKind::ExpectedOpenButFiltered:
    case DriftKind::UnexpectedTls:
        return AuditOutcome::Warning;
    case DriftKind::Undetermined:
        return AuditOutcome::Undetermined;
    }
    return AuditOutcome::Undetermined;
}

QHash<ElementId, AuditOutcome> outcomesByElement(const QList<AuditFinding> &findings)
{
    QHash<ElementId, AuditOutcome> out;
    for (const AuditFinding &f : findings) {
        const AuditOutcome o = outcomeOf(f.drift);
        auto it = out.find(f.target.element);
        if (it == out.end())
            out.insert(f.target.element, o);
        else if (int(o) > int(*it))
            *it = o;
    }
    return out;
}

void AuditResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AuditResultModel::append(const AuditFinding &finding)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(finding);
    endInsertRows();
}

int AuditResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditResultModel::driftText(DriftKind drift)
{
    switch (drift) {
    case DriftKind::None:
        return tr("as planned");
    case DriftKind::ExpectedOpenButClosed:
        return tr("planned open, but closed");
    case DriftKind::ExpectedOpenButFiltered:
        return tr("planned open, but filtered");
    case DriftKind::UnexpectedlyOpen:
        return tr("open, but the plan forbids it");
    case DriftKind::UnexpectedTls:
        return tr("TLS differs from the plan");
    case DriftKind::Undetermined:
        return tr("cannot tell (no answer)");
    }
    return {};
}

QString AuditResultModel::stateText(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return tr("open");
    case ProbeState::Closed:
        return tr("closed");
    case ProbeState::Filtered:
        return tr("filtered");
    case ProbeState::NoAnswer:
        return tr("no answer");
    case ProbeState::Error:
        return tr("probe failed");
    }
    return {};
}

QVariant AuditResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditFinding &f = m_rows.at(index.row());
    if (role == ElementIdRole)
        return f.target.element;
    if (role == DriftRole)
        return int(f.drift);
    if (role == OutcomeRole)
        return int(outcomeOf(f.drift));
    if (role == Qt::ForegroundRole && index.column() == Drift) {
        switch (outcomeOf(f.drift)) {
        case AuditOutcome::Error:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case AuditOutcome::Warning:
            return QBrush(QColor(0xd8, 0x6a, 0x00));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = f.target.reason;
        if (!f.result.detail.isEmpty())
            tip += u'\n' + f.result.detail;
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Element:
        return f.target.element;
    case Address:
        return f.target.address.toString();
    case ProbedAt:
        // The address map (docs/audit.md) may send the probe elsewhere.
        return f.probedAddress == f.target.address ? QString() : f.probedAddress.toString();
    case Protocol:
        return protocolName(f.target.protocol);
    case Port:
        return role == Qt::EditRole ? QVariant(f.target.port) : QVariant(QString::number(f.target.port));
    case Expected:
        return f.target.expectedOpen ? tr("open") : tr("closed");
    case Observed:
        return stateText(f.result.state);
    case Drift:
        // Sorting ascending puts the worst first.
        return role == Qt::EditRole ? QVariant(-int(outcomeOf(f.drift))) : QVariant(driftText(f.drift));
    case Tls:
        if (!f.result.tlsHandshake)
            return f.target.tls ? tr("no handshake") : QString();
        return tr("%1, expires %2").arg(f.result.certificateSubject, f.result.certificateExpiry);
    case Reason:
        return f.target.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Element:
        return tr("Element");
    case Address:
        return tr("Address");
    case ProbedAt:
        return tr("Probed at");
    case Protocol:
        return tr("Protocol");
    case Port:
        return tr("Port");
    case Expected:
        return tr("Plan");
    case Observed:
        return tr("Observed");
    case Drift:
        return tr("Drift");
    case Tls:
        return tr("TLS certificate");
    case Reason:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace portolan
