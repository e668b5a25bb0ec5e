#include "localports.h"

#include <algorithm>

namespace portolan {

void LocalPorts::run(DeriveContext &context)
{
    for (const NodeComponent &nc : std::as_const(context.components)) {
        const ElementId &node = context.project.nodes[nc.node].id;
        for (const ResolvedPort &port : nc.ports)
            if (port.def->audience == Audience::Local)
                context.localPorts.append(LocalPort{node, nc.instance.reference(), port.def->id,
                                                    port.protocols, port.range, port.bindAddress});
        for (const ResolvedPort &port : nc.loopback)
            context.localPorts.append(LocalPort{node, nc.instance.reference(), port.def->id, port.protocols,
                                                port.range, port.bindAddress});
    }
    std::stable_sort(context.localPorts.begin(), context.localPorts.end(),
                     [](const LocalPort &a, const LocalPort &b) {
                         return std::tie(a.node, a.component, a.port, a.ports) <
                                std::tie(b.node, b.component, b.port, b.ports);
                     });
}

} // namespace portolan
