#include "settingsproposal.h"
#include "natanalysis.h"
#include "reviewcontext.h"

#include "model/displayline.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString fileOf(const ComponentDef &def, const QString &key)
{
    const SettingDef *s = def.setting(key);
    return s && !s->file.isEmpty() ? s->file : def.configFile;
}

bool isYaml(const QString &file)
{
    return file.endsWith(u".yaml"_s) || file.endsWith(u".yml"_s);
}

} // namespace

QList<ProposedSetting> SettingsProposal::propose(const Project &project, const CatalogSet &catalogs)
{
    // NAT analysis reads the topology and settings only, never the plan.
    const Derivation noPlan;
    const ReviewContext ctx(project, catalogs, noPlan);
    return propose(ctx);
}

QList<ProposedSetting> SettingsProposal::propose(const ReviewContext &ctx)
{
    QList<ProposedSetting> result;
    // (node, component, key) already proposed: a scan of the result per
    // setting was quadratic in the number of NAT-sensitive ports.
    QSet<std::pair<std::pair<ElementId, QString>, QString>> proposed;
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        const ComponentInstance &c = *a.instance;
        auto add = [&](const QString &key, const QString &value) {
            if (key.isEmpty() || value.isEmpty())
                return;
            const std::pair<std::pair<ElementId, QString>, QString> id({a.node->id, c.reference()}, key);
            if (proposed.contains(id))
                return;
            proposed.insert(id);
            result.append({a.node->id, c.reference(), fileOf(c.def(), key), key, value, c.setting(key)});
        };
        add(a.nat->listenSetting, a.proposedListenValue());
        const QString prefix = a.nat->advertiseSetting.section(u'.', 0, -2);
        const QString external = prefix.isEmpty() ? u"use_external_ip"_s : prefix + u".use_external_ip"_s;
        const bool hasExternal = c.def().setting(external) != nullptr;
        const bool behindNat = a.hasNatRemotes();
        if (a.node->isGroup()) {
            // Each host has its own address: one pasted value cannot fit all,
            // but STUN discovery (LiveKit use_external_ip) finds each one.
            if (behindNat && hasExternal)
                add(external, u"true"_s);
            continue;
        }
        add(a.nat->advertiseSetting, a.proposedAdvertiseValue());
        if (hasExternal && !a.proposedAdvertiseValue().isEmpty())
            add(external, u"false"_s); // the address is set explicitly; use_external_ip would override it
    }
    return result;
}

QString SettingsProposal::fileLines(const QString &file, const QList<ProposedSetting> &settings)
{
    QString text;
    if (!isYaml(file)) {
        for (const ProposedSetting &s : settings)
            text += s.key + u" = "_s + s.value + u'\n';
        return text;
    }
    // Nested YAML: "rtc.node_ip" goes under "rtc:"; keys of one parent stay together.
    QStringList parents;
    for (const ProposedSetting &s : settings) {
        const QString parent = s.key.contains(u'.') ? s.key.section(u'.', 0, -2) : QString();
        if (!parents.contains(parent))
            parents.append(parent);
    }
    for (const QString &parent : std::as_const(parents)) {
        const QStringList path = parent.isEmpty() ? QStringList() : parent.split(u'.');
        for (qsizetype i = 0; i < path.size(); ++i)
            text += QString(i * 2, u' ') + path[i] + u":\n"_s;
        for (const ProposedSetting &s : settings) {
            const QString p = s.key.contains(u'.') ? s.key.section(u'.', 0, -2) : QString();
            if (p == parent)
                text += QString(path.size() * 2, u' ') + s.key.section(u'.', -1) + u": "_s + s.value + u'\n';
        }
    }
    return text;
}

QString SettingsProposal::format(const Project &project, const QList<ProposedSetting> &settings,
                                 const ElementId &node)
{
    // Grouped in one pass: per node, "component|file" groups in first-seen
    // order (a scan of every setting per node was quadratic: the NAT view
    // formats every node's proposal after each edit).
    struct Group
    {
        QString component, file;
        QList<ProposedSetting> settings;
    };
    QHash<ElementId, QList<Group>> byNode;
    for (const ProposedSetting &s : settings) {
        if (!node.isEmpty() && s.node != node)
            continue;
        QList<Group> &groups = byNode[s.node];
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const Group &x) { return x.component == s.component && x.file == s.file; });
        if (g == groups.end())
            g = groups.insert(groups.end(), Group{s.component, s.file, {}});
        g->settings.append(s);
    }
    QString text;
    for (const Node &n : project.nodes) {
        const auto it = byNode.constFind(n.id);
        if (it == byNode.cend())
            continue;
        for (const Group &g : *it) {
            if (!text.isEmpty())
                text += u'\n';
            // A comment line: the name must not end it and start a setting.
            text += u"# "_s + n.id +
                    (n.name.isEmpty() ? QString() : QString(u" ("_s + displayLine(n.name) + u')')) + u": "_s +
                    g.component + u", "_s + g.file + u'\n';
            text += fileLines(g.file, g.settings);
        }
    }
    return text;
}

} // namespace portolan
