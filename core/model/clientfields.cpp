#include "clientfields.h"

namespace portolan {

const QList<FieldDescription<Client>> &clientFields()
{
    using F = FieldDescription<Client>;
    static const QList<F> fields{
        idField<Client>(),
        nameField<Client>(),
        descriptionField<Client>(),
        F{.key = u"role",
          .type = FieldType::Choice,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Role"),
          .docType = "`users`, `admins`, `devices`",
          .docDefault = "`users`",
          .docMeaning = "",
          .writtenAtDefault = true,
          .choices = clientRoleNames,
          .choiceGet = [](const Client &c) { return clientRoleName(c.role); },
          .choiceSet = [](Client &c, const QString &text) { return parseClientRole(text, &c.role); },
          .choiceError = QT_TRANSLATE_NOOP("ProjectReader", "unknown client role '%1'"),
          .choiceHint = QT_TRANSLATE_NOOP("ProjectReader", "use users, admins or devices")},
        zoneField(u"zone", &Client::zone, QT_TRANSLATE_NOOP("ElementProperties", "Zone"),
                  "where they come from"),
        F{.key = u"cidrs",
          .type = FieldType::Cidrs,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "CIDRs"),
          .docType = "list of CIDRs",
          .docDefault = "the zone's",
          .docMeaning = "narrows the zone",
          .cidrs = &Client::cidrs},
        nestedField<Client>(u"uses", "list of uses", "#/definitions/use"), // ElementLists edits them
        positionField<Client>(),
    };
    return fields;
}

} // namespace portolan
