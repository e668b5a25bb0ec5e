#pragma once

#include <QString>
#include <QStringList>

namespace portolan {

// A small block-style YAML emitter with one canonical spelling for every
// value, so that a saved file is a pure function of the model (stable diffs,
// byte-identical round trips). Strings are quoted only when YAML would read
// them as something else.
class YamlWriter
{
public:
    void key(const QString &key, const QString &rawValue); // value already formatted
    void string(const QString &key, const QString &value); // skipped when empty
    void requiredString(const QString &key, const QString &value);
    void integer(const QString &key, long long value);
    void boolean(const QString &key, bool value);
    void flowList(const QString &key, const QStringList &rawItems); // [a, b]; skipped when empty
    void stringList(const QString &key, const QStringList &items);  // block list of quoted-if-needed scalars
    void beginMap(const QString &key);                              // "key:" then nested keys
    void endMap();
    void beginList(const QString &key); // "key:" then "- " items
    void beginItem();                   // next key starts with "- "
    void endList();
    // "# text" at the current indent (not between "- " and an item's first
    // key); the caller makes `text` one line.
    void comment(const QString &text);

    QString text() const { return m_text; }

    static QString scalar(const QString &value); // plain or double-quoted
    static QString number(double value);

private:
    void line(const QString &content);
    int m_indent = 0;
    bool m_itemPending = false;
    QString m_text;
};

} // namespace portolan
