#include "zonefields.h"

namespace portolan {

const QList<FieldDescription<Zone>> &zoneFields()
{
    using F = FieldDescription<Zone>;
    static const QList<F> fields{
        idField<Zone>(),
        nameField<Zone>(),
        descriptionField<Zone>(),
        F{.key = u"kind",
          .type = FieldType::Choice,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Kind"),
          .docType = "`internet`, `cloud`, `datacenter`, `vpc`, `subnet`, `trusted`, `network`",
          .docDefault = "required",
          .docMeaning = "`trusted` is a trusted admin network",
          .required = true,
          .choices = zoneKindNames,
          .choiceGet = [](const Zone &z) { return zoneKindName(z.kind); },
          .choiceSet = [](Zone &z, const QString &text) { return parseZoneKind(text, &z.kind); },
          .choiceError = QT_TRANSLATE_NOOP("ProjectReader", "unknown zone kind '%1'"),
          .choiceHint = QT_TRANSLATE_NOOP(
              "ProjectReader", "use internet, cloud, datacenter, vpc, subnet, trusted or network")},
        F{.key = u"provider",
          .type = FieldType::Choice,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Provider"),
          .docType = "`aws`, `gcp`, `azure`, `digitalocean`, `on-premises`",
          .docDefault = "inherited",
          .docMeaning = "the nearest ancestor's provider applies when absent",
          .choices = providerNames,
          .choiceGet = [](const Zone &z) { return providerName(z.provider); },
          .choiceSet = [](Zone &z, const QString &text) { return parseProvider(text, &z.provider); },
          .choiceEdit =
              [](Zone &z, const QString &text) {
                  if (!text.isEmpty())
                      return parseProvider(text, &z.provider);
                  z.provider = Provider::None;
                  return true;
              },
          .choiceError = QT_TRANSLATE_NOOP("ProjectReader", "unknown provider '%1'"),
          .choiceHint =
              QT_TRANSLATE_NOOP("ProjectReader", "use aws, gcp, azure, digitalocean or on-premises")},
        // The inspector calls it "zone", as it does every element's container.
        F{.key = u"parent",
          .editKey = u"zone",
          .type = FieldType::Reference,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Inside"),
          .docType = "zone id",
          .docDefault = "none (top level)",
          .docMeaning = "",
          .effects = {.moves = true},
          .text = &Zone::parent},
        F{.key = u"cidrs",
          .type = FieldType::Cidrs,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "CIDRs"),
          .docType = "list of CIDRs",
          .docDefault = "inherited",
          .docMeaning = "the nearest ancestor's CIDRs apply when empty; an `internet` zone without CIDRs is "
                        "`0.0.0.0/0` and `::/0`",
          .cidrs = &Zone::cidrs},
        positionField<Zone>(),
        F{.key = u"size",
          .type = FieldType::Size,
          .docType = "pair",
          .docDefault = "absent",
          .docMeaning = "",
          .placement = &Zone::placement},
    };
    return fields;
}

} // namespace portolan
