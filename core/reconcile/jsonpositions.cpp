#include "jsonpositions.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QList>

namespace portolan {

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    QString key;
    bool expectKey = false;
};

qsizetype skipString(const QByteArray &json, qsizetype i) // i at the opening quote; returns the closing one
{
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i;
    }
    return json.size();
}

QString pathOf(const QList<Frame> &stack)
{
    QString path;
    for (const Frame &f : stack)
        path += u'/' + (f.array ? QString::number(f.index) : f.key);
    return path;
}

} // namespace

QHash<QString, qsizetype> jsonContainerOffsets(const QByteArray &json)
{
    QHash<QString, qsizetype> out;
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':')
            continue;
        if (!stack.isEmpty() && stack.last().expectKey && c == '"') {
            const qsizetype end = skipString(json, i);
            // Keys are compared raw: the members readers look up are plain ASCII.
            stack.last().key = QString::fromUtf8(json.mid(i + 1, end - i - 1));
            stack.last().expectKey = false;
            i = end;
            continue;
        }
        if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last().expectKey = true;
            }
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (c == '{' || c == '[') {
            out.insert(pathOf(stack), i);
            stack.append(Frame{c == '[', 0, {}, c == '{'});
        } else if (c == '"') {
            i = skipString(json, i);
        }
        // Numbers, true, false, null: their characters are skipped one by one.
    }
    return out;
}

void jsonLineColumn(const QByteArray &json, qsizetype offset, int *line, int *column)
{
    *line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i)
        if (json[i] == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    *column = int(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
}

std::optional<QJsonDocument> parseJsonDocument(const QByteArray &json, const QString &file,
                                               Diagnostics *errors)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error == QJsonParseError::NoError)
        return doc;
    int line = 0;
    int column = 0;
    jsonLineColumn(json, pe.offset, &line, &column);
    errors->append({file,
                    line,
                    column,
                    QCoreApplication::translate("JsonText", "not valid JSON: %1").arg(pe.errorString()),
                    {}});
    return std::nullopt;
}

} // namespace portolan
