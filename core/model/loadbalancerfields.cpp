#include "loadbalancerfields.h"

namespace portolan {

const QList<FieldDescription<LoadBalancer>> &loadBalancerFields()
{
    using E = LoadBalancer;
    static const QList<FieldDescription<E>> fields{
        idField<E>(),
        nameField<E>(),
        descriptionField<E>(),
        zoneField(u"zone", &E::zone, QT_TRANSLATE_NOOP("ElementProperties", "Zone")),
        addressesField(&E::addresses, QT_TRANSLATE_NOOP("ElementProperties", "Addresses"), ""),
        idleTimeoutField(&E::idleTimeout),
        nestedField<E>(u"listeners", "list of listeners",
                       "#/definitions/listener"), // ElementLists edits them
        positionField<E>(),
    };
    return fields;
}

} // namespace portolan
