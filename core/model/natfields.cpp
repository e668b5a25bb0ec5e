#include "natfields.h"

namespace portolan {

const QList<FieldDescription<NatLayer>> &natFields()
{
    using E = NatLayer;
    static const QList<FieldDescription<E>> fields{
        idField<E>(),
        nameField<E>(),
        descriptionField<E>(),
        zoneField(u"inside", &E::inside, QT_TRANSLATE_NOOP("ElementProperties", "Inside zone"),
                  "the zone behind the NAT"),
        zoneField(u"outside", &E::outside, QT_TRANSLATE_NOOP("ElementProperties", "Outside zone"),
                  "the zone in front of it; must differ from `inside`"),
        addressesField(&E::outsideAddresses, QT_TRANSLATE_NOOP("ElementProperties", "Outside addresses"),
                       "the outside addresses"),
        FieldDescription<E>{.key = u"source_nat",
                            .type = FieldType::Boolean,
                            .label = QT_TRANSLATE_NOOP("ElementProperties", "Source NAT"),
                            .docType = "`true`/`false`",
                            .docDefault = "`false`",
                            .docMeaning = "egress from inside leaves with an outside address",
                            .flag = &E::sourceNat},
        idleTimeoutField(&E::idleTimeout),
        nestedField<E>(u"mappings", "list of mappings", "#/definitions/mapping",
                       "static mappings"), // ElementLists edits them
        positionField<E>(),
    };
    return fields;
}

} // namespace portolan
