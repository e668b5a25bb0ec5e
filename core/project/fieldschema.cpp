#include "fieldschema.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonObject definition(const QString &name)
{
    return {{u"$ref"_s, QString(u"#/definitions/"_s + name)}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{u"type"_s, u"array"_s}, {u"items"_s, items}};
}

} // namespace

QJsonObject FieldSchema::property(FieldType type, int min, int max, const QStringList &choices,
                                  const char *ref)
{
    if (ref && type != FieldType::Nested)
        return {{u"$ref"_s, QString::fromLatin1(ref)}};
    switch (type) {
    case FieldType::Id:
        return definition(u"id"_s);
    case FieldType::Text:
        return {{u"type"_s, u"string"_s}};
    case FieldType::Reference:
        return definition(u"reference"_s);
    case FieldType::Integer:
        return {{u"type"_s, u"integer"_s}, {u"minimum"_s, min}, {u"maximum"_s, max}};
    case FieldType::Boolean:
        return {{u"type"_s, u"boolean"_s}};
    case FieldType::Addresses:
        return arrayOf(definition(u"address"_s));
    case FieldType::Cidrs:
        return arrayOf(definition(u"cidr"_s));
    case FieldType::Zones:
        return arrayOf(definition(u"reference"_s));
    case FieldType::ZonePair: {
        QJsonObject pair = arrayOf(definition(u"reference"_s));
        pair.insert(u"minItems"_s, 2);
        pair.insert(u"maxItems"_s, 2);
        return pair;
    }
    case FieldType::Choice:
        return {{u"enum"_s, QJsonArray::fromStringList(choices)}};
    case FieldType::Nested:
        return arrayOf({{u"$ref"_s, QString::fromLatin1(ref)}});
    case FieldType::Position:
        return definition(u"position"_s);
    case FieldType::Size:
        return definition(u"size"_s);
    }
    return {};
}

} // namespace portolan
