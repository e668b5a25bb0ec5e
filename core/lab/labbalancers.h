#pragma once

#include "labtopology.h"

#include "export/exporter.h"

namespace portolan {

// A balancer's own HAProxy file, run in its namespace (`haproxy -f FILE
// -db`) in place of the nft stand-in for the listeners HAProxy serves.
struct LabDaemon
{
    QString namespaceId;
    ElementId element;
    QString origin;            // "haproxy/lb-turn.cfg", as exported
    QByteArray config;         // as exported; the runner points crt-base at its temp dir
    QStringList certificates;  // PEM files the crt lines name (throw-away ones are made)
    QList<int> ports;          // TCP front ports HAProxy binds
    QList<int> terminatePorts; // of those, TLS terminated: probes speak TLS
    friend bool operator==(const LabDaemon &, const LabDaemon &) = default;
};

class LabBalancers
{
public:
    // Whether haproxy is installed (the lab stands in for balancers otherwise).
    static bool haproxyAvailable();
    // The HAProxy exporter's files, one per balancer namespace. Pure.
    static QList<LabDaemon> haproxy(const ExportInput &input, const LabTopology &topology);
};

} // namespace portolan
