#pragma once

#include "catalog/catalogset.h"
#include "io/yamlreader.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>

namespace portolan {

// Checks references between elements once the whole file is read: ids
// unique, referenced ids exist and are of the right kind, listener and client
// targets run the component and port they name, zones do not nest in a cycle.
class ReferenceChecker
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    explicit ReferenceChecker(YamlContext &context) : m_c(context) {}

    void declare(const ElementId &id, const YamlNode &at);
    void expect(const ElementId &id, const YamlNode &at, QList<ElementKind> kinds);
    void expectListenerTarget(const Listener &listener, const YamlNode &componentAt, const YamlNode &portAt);
    void expectClientUse(const ClientUse &use, const YamlNode &portAt);
    void check(const Project &project, const CatalogSet &catalogs);

private:
    struct Expected
    {
        ElementId id;
        YAML::Mark at;
        QList<ElementKind> kinds;
    };
    struct ListenerRef
    {
        Listener listener;
        YAML::Mark componentAt, portAt;
    };
    struct UseRef
    {
        ClientUse use;
        YAML::Mark portAt;
    };

    YamlContext &m_c;
    QHash<ElementId, YAML::Mark> m_declared;
    QList<Expected> m_expected;
    QList<ListenerRef> m_listeners;
    QList<UseRef> m_uses;
};

} // namespace portolan
