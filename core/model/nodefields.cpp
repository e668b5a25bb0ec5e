#include "nodefields.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString countCheck(const Node &n, const Project &)
{
    if (n.count < 1)
        return QCoreApplication::translate("ElementProperties", "a node stands for at least one host");
    if (!Node::addressesFit(n.count, n.addresses))
        return QCoreApplication::translate("ElementProperties",
                                           "the node lists %n address(es); remove some first", nullptr,
                                           int(n.addresses.size()));
    return {};
}

QString addressesCheck(const Node &n, const Project &)
{
    if (Node::addressesFit(n.count, n.addresses))
        return {};
    return QCoreApplication::translate(
               "ElementProperties",
               "%n address(es) for %1 host(s): list at most one IPv4 and one IPv6 address "
               "per host, or raise the host count first",
               nullptr, int(n.addresses.size()))
        .arg(n.count);
}

} // namespace

const QList<FieldDescription<Node>> &nodeFields()
{
    using F = FieldDescription<Node>;
    static const QList<F> fields{
        idField<Node>(),
        nameField<Node>(),
        descriptionField<Node>(),
        zoneField(u"zone", &Node::zone, QT_TRANSLATE_NOOP("ElementProperties", "Zone")),
        F{.key = u"count",
          .type = FieldType::Integer,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Hosts"),
          .docType = "1–100,000",
          .docDefault = "1",
          .docMeaning = "more than 1 makes a group",
          .min = 1,
          .max = 100'000,
          .fallback = 1,
          .integer = &Node::count,
          .check = countCheck},
        addressesField(
            &Node::addresses, QT_TRANSLATE_NOOP("ElementProperties", "Addresses"),
            "a group: its hosts' IPv4 addresses in host order, then (dual stack) their IPv6 addresses "
            "in host order, at most `count` of each family; a single host: any number (multi-homed)",
            addressesCheck),
        F{.key = u"components",
          .type = FieldType::Nested,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Components"),
          .docType = "list of component uses",
          .docDefault = "empty",
          .docMeaning = "what the node runs",
          .schemaRef = "#/definitions/componentUse"},
        nestedField<Node>(u"redirects", "list of redirects", "#/definitions/redirect",
                          "packet-filter redirects (Kong's `transparent` listen option)"),
        F{.key = u"participants",
          .type = FieldType::Integer,
          .docType = "0–10,000,000",
          .docDefault = "0 (not stated)",
          .docMeaning = "planned load per host, e.g. LiveKit participants",
          .min = 0,
          .max = 10'000'000,
          .fallback = 0,
          .integer = &Node::expectedParticipants},
        F{.key = u"host_firewall",
          .type = FieldType::Choice,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Host firewall"),
          .docType = "`nftables`, `iptables`, `firewalld`, `ufw`, `pf` or `windows`",
          .docDefault = "absent (any)",
          .docMeaning = "the packet filter the hosts load: a bundle then gives them only that target's file",
          .choices = hostFirewallNames,
          .choiceGet = [](const Node &n) { return hostFirewallName(n.hostFirewall); },
          .choiceSet = [](Node &n, const QString &text) { return parseHostFirewall(text, &n.hostFirewall); },
          .choiceError = QT_TRANSLATE_NOOP("ProjectReader", "unknown host firewall '%1'"),
          .choiceHint = QT_TRANSLATE_NOOP("ProjectReader", "use one of: %1")},
        positionField<Node>(),
    };
    return fields;
}

} // namespace portolan
