#pragma once

#include "catalog/catalog.h"
#include "model/elements.h"

#include <QHostAddress>
#include <QString>

namespace portolan {

// One address:port the audit probes, and what the plan says about it.
struct AuditTarget
{
    ElementId element;    // node or load balancer the address belongs to
    QHostAddress address; // as planned (before any address override)
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    bool expectedOpen = false; // a planned flow from the probing zone reaches it
    bool tls = false;          // try a TLS handshake (catalog port is TLS, or an LB terminates TLS)
    QString component;         // "<catalog>/<component>", may be empty for NAT/LB fronts
    QString catalogPort;       // catalog port id
    QString reason;            // why it must be open or closed (translated)

    QString key() const; // stable sort key
};

enum class ProbeState
{
    Open,     // TCP connected / UDP answered
    Closed,   // refused (TCP RST or ICMP port unreachable)
    Filtered, // TCP: no answer within the timeout
    NoAnswer, // UDP: no reply and no refusal; open or filtered, cannot tell
    Error     // the probe itself failed (address unusable, ...)
};
QString probeStateName(ProbeState state);

struct ProbeResult
{
    ProbeState state = ProbeState::Error;
    int elapsedMs = 0;
    QString detail;             // e.g. socket error text
    bool tlsHandshake = false;  // a TLS handshake succeeded
    QString certificateSubject; // when tlsHandshake
    QString certificateExpiry;  // ISO date, when tlsHandshake
};

enum class DriftKind
{
    None,
    ExpectedOpenButClosed,   // warning: a planned service is down or blocked
    ExpectedOpenButFiltered, // warning: a firewall drops what the plan needs
    UnexpectedlyOpen,        // error: reachable though the plan forbids it
    UnexpectedTls,           // warning: answers differently than planned (TLS vs plain)
    Undetermined             // UDP with no answer: reported, never counted as drift
};
QString driftKindName(DriftKind kind);

struct AuditFinding
{
    AuditTarget target;
    QHostAddress probedAddress; // after the address override
    ProbeResult result;
    DriftKind drift = DriftKind::None;
};

} // namespace portolan
