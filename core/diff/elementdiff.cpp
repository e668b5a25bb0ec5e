#include "elementdiff.h"

#include "io/safeyaml.h"
#include "model/elementlists.h"
#include "project/projectwriter.h"

#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// A kind of element and the key of its list in the project file.
template <typename T> struct KindList
{
    ElementKind kind;
    const char *yamlKey;
};

bool isLayoutKey(const QString &key)
{
    return key == u"position"_s || key == u"size"_s;
}

QString scalarText(const YamlNode &node)
{
    const std::string_view text = node.scalar();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One line per leaf: sequences of scalars stay one value ("[a, b]"),
// sequences of maps are keyed by their first scalar when it is unique
// ("components[kong-0.x/kong]"), else by index.
void flatten(const YamlNode &node, const QString &prefix, QList<std::pair<QString, QString>> *out)
{
    if (node.isMap()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            const YamlPair pair = node.pair(i);
            const QString key = scalarText(pair.key);
            flatten(pair.value, prefix.isEmpty() ? key : prefix + u'.' + key, out);
        }
        return;
    }
    if (node.isSequence()) {
        bool scalars = true;
        for (std::size_t i = 0; i < node.size() && scalars; ++i)
            scalars = !node[i].isMap() && !node[i].isSequence();
        if (scalars) {
            QStringList items;
            for (std::size_t i = 0; i < node.size(); ++i)
                items.append(scalarText(node[i]));
            out->append({prefix, u'[' + items.join(u", "_s) + u']'});
            return;
        }
        QStringList labels;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const YamlNode item = node[i];
            labels.append(item.isMap() && item.size() > 0 && item.pair(0).value.isScalar()
                              ? scalarText(item.pair(0).value)
                              : QString());
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString &label = labels[qsizetype(i)];
            const bool unique = !label.isEmpty() && labels.count(label) == 1;
            flatten(node[i], prefix + u'[' + (unique ? label : QString::number(i)) + u']', out);
        }
        return;
    }
    out->append({prefix, scalarText(node)});
}

// The element's fields as the project writer spells them.
template <typename T> QList<std::pair<QString, QString>> fieldsOf(const KindList<T> &kind, const T &element)
{
    Project one;
    listOf<T>(one).append(element);
    Diagnostic error;
    const auto tree = SafeYaml::parse(ProjectWriter::write(one), u"element"_s, &error);
    QList<std::pair<QString, QString>> fields;
    if (!tree) // the writer's own output always parses; nothing to compare if not
        return fields;
    const YamlNode item = tree->root()[std::string_view(kind.yamlKey)][0];
    flatten(item, QString(), &fields);
    return fields;
}

template <typename T>
QList<FieldChange> fieldChanges(const KindList<T> &kind, const T &before, const T &after,
                                const ElementDiffOptions &options)
{
    const auto oldFields = fieldsOf(kind, before);
    const auto newFields = fieldsOf(kind, after);
    QHash<QString, QString> oldByKey;
    for (const auto &[key, value] : oldFields)
        oldByKey.insert(key, value);
    QHash<QString, QString> newByKey;
    for (const auto &[key, value] : newFields)
        newByKey.insert(key, value);
    QList<FieldChange> changes;
    auto keep = [&](const QString &key) { return options.includeLayout || !isLayoutKey(key); };
    for (const auto &[key, value] : oldFields) {
        const QString now = newByKey.value(key);
        if (keep(key) && now != value)
            changes.append({key, value, now});
    }
    for (const auto &[key, value] : newFields)
        if (keep(key) && !oldByKey.contains(key))
            changes.append({key, QString(), value});
    return changes;
}

template <typename T>
void compareKind(const KindList<T> &kind, const Project &before, const Project &after,
                 const ElementDiffOptions &options, QList<ElementDifference> *out)
{
    const QList<T> &oldList = listOf<T>(before);
    const QList<T> &newList = listOf<T>(after);
    QHash<ElementId, qsizetype> newIndex;
    for (qsizetype i = 0; i < newList.size(); ++i)
        newIndex.insert(newList[i].id, i);
    QHash<ElementId, qsizetype> oldIndex;
    for (qsizetype i = 0; i < oldList.size(); ++i)
        oldIndex.insert(oldList[i].id, i);
    for (const T &element : oldList) {
        const auto it = newIndex.constFind(element.id);
        if (it == newIndex.cend()) {
            out->append({ElementDifference::Kind::Removed, kind.kind, element.id, element.name, {}});
            continue;
        }
        const T &now = newList[*it];
        if (now == element)
            continue; // the common case: no text is made for equal elements
        QList<FieldChange> fields = fieldChanges(kind, element, now, options);
        if (!fields.isEmpty())
            out->append(
                {ElementDifference::Kind::Changed, kind.kind, element.id, now.name, std::move(fields)});
    }
    for (const T &element : newList)
        if (!oldIndex.contains(element.id))
            out->append({ElementDifference::Kind::Added, kind.kind, element.id, element.name, {}});
}

} // namespace

QString elementChangeKindName(ElementDifference::Kind kind)
{
    switch (kind) {
    case ElementDifference::Kind::Added:
        return u"added"_s;
    case ElementDifference::Kind::Removed:
        return u"removed"_s;
    case ElementDifference::Kind::Changed:
        break;
    }
    return u"changed"_s;
}

QList<ElementDifference> ElementDiff::compare(const Project &before, const Project &after,
                                              const ElementDiffOptions &options)
{
    QList<ElementDifference> out;
    compareKind(KindList<Zone>{ElementKind::Zone, "zones"}, before, after, options, &out);
    compareKind(KindList<Node>{ElementKind::Node, "nodes"}, before, after, options, &out);
    compareKind(KindList<LoadBalancer>{ElementKind::LoadBalancer, "load_balancers"}, before, after, options,
                &out);
    compareKind(KindList<NatLayer>{ElementKind::NatLayer, "nats"}, before, after, options, &out);
    compareKind(KindList<Firewall>{ElementKind::Firewall, "firewalls"}, before, after, options, &out);
    compareKind(KindList<Link>{ElementKind::Link, "links"}, before, after, options, &out);
    compareKind(KindList<Client>{ElementKind::Client, "clients"}, before, after, options, &out);
    return out;
}

QList<FieldChange> ElementDiff::projectFields(const Project &before, const Project &after)
{
    QList<FieldChange> out;
    if (before.name != after.name)
        out.append({u"name"_s, before.name, after.name});
    if (before.description != after.description)
        out.append({u"description"_s, before.description, after.description});
    return out;
}

} // namespace portolan
