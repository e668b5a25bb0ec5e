#include "audittarget.h"

#include "model/enumnames.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr std::array<std::pair<ProbeState, const char16_t *>, 5> kStates{{
    {ProbeState::Open, u"open"},
    {ProbeState::Closed, u"closed"},
    {ProbeState::Filtered, u"filtered"},
    {ProbeState::NoAnswer, u"no-answer"},
    {ProbeState::Error, u"error"},
}};

constexpr std::array<std::pair<DriftKind, const char16_t *>, 6> kDrifts{{
    {DriftKind::None, u"none"},
    {DriftKind::ExpectedOpenButClosed, u"expected-open-but-closed"},
    {DriftKind::ExpectedOpenButFiltered, u"expected-open-but-filtered"},
    {DriftKind::UnexpectedlyOpen, u"unexpectedly-open"},
    {DriftKind::UnexpectedTls, u"unexpected-tls"},
    {DriftKind::Undetermined, u"undetermined"},
}};

} // namespace

QString probeStateName(ProbeState state)
{
    return detail::nameOf(kStates, state);
}
QString driftKindName(DriftKind kind)
{
    return detail::nameOf(kDrifts, kind);
}

QString AuditTarget::key() const
{
    // Addresses sort numerically inside their family through Cidr's order.
    const QString family = address.protocol() == QAbstractSocket::IPv6Protocol ? u"6"_s : u"4"_s;
    QString numeric;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        numeric = QString::number(address.toIPv4Address()).rightJustified(10, u'0');
    else
        numeric = address.toString();
    return family + u'|' + numeric + u'|' + protocolName(protocol) + u'|' +
           QString::number(port).rightJustified(5, u'0');
}

} // namespace portolan
