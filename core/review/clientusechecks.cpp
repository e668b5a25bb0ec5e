#include "clientusechecks.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Why one catalog port on one node gives a client no flow, if it does not.
enum class Outcome
{
    Reached,
    Off,
    Local,
    NotForRole
};

struct PortOutcome
{
    ReviewedComponent component; // a copy: componentsOf() gives values
    const PortDef *def = nullptr;
    Outcome outcome = Outcome::Reached;
    QList<ResolvedPort> resolved;
    int frontPort = 0; // through a load balancer listener: its front port
};

// Mirrors derivation (ClientFlows, AdminFlows): client ports for anyone,
// admin ports for admin clients and trusted zones, nothing else.
bool mayReach(const ReviewContext &ctx, const Client &client, Audience audience)
{
    if (audience == Audience::Clients)
        return true;
    if (audience == Audience::Admins)
        return client.role == ClientRole::Admins || ctx.topology().isTrusted(client.zone);
    return false;
}

bool fitsRole(ClientRole role, Audience audience)
{
    return role == ClientRole::Admins ? audience == Audience::Admins : audience == Audience::Clients;
}

// One component's ports on one node, indexed once per check run: a use
// names a port by id, and looking it up (and its resolved ports) must not
// scan the node's ports per use (issue 20: 10,000 uses of a node with
// 10,000 ports were 10^8 string comparisons).
struct ComponentPorts
{
    QHash<QString, const PortDef *> byId;
    QHash<const PortDef *, QList<ResolvedPort>> resolved;
};

class PortIndex
{
public:
    const ComponentPorts &of(const ReviewedComponent &c)
    {
        const QPair<const Node *, QString> key{c.node, c.instance.reference()};
        auto it = m_components.find(key);
        if (it == m_components.end()) {
            ComponentPorts ports;
            for (const PortDef &def : c.instance.def().ports)
                ports.byId.insert(def.id, &def); // ids are unique within a component
            for (const ResolvedPort &r : c.ports)
                ports.resolved[r.def].append(r);
            it = m_components.insert(key, ports);
        }
        return *it;
    }

private:
    QHash<QPair<const Node *, QString>, ComponentPorts> m_components;
};

PortOutcome outcomeOf(const ReviewContext &ctx, const Client &client, const ReviewedComponent &c,
                      const PortDef &def, PortIndex &index)
{
    PortOutcome o{c, &def, Outcome::Reached, index.of(c).resolved.value(&def), 0};
    if (o.resolved.isEmpty())
        o.outcome = Outcome::Off;
    else if (std::all_of(o.resolved.cbegin(), o.resolved.cend(),
                         [](const ResolvedPort &r) { return r.bindAddress.isLoopback(); }))
        o.outcome = Outcome::Local;
    else if (!mayReach(ctx, client, def.audience))
        o.outcome = Outcome::NotForRole;
    return o;
}

QString portName(const PortOutcome &o)
{
    return ClientUseChecks::tr("%1 (%2) of %3 on %4")
        .arg(o.def->title, o.def->id, o.component.instance.reference(), o.component.node->id);
}

QString reachedList(const QList<PortOutcome> &reached)
{
    QStringList names;
    for (const PortOutcome &o : reached) {
        QStringList numbers;
        for (const ResolvedPort &r : o.resolved)
            if (!r.bindAddress.isLoopback())
                numbers.append(o.frontPort ? QString::number(o.frontPort) : r.range.toString());
        numbers.removeDuplicates();
        names.append(o.def->title + u" ("_s + numbers.join(u", "_s) + u')');
    }
    names.removeDuplicates();
    return names.join(u", "_s);
}

QString withPort(const QHostAddress &address, const PortRange &range)
{
    const QString a = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                          : address.toString();
    return a + u':' + range.toString();
}

// The message and fix for a port that gives nothing; `who` names the client.
std::pair<QString, QString> explain(const ReviewContext &ctx, const Client &client, const PortOutcome &o)
{
    const ComponentInstance &instance = o.component.instance;
    const QString who = ctx.label(client.id);
    const QString port = portName(o);
    const QString via =
        o.frontPort ? ClientUseChecks::tr(" (behind listener %1)").arg(o.frontPort) : QString();
    switch (o.outcome) {
    case Outcome::Local: {
        const ResolvedPort &r = o.resolved.first();
        const QString key = o.def->spec.kind == PortSpec::Kind::Setting ? o.def->spec.setting : QString();
        const QString where = withPort(r.bindAddress, r.range);
        if (key.isEmpty())
            return {ClientUseChecks::tr("%1%2 listens on %3 only, so %4 gets nothing from it.")
                        .arg(port, via, where, who),
                    ClientUseChecks::tr(
                        "The product binds it to loopback: reach it on the node itself (over SSH), or use "
                        "another port.")};
        // The same entry on every address of the host.
        const QString open = withPort(r.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
                                          ? QHostAddress(QHostAddress::AnyIPv6)
                                          : QHostAddress(QHostAddress::AnyIPv4),
                                      r.range);
        return {ClientUseChecks::tr("%1%2 listens on %3 only (%4 is '%5'), so %6 gets nothing from it.")
                    .arg(port, via, where, key, instance.setting(key), who),
                o.def->exposeRequiresAuth
                    ? ClientUseChecks::tr(
                          "%1 is %2; set it to %3 (with authentication) or put a load balancer in front.")
                          .arg(key, where, open)
                    : ClientUseChecks::tr("%1 is %2; set it to %3 or put a load balancer in front.")
                          .arg(key, where, open)};
    }
    case Outcome::Off: {
        if (!instance.portEnabled(*o.def)) {
            for (const QString &id : o.def->excludedBy)
                if (instance.featureEnabled(id)) {
                    const FeatureDef *f = instance.def().feature(id);
                    return {
                        ClientUseChecks::tr("%1%2 is off: %3 replaces it, so %4 gets nothing from it.")
                            .arg(port, via, f ? f->title : id, who),
                        f && !f->setting.isEmpty()
                            ? ClientUseChecks::tr("Turn %1 off (%2) on %3, or use the port that replaces it.")
                                  .arg(f->title, f->setting, o.component.node->id)
                            : ClientUseChecks::tr("Turn %1 off on %2, or use the port that replaces it.")
                                  .arg(f ? f->title : id, o.component.node->id)};
                }
            const FeatureDef *f = instance.def().feature(o.def->enabledBy);
            const QString feature = f ? f->title : o.def->enabledBy;
            return {ClientUseChecks::tr("%1%2 is off: %3 is not enabled, so %4 gets nothing from it.")
                        .arg(port, via, feature, who),
                    f && !f->setting.isEmpty()
                        ? ClientUseChecks::tr("Enable %1 on %2: set %3.")
                              .arg(feature, o.component.node->id, f->setting)
                        : ClientUseChecks::tr("Enable %1 on %2.").arg(feature, o.component.node->id)};
        }
        const QString key =
            o.def->spec.kind == PortSpec::Kind::Setting ? o.def->spec.setting : o.def->spec.fromSetting;
        return {ClientUseChecks::tr("%1%2 is off (%3 is '%4'), so %5 gets nothing from it.")
                    .arg(port, via, key, instance.setting(key), who),
                ClientUseChecks::tr(
                    "Set %1 on %2 to the address and port it should listen on (e.g. 0.0.0.0:PORT).")
                    .arg(key, o.component.node->id)};
    }
    case Outcome::NotForRole:
        if (o.def->audience == Audience::Admins)
            return {ClientUseChecks::tr(
                        "%1%2 is an admin port; %3 is a %4 client outside the trusted networks, so it gets "
                        "nothing from it.")
                        .arg(port, via, who, clientRoleName(client.role)),
                    ClientUseChecks::tr("Make %1 an admins client, or place it in a trusted zone.")
                        .arg(client.id)};
        return {
            ClientUseChecks::tr("%1%2 is a %3 port; no client reaches it, so %4 gets nothing from it.")
                .arg(port, via, audienceName(o.def->audience), who),
            ClientUseChecks::tr("Remove this use of %1, or name a port meant for clients.").arg(o.def->id)};
    case Outcome::Reached:
        break;
    }
    return {};
}

// The outcomes of one use, in catalog order. `known` is false when the use
// names a port nothing on the target has.
QList<PortOutcome> outcomesOf(const ReviewContext &ctx, const Client &client, const ClientUse &use,
                              PortIndex &index, bool *known)
{
    QList<PortOutcome> out;
    auto consider = [&](const ReviewedComponent &c, const PortDef &def) {
        if (use.port.isEmpty() ? fitsRole(client.role, def.audience) : def.id == use.port)
            out.append(outcomeOf(ctx, client, c, def, index));
    };
    if (const Node *node = ctx.node(use.target)) {
        for (const ReviewedComponent &c : ctx.componentsOf(*node)) {
            if (use.port.isEmpty()) {
                for (const PortDef &def : c.instance.def().ports)
                    consider(c, def);
            } else if (const PortDef *def = index.of(c).byId.value(use.port)) {
                consider(c, *def);
            }
        }
    } else if (const LoadBalancer *lb = ctx.loadBalancer(use.target)) {
        for (const Listener &l : lb->listeners) {
            const Node *target = ctx.node(l.targetNode);
            if (!target || (!use.port.isEmpty() && l.targetPort != use.port))
                continue;
            for (const ReviewedComponent &c : ctx.componentsOf(*target)) {
                const PortDef *def = c.instance.reference() == l.targetComponent
                                         ? c.instance.def().port(l.targetPort)
                                         : nullptr;
                if (!def)
                    continue;
                const qsizetype before = out.size();
                consider(c, *def);
                for (qsizetype i = before; i < out.size(); ++i)
                    out[i].frontPort = l.port;
            }
        }
    }
    *known = !out.isEmpty();
    return out;
}

} // namespace

void ClientUseChecks::useUnreachable(const ReviewContext &ctx, CheckOutput *out)
{
    PortIndex index;
    for (const Client &client : ctx.project().clients) {
        for (const ClientUse &use : client.uses) {
            if (!ctx.node(use.target) && !ctx.loadBalancer(use.target))
                continue; // a dangling reference is the project reader's to report
            bool known = false;
            const QList<PortOutcome> outcomes = outcomesOf(ctx, client, use, index, &known);
            const QString who = ctx.label(client.id);
            if (!known) {
                out->raise(
                    client.id,
                    use.port.isEmpty()
                        ? tr("%1 uses %2, which has no port for %3 clients, so it gets nothing.")
                              .arg(who, ctx.label(use.target), clientRoleName(client.role))
                        : tr("%1 uses port '%2' of %3, which nothing there offers, so it gets nothing.")
                              .arg(who, use.port, ctx.label(use.target)),
                    tr("Name a port %1 offers (or a listener's target port), or use another target.")
                        .arg(use.target));
                continue;
            }
            QList<PortOutcome> reached, missed;
            for (const PortOutcome &o : outcomes)
                (o.outcome == Outcome::Reached ? reached : missed).append(o);
            for (const PortOutcome &o : std::as_const(missed)) {
                // With no port named, an optional port left off is a choice,
                // not a surprise; it matters only when nothing else is there.
                if (use.port.isEmpty() && o.outcome == Outcome::Off && !reached.isEmpty())
                    continue;
                auto [message, fix] = explain(ctx, client, o);
                if (!reached.isEmpty())
                    message += u' ' + tr("It gets only: %1.").arg(reachedList(reached));
                // Some ports reached: softened, the use gives less than it asks for.
                out->raise(client.id, message, fix,
                           reached.isEmpty() ? CheckOutput::Degree::Usual : CheckOutput::Degree::Softened);
            }
        }
    }
}

QList<CheckDef> ClientUseChecks::checks()
{
    return {
        {.code = u"client.use-unreachable"_s,
         .severity = Severity::Error,
         .softened = Severity::Warning,
         .run = &useUnreachable},
    };
}

} // namespace portolan
