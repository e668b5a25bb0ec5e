#pragma once

#include "model/fielddescription.h"

#include <QJsonArray>
#include <QJsonObject>

namespace portolan {

// The JSON Schema definition of an element kind, generated from its field
// description; tst_fielddescriptions checks docs/project.schema.json against it.
class FieldSchema
{
public:
    template <typename E> static QJsonObject properties(const QList<FieldDescription<E>> &fields)
    {
        QJsonObject out;
        for (const FieldDescription<E> &f : fields) {
            if (!f.inFile)
                continue;
            QStringList names;
            if (f.type == FieldType::Choice)
                for (const QString &name : f.choices())
                    if (!name.isEmpty())
                        names.append(name);
            out.insert(f.name(), property(f.type, f.min, f.max, names, f.schemaRef));
        }
        return out;
    }

    template <typename E> static QJsonArray required(const QList<FieldDescription<E>> &fields)
    {
        QJsonArray out;
        for (const FieldDescription<E> &f : fields)
            if (f.inFile && f.required)
                out.append(f.name());
        return out;
    }

private:
    // `ref`: Nested, the definition of its items; any other type, a shared
    // definition in place of the inline one.
    static QJsonObject property(FieldType type, int min, int max, const QStringList &choices,
                                const char *ref);
};

} // namespace portolan
