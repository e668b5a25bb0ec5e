#pragma once

#include "model/portrange.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan {

// Who may reach a port (or, for Egress, where the node connects to).
enum class Audience
{
    Clients,
    Admins,
    Peers,
    Local,
    Internal,
    Egress
};
QString audienceName(Audience audience);
bool parseAudience(const QString &text, Audience *out);

enum class SettingType
{
    Port,        // 7880
    Range,       // "10000-20000"
    Listen,      // Kong listen list: "0.0.0.0:8000, 0.0.0.0:8443 ssl" or "off"
    AddressPort, // "192.168.10.5:9000"
    Address,     // "192.0.2.10"
    Bool,        // true / false
    Text
};
QString settingTypeName(SettingType type);
bool parseSettingType(const QString &text, SettingType *out);

// Where a catalog fact comes from: a vendor document, named so a reviewer
// can check it.
struct SourceDocument
{
    QString id; // referenced by settings and ports, e.g. "seed-001"
    QString title;
    QString document; // a path under shared/seeds or a vendor URL
};

struct SettingDef
{
    QString key;
    SettingType type = SettingType::Text;
    QString defaultValue; // empty = unset by default
    QString title;
    QString file;   // where it is set: "kong.conf", "livekit.yaml", "sip/config.yml"
    QString source; // SourceDocument id
};

// An optional capability; on when the node says so, when its `setting` is
// true (Bool) or overridden (other types), or by default.
struct FeatureDef
{
    QString id;
    QString title;
    bool defaultEnabled = false;
    QString setting;
    QString source;
};

// How a port number is obtained.
struct PortSpec
{
    enum class Kind
    {
        Fixed,
        Setting,
        SettingRange,
        All
    };
    Kind kind = Kind::Fixed;
    PortRange fixed;     // Fixed
    QString setting;     // Setting: a Port, Range, Listen or AddressPort setting
    QString select;      // Listen settings: "plain" (no ssl flag), "ssl", or "any"
    int offset = 0;      // Port or AddressPort setting: added to its port (Redis cluster bus: port + 10000)
    QString fromSetting; // SettingRange: two Port settings
    QString toSetting;
};

// Advertise/listen behaviour behind NAT (Kong cluster_advertise, LiveKit rtc.node_ip).
struct NatBehaviour
{
    QString listenSetting;       // where the node binds, e.g. cluster_listen
    QString advertiseSetting;    // what it tells peers, e.g. cluster_advertise / rtc.node_ip
    bool portInAdvertise = true; // Kong advertises addr:port; LiveKit only an address
    bool keepsPort = false;      // ICE advertises the port itself: the NAT must not translate it
};

struct PortDef
{
    QString id;
    QString title;
    QList<Protocol> protocols;
    PortSpec spec;
    Audience audience = Audience::Clients;
    bool optional = false;
    QString enabledBy;      // feature id; empty = always (unless excluded)
    QStringList excludedBy; // feature ids that switch this port off
    QString exposed;        // the vendor's own "exposed" column, verbatim, where it has one
    QString egressTo;       // Egress: "internet" or "<catalog>/<component>"
    QString service;        // HTTP, HTTPS, SMTP, DNS, MQTT ... for port matrices
    bool tls = false;
    bool terminateTlsAtLoadBalancer = false;  // "place behind a LB that can terminate SSL"
    bool exposeRequiresAuth = false;          // Kong 3.3 Admin API
    int sessionTimeout = 0;                   // seconds the path must keep idle TCP sessions
    int portsPerParticipant = 0;              // LiveKit: each participant uses two ports
    int preferredPortWithoutLoadBalancer = 0; // LiveKit TURN/TLS: 443 when not behind a LB
    std::optional<NatBehaviour> nat;
    QStringList notes;
    QString source; // SourceDocument id
    QString quote;  // the sentence of the source the entry rests on
};

struct ComponentDef
{
    QString id;
    QString title;
    QString description;
    bool clustered = false;   // nodes running it form a cluster: `peers` ports flow between them
    QString addressDetection; // e.g. "first-non-loopback-ipv4"
    QString configFile;       // kong.conf, livekit.yaml
    QList<SettingDef> settings;
    QList<FeatureDef> features;
    QList<PortDef> ports;
    QStringList notes;
    QString source;

    const SettingDef *setting(const QString &key) const;
    const FeatureDef *feature(const QString &id) const;
    const PortDef *port(const QString &id) const;
};

struct Catalog
{
    static constexpr int CurrentFormat = 1;

    QString id;          // "kong-0.x"; file name is <id>.yaml
    QString product;     // "kong"
    QString productName; // "Kong"
    QString version;     // "0.x"
    QString title;
    QString description;
    QList<SourceDocument> sources;
    QList<ComponentDef> components;
    QString filePath; // where it was loaded from (diagnostics, catalog browser)

    const ComponentDef *component(const QString &id) const;
    const SourceDocument *sourceDocument(const QString &id) const;
};

} // namespace portolan
