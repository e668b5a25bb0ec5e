#include "auditreport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString severityOf(DriftKind drift)
{
    switch (drift) {
    case DriftKind::UnexpectedlyOpen:
        return u"error"_s;
    case DriftKind::ExpectedOpenButClosed:
    case DriftKind::ExpectedOpenButFiltered:
    case DriftKind::UnexpectedTls:
        return u"warning"_s;
    case DriftKind::Undetermined:
        return u"info"_s;
    case DriftKind::None:
        break;
    }
    return u"ok"_s;
}

QString endpoint(const QHostAddress &address, const AuditTarget &t)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return host + u':' + QString::number(t.port) + u'/' + protocolName(t.protocol);
}

} // namespace

AuditReport::Counts AuditReport::count(const QList<AuditFinding> &findings)
{
    Counts c;
    for (const AuditFinding &f : findings) {
        ++c.probed;
        switch (f.drift) {
        case DriftKind::None:
            ++c.asPlanned;
            break;
        case DriftKind::UnexpectedlyOpen:
            ++c.unexpectedlyOpen;
            break;
        case DriftKind::ExpectedOpenButClosed:
        case DriftKind::ExpectedOpenButFiltered:
            ++c.expectedButClosed;
            break;
        case DriftKind::UnexpectedTls:
            ++c.unexpectedTls;
            break;
        case DriftKind::Undetermined:
            ++c.undetermined;
            break;
        }
    }
    return c;
}

QString AuditReport::text(const QList<AuditFinding> &findings, const QString &fromZone, bool cancelled)
{
    QString out =
        tr("Audit from zone '%1'%2\n").arg(fromZone, cancelled ? tr(" (stopped before the end)") : QString());
    for (const AuditFinding &f : findings) {
        if (f.drift == DriftKind::None)
            continue;
        out += u"%1  %2  %3  %4: %5"_s.arg(
            severityOf(f.drift).leftJustified(7), driftKindName(f.drift).leftJustified(27),
            endpoint(f.probedAddress, f.target).leftJustified(28), f.target.element, f.target.reason);
        if (!f.result.detail.isEmpty())
            out += u" ["_s + f.result.detail + u']';
        out += u'\n';
    }
    for (const AuditFinding &f : findings)
        if (f.result.tlsHandshake)
            out += tr("tls      %1  certificate '%2', expires %3\n")
                       .arg(endpoint(f.probedAddress, f.target), f.result.certificateSubject,
                            f.result.certificateExpiry);
    const Counts c = count(findings);
    out += tr("%1 probed: %2 as planned, %3 unexpectedly open, %4 expected open but closed or filtered, "
              "%5 answering differently, %6 undetermined\n")
               .arg(c.probed)
               .arg(c.asPlanned)
               .arg(c.unexpectedlyOpen)
               .arg(c.expectedButClosed)
               .arg(c.unexpectedTls)
               .arg(c.undetermined);
    return out;
}

QJsonObject AuditReport::json(const QList<AuditFinding> &findings, const QString &fromZone, bool cancelled)
{
    QJsonArray results;
    for (const AuditFinding &f : findings) {
        QJsonObject o{{u"element"_s, f.target.element},
                      {u"address"_s, f.target.address.toString()},
                      {u"probed_address"_s, f.probedAddress.toString()},
                      {u"protocol"_s, protocolName(f.target.protocol)},
                      {u"port"_s, f.target.port},
                      {u"expected"_s, f.target.expectedOpen ? u"open"_s : u"closed"_s},
                      {u"state"_s, probeStateName(f.result.state)},
                      {u"drift"_s, driftKindName(f.drift)},
                      {u"severity"_s, severityOf(f.drift)},
                      {u"component"_s, f.target.component},
                      {u"catalog_port"_s, f.target.catalogPort},
                      {u"reason"_s, f.target.reason},
                      {u"detail"_s, f.result.detail},
                      {u"elapsed_ms"_s, f.result.elapsedMs}};
        if (f.result.tlsHandshake) {
            o.insert(u"certificate_subject"_s, f.result.certificateSubject);
            o.insert(u"certificate_expiry"_s, f.result.certificateExpiry);
        }
        results.append(o);
    }
    const Counts c = count(findings);
    return QJsonObject{{u"from"_s, fromZone},
                       {u"complete"_s, !cancelled},
                       {u"results"_s, results},
                       {u"summary"_s, QJsonObject{{u"probed"_s, c.probed},
                                                  {u"as_planned"_s, c.asPlanned},
                                                  {u"unexpectedly_open"_s, c.unexpectedlyOpen},
                                                  {u"expected_open_but_closed"_s, c.expectedButClosed},
                                                  {u"unexpected_tls"_s, c.unexpectedTls},
                                                  {u"undetermined"_s, c.undetermined}}}};
}

} // namespace portolan
