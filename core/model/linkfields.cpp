#include "linkfields.h"
#include "project.h"

namespace portolan {

namespace {

// The inspector edits one end at a time; `end` is the one just set.
QString endsCheck(const Link &link, const Project &p, const ElementId &end, const ElementId &other)
{
    if (end == other)
        return QCoreApplication::translate("ElementProperties", "a link needs two different zones");
    for (const Link &l : p.links)
        if (l.id != link.id && ((l.a == end && l.b == other) || (l.a == other && l.b == end)))
            return QCoreApplication::translate("ElementProperties", "'%1' and '%2' are already linked")
                .arg(end, other);
    return {};
}

} // namespace

const QList<FieldDescription<Link>> &linkFields()
{
    using F = FieldDescription<Link>;
    static const QList<F> fields{
        idField<Link>(),
        nameField<Link>(),
        descriptionField<Link>(),
        F{.key = u"kind",
          .type = FieldType::Choice,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Kind"),
          .docType = "`vpn` or `peering`",
          .docDefault = "required",
          .docMeaning = "",
          .required = true,
          .choices = linkKindNames,
          .choiceGet = [](const Link &l) { return linkKindName(l.kind); },
          .choiceSet = [](Link &l, const QString &text) { return parseLinkKind(text, &l.kind); },
          .choiceError = QT_TRANSLATE_NOOP("ProjectReader", "unknown link kind '%1'"),
          .choiceHint = QT_TRANSLATE_NOOP("ProjectReader", "use vpn or peering")},
        F{.key = u"between",
          .type = FieldType::ZonePair,
          .docType = "list of exactly two different zone ids",
          .docDefault = "required",
          .docMeaning = "",
          .required = true,
          .text = &Link::a,
          .second = &Link::b},
        // The inspector's view of `between`: one end each, lines on the canvas.
        F{.key = u"a",
          .inFile = false,
          .type = FieldType::Reference,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Zone A"),
          .required = true,
          .effects = {.connects = true},
          .text = &Link::a,
          .check = [](const Link &l, const Project &p) { return endsCheck(l, p, l.a, l.b); }},
        F{.key = u"b",
          .inFile = false,
          .type = FieldType::Reference,
          .label = QT_TRANSLATE_NOOP("ElementProperties", "Zone B"),
          .required = true,
          .effects = {.connects = true},
          .text = &Link::b,
          .check = [](const Link &l, const Project &p) { return endsCheck(l, p, l.b, l.a); }},
    };
    return fields;
}

} // namespace portolan
