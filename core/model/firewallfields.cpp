#include "firewallfields.h"

namespace portolan {

const QList<FieldDescription<Firewall>> &firewallFields()
{
    using E = Firewall;
    static const QList<FieldDescription<E>> fields{
        idField<E>(),
        nameField<E>(),
        descriptionField<E>(),
        // Edited as a table (ElementLists), so no label here.
        FieldDescription<E>{.key = u"inside",
                            .type = FieldType::Zones,
                            .docType = "list of zone ids",
                            .docDefault = "required",
                            .docMeaning = "the zones it protects",
                            .required = true,
                            .zones = &E::inside},
        zoneField(u"outside", &E::outside, QT_TRANSLATE_NOOP("ElementProperties", "Outside zone"),
                  "the zone it separates them from"),
        idleTimeoutField(&E::idleTimeout, "TCP session timeout"),
        positionField<E>(),
    };
    return fields;
}

} // namespace portolan
