#include "catalogdiff.h"

#include "catalogtext.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

using Change = CatalogDifference::Change;
using Kind = CatalogDifference::Kind;

// Ids of `left` in order, then those only in `right`.
template <typename List, typename IdOf> QStringList unionOfIds(const List &left, const List &right, IdOf idOf)
{
    QStringList ids;
    for (const auto &e : left)
        ids.append(idOf(e));
    for (const auto &e : right)
        if (!ids.contains(idOf(e)))
            ids.append(idOf(e));
    return ids;
}

Change changeOf(bool inLeft, bool inRight, const QStringList &fields)
{
    if (!inLeft)
        return Change::Added;
    if (!inRight)
        return Change::Removed;
    return fields.isEmpty() ? Change::Unchanged : Change::Changed;
}

QString portSetting(const PortDef &port)
{
    if (port.spec.kind == PortSpec::Kind::SettingRange)
        return port.spec.fromSetting + u'-' + port.spec.toSetting;
    if (port.spec.offset != 0)
        return port.spec.setting + u" + "_s + QString::number(port.spec.offset);
    return port.spec.setting;
}

void comparePorts(const Catalog &lc, const ComponentDef *l, const Catalog &rc, const ComponentDef *r,
                  const QString &componentId, QList<CatalogDifference> *out)
{
    static const QList<PortDef> none;
    const QStringList ids =
        unionOfIds(l ? l->ports : none, r ? r->ports : none, [](const PortDef &p) { return p.id; });
    for (const QString &id : ids) {
        const PortDef *lp = l ? l->port(id) : nullptr;
        const PortDef *rp = r ? r->port(id) : nullptr;
        CatalogDifference d{Kind::Port, Change::Unchanged, componentId, id, {}, {}, {}};
        if (lp)
            d.left = CatalogText::portSummary(lc, *l, *lp);
        if (rp)
            d.right = CatalogText::portSummary(rc, *r, *rp);
        if (lp && rp) {
            if (CatalogText::defaultPorts(lc, *l, *lp) != CatalogText::defaultPorts(rc, *r, *rp))
                d.fields.append(CatalogDiff::tr("port"));
            if (CatalogText::protocols(lp->protocols) != CatalogText::protocols(rp->protocols))
                d.fields.append(CatalogDiff::tr("protocol"));
            if (lp->audience != rp->audience)
                d.fields.append(CatalogDiff::tr("audience"));
            if (portSetting(*lp) != portSetting(*rp) || lp->spec.kind != rp->spec.kind)
                d.fields.append(CatalogDiff::tr("setting"));
            if (lp->optional != rp->optional || lp->enabledBy != rp->enabledBy)
                d.fields.append(CatalogDiff::tr("optional"));
        }
        d.change = changeOf(lp, rp, d.fields);
        out->append(d);
    }
}

void compareSettings(const ComponentDef *l, const ComponentDef *r, const QString &componentId,
                     QList<CatalogDifference> *out)
{
    static const QList<SettingDef> none;
    const QStringList keys =
        unionOfIds(l ? l->settings : none, r ? r->settings : none, [](const SettingDef &s) { return s.key; });
    for (const QString &key : keys) {
        const SettingDef *ls = l ? l->setting(key) : nullptr;
        const SettingDef *rs = r ? r->setting(key) : nullptr;
        CatalogDifference d{Kind::Setting, Change::Unchanged, componentId, key, {}, {}, {}};
        if (ls)
            d.left = CatalogText::settingSummary(*ls);
        if (rs)
            d.right = CatalogText::settingSummary(*rs);
        if (ls && rs) {
            if (ls->type != rs->type)
                d.fields.append(CatalogDiff::tr("type"));
            if (ls->defaultValue != rs->defaultValue)
                d.fields.append(CatalogDiff::tr("default"));
        }
        d.change = changeOf(ls, rs, d.fields);
        out->append(d);
    }
}

QString componentSummary(const ComponentDef &c)
{
    return c.clustered ? c.title + u" \u00b7 "_s + CatalogDiff::tr("clustered") : c.title;
}

} // namespace

QList<CatalogDifference> CatalogDiff::compare(const Catalog &left, const Catalog &right)
{
    QList<CatalogDifference> out;
    const QStringList ids =
        unionOfIds(left.components, right.components, [](const ComponentDef &c) { return c.id; });
    for (const QString &id : ids) {
        const ComponentDef *l = left.component(id);
        const ComponentDef *r = right.component(id);
        CatalogDifference d{Kind::Component, Change::Unchanged, id, id, {}, {}, {}};
        if (l)
            d.left = componentSummary(*l);
        if (r)
            d.right = componentSummary(*r);
        if (l && r && l->clustered != r->clustered)
            d.fields.append(tr("clustered"));
        d.change = changeOf(l, r, d.fields);
        out.append(d);
        comparePorts(left, l, right, r, id, &out);
        compareSettings(l, r, id, &out);
    }
    return out;
}

QString CatalogDiff::matchingRule()
{
    return tr("Entries are matched by id: a port is the same port when its component and port id are the "
              "same, a setting when its key is. A matched port is changed when its default number, protocol, "
              "audience, setting or optionality differs; a setting when its type or default differs.");
}

QString CatalogDiff::changeName(CatalogDifference::Change change)
{
    switch (change) {
    case Change::Unchanged:
        return tr("same");
    case Change::Added:
        return tr("added");
    case Change::Removed:
        return tr("removed");
    case Change::Changed:
        return tr("changed");
    }
    return {};
}

QString CatalogDiff::kindName(CatalogDifference::Kind kind)
{
    switch (kind) {
    case Kind::Component:
        return tr("component");
    case Kind::Port:
        return tr("port");
    case Kind::Setting:
        return tr("setting");
    }
    return {};
}

} // namespace portolan
