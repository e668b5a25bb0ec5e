#pragma once

#include "catalog/catalogset.h"
#include "model/project.h"

#include <QCoreApplication>

namespace portolan {

// What dragging a line from one element to another means:
//   zone -> zone                 a VPN link between them
//   client -> node / load bal.   the client uses that target's services
//   load balancer -> node        a listener forwarding to the node's first
//                                client-facing port
class Connections
{
    Q_DECLARE_TR_FUNCTIONS(Connections)
public:
    enum class Kind
    {
        None,
        Link,
        ClientUse,
        ListenerTarget
    };

    // A listener forwarding to the node's first enabled client-facing port,
    // front port = that port; nullopt when the node runs none.
    static std::optional<Listener> defaultListener(const Node &node, const CatalogSet &catalogs);

    static Kind kind(const Project &project, const ElementId &from, const ElementId &to);
    // Applies the connection; `touched` gets the new link's id or the
    // changed client / load balancer. False (with a reason) when the two
    // cannot be connected or already are.
    static bool connect(Project &project, const CatalogSet &catalogs, const ElementId &from,
                        const ElementId &to, ElementId *touched, bool *added, QString *error);
    // Removes one drawn connection and nothing else: a link (the link
    // element goes), or listener / client use number `index` of `owner`,
    // which must point at `to` (a stale index is refused, not guessed).
    // `removedLink` says whether an element went rather than changed.
    static bool disconnect(Project &project, const ElementId &owner, const ElementId &to, int index,
                           bool *removedLink, QString *error);
};

} // namespace portolan
