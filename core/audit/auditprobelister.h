#pragma once

#include "audittarget.h"

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

#include <QCoreApplication>

namespace portolan {

// Lists what must and must not answer when probing from one zone of the
// plan. Only addresses written in the plan are ever listed.
//  - must answer: the destination of every flow whose source is a client or
//    zone the probing zone lies in (through a NAT: its outside address:port;
//    through a load balancer: the front address:port);
//  - must not answer: every other catalog port of every planned node address
//    and every other load balancer front port, including local-only ports.
// Port ranges are sampled (first, middle, last port) rather than swept, and
// flows of protocol "any" cannot be probed and are left out.
class AuditProbeLister
{
    Q_DECLARE_TR_FUNCTIONS(AuditProbeLister)
public:
    struct List
    {
        QList<AuditTarget> targets;    // sorted by AuditTarget::key, no duplicates
        int skippedWithoutAddress = 0; // node groups planned by CIDR only
    };
    static List list(const Project &project, const CatalogSet &catalogs, const Derivation &derived,
                     const ElementId &fromZone);

    // Whether a flow's source stands for hosts in `zone`.
    static bool sourceCovers(const Project &project, const Flow &flow, const ElementId &zone);
};

} // namespace portolan
