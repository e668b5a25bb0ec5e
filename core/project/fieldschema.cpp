#include "fieldschema.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QJsonObject ref(const QString &definition)
{
    return {{u"$ref"_s, QString(u"#/definitions/"_s + definition)}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{u"type"_s, u"array"_s}, {u"items"_s, items}};
}

} // namespace

QJsonObject FieldSchema::property(FieldType type, int min, int max, const QStringList &choices,
                                  const char *items)
{
    switch (type) {
    case FieldType::Id:
        return ref(u"id"_s);
    case FieldType::Text:
        return {{u"type"_s, u"string"_s}};
    case FieldType::Reference:
        return ref(u"reference"_s);
    case FieldType::Integer:
        return {{u"type"_s, u"integer"_s}, {u"minimum"_s, min}, {u"maximum"_s, max}};
    case FieldType::Addresses:
        return arrayOf(ref(u"address"_s));
    case FieldType::Choice:
        return {{u"enum"_s, QJsonArray::fromStringList(choices)}};
    case FieldType::Nested:
        return arrayOf({{u"$ref"_s, QString::fromLatin1(items)}});
    case FieldType::Position:
        return ref(u"position"_s);
    }
    return {};
}

} // namespace portolan
