#pragma once

#include "catalog.h"
#include "catalogset.h"

#include "model/elements.h"

#include <QHostAddress>

namespace portolan {

// A catalog port as it is on one node, with the node's settings applied.
struct ResolvedPort
{
    const PortDef *def = nullptr;
    QList<Protocol> protocols;
    PortRange range;
    QHostAddress bindAddress; // null when the product does not say (binds all)
    bool ssl = false;         // from a Kong listen "ssl" flag
    bool transparent = false; // Kong listen "transparent"
};

// One component on one node: catalog definition plus the node's overrides.
// Cheap to make; holds pointers into the CatalogSet and the Project, which
// must outlive it.
class ComponentInstance
{
public:
    ComponentInstance(const Catalog *catalog, const ComponentDef *def, const ComponentUse *use)
        : m_catalog(catalog), m_def(def), m_use(use)
    {
    }
    // nullopt when the component reference is unknown.
    static std::optional<ComponentInstance> make(const CatalogSet &catalogs, const ComponentUse &use);

    const Catalog &catalog() const { return *m_catalog; }
    const ComponentDef &def() const { return *m_def; }
    const ComponentUse &use() const { return *m_use; }
    QString reference() const { return m_use->component; }

    // The node's override, else the catalog default.
    QString setting(const QString &key) const;
    bool isOverridden(const QString &key) const { return m_use->settings.contains(key); }
    bool featureEnabled(const QString &featureId) const;
    bool portEnabled(const PortDef &port) const;

    // Every enabled port with numbers computed from settings. A Listen
    // setting with several matching entries gives one ResolvedPort each; a
    // setting that is "off" or unset gives none.
    QList<ResolvedPort> ports() const;
    QList<ResolvedPort> resolve(const PortDef &port) const;

private:
    const Catalog *m_catalog;
    const ComponentDef *m_def;
    const ComponentUse *m_use;
};

} // namespace portolan
