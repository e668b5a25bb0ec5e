#pragma once

#include "hostiletext.h"

#include "model/project.h"

namespace portolan::test {

// `p` with every name and description, the project's own included, taken
// from HostileText::all() in turn. Ids stay (the project reader allows only
// [A-Za-z0-9._-] in them), so the plain and the hostile project give the
// same plan: any difference in an output's structure is an injection.
inline Project hostileCopy(Project p)
{
    const QStringList texts = HostileText::all();
    qsizetype n = 0;
    auto next = [&] { return texts[n++ % texts.size()]; };
    auto rename = [&](auto &list) {
        for (auto &e : list) {
            e.name = next();
            e.description = next();
        }
    };
    p.name = next();
    p.description = next();
    rename(p.zones);
    rename(p.nodes);
    rename(p.loadBalancers);
    rename(p.natLayers);
    rename(p.firewalls);
    rename(p.clients);
    rename(p.links);
    return p;
}

} // namespace portolan::test
