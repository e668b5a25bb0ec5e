#include "elementclipboard.h"

#include "document/projectedits.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

QList<AnyElement> ElementClipboard::copy(const Project &project, const QStringList &ids)
{
    QSet<ElementId> wanted(ids.cbegin(), ids.cend());
    for (const ElementId &id : ids)
        if (project.zone(id))
            for (const ElementId &inner : ProjectEdits::contents(project, id))
                wanted.insert(inner);
    QList<AnyElement> out;
    for (const ElementId &id : project.allIds())
        if (wanted.contains(id))
            out.append(*elementOf(project, id));
    return out;
}

QList<AnyElement> ElementClipboard::prepareForPaste(const Project &project, QList<AnyElement> elements,
                                                    const QPointF &offset)
{
    QSet<ElementId> pasted;
    for (const AnyElement &e : elements)
        pasted.insert(idOf(e));
    auto known = [&](const ElementId &id) { return pasted.contains(id) || project.kindOf(id).has_value(); };
    QList<AnyElement> out;
    for (AnyElement e : elements) {
        bool keep = true;
        std::visit(
            [&](auto &x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (!std::is_same_v<T, Link>) {
                    if (x.placement.position)
                        x.placement.position = *x.placement.position + offset;
                }
                if constexpr (std::is_same_v<T, Zone>) {
                    if (!known(x.parent))
                        x.parent.clear();
                } else if constexpr (std::is_same_v<T, Node> || std::is_same_v<T, Client>) {
                    keep = known(x.zone);
                } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                    keep = known(x.zone);
                    x.listeners.removeIf([&](const Listener &l) { return !known(l.targetNode); });
                } else if constexpr (std::is_same_v<T, Link>) {
                    keep = known(x.a) && known(x.b);
                } else if constexpr (std::is_same_v<T, NatLayer>) {
                    keep = known(x.inside) && known(x.outside);
                } else if constexpr (std::is_same_v<T, Firewall>) {
                    keep = known(x.outside);
                }
                if constexpr (std::is_same_v<T, Client>)
                    x.uses.removeIf([&](const ClientUse &u) { return !known(u.target); });
            },
            e);
        if (keep)
            out.append(e);
    }
    return out;
}

namespace {

// Every id an element refers to: what a valid file must also contain.
QStringList referencesOf(const AnyElement &element)
{
    QStringList out;
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Zone>) {
                out.append(e.parent);
            } else if constexpr (std::is_same_v<T, Node>) {
                out.append(e.zone);
            } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                out.append(e.zone);
                for (const Listener &l : e.listeners)
                    out.append(l.targetNode);
            } else if constexpr (std::is_same_v<T, NatLayer>) {
                out += {e.inside, e.outside};
            } else if constexpr (std::is_same_v<T, Firewall>) {
                out += e.inside;
                out.append(e.outside);
            } else if constexpr (std::is_same_v<T, Link>) {
                out += {e.a, e.b};
            } else if constexpr (std::is_same_v<T, Client>) {
                out.append(e.zone);
                for (const ClientUse &u : e.uses)
                    out.append(u.target);
            }
        },
        element);
    out.removeAll(QString());
    return out;
}

} // namespace

QMimeData *ElementClipboard::toMime(const Project &project, const QStringList &ids)
{
    QStringList copied;
    for (const AnyElement &e : copy(project, ids))
        copied.append(idOf(e));
    QSet<ElementId> wanted(copied.cbegin(), copied.cend());
    for (QStringList todo = copied; !todo.isEmpty();) {
        const auto element = elementOf(project, todo.takeLast());
        if (!element)
            continue;
        for (const ElementId &ref : referencesOf(*element))
            if (!wanted.contains(ref)) {
                wanted.insert(ref);
                todo.append(ref);
            }
    }
    Project subset;
    subset.name = project.name;
    for (const ElementId &id : project.allIds())
        if (wanted.contains(id))
            appendElement(subset, *elementOf(project, id));
    const QByteArray yaml = ProjectWriter::write(subset);
    auto mime = new QMimeData;
    mime->setData(MimeType, yaml);
    mime->setData(IdsMimeType, copied.join(u'\n').toUtf8());
    mime->setText(QString::fromUtf8(yaml));
    return mime;
}

std::optional<QList<AnyElement>> ElementClipboard::fromMime(const QMimeData *mime, const CatalogSet &catalogs,
                                                            QString *error)
{
    if (!mime || (!mime->hasFormat(MimeType) && !mime->hasText())) {
        *error = tr("The clipboard holds no Portolan elements.");
        return std::nullopt;
    }
    const bool own = mime->hasFormat(MimeType);
    const QByteArray yaml = own ? mime->data(MimeType) : mime->text().toUtf8();
    Diagnostics diagnostics;
    const auto project = ProjectReader::read(yaml, tr("clipboard"), catalogs, &diagnostics);
    if (!project) {
        *error = tr("The clipboard text is not Portolan elements (a project file in YAML):\n%1")
                     .arg(formatDiagnostics(diagnostics));
        return std::nullopt;
    }
    QStringList ids =
        own ? QString::fromUtf8(mime->data(IdsMimeType)).split(u'\n', Qt::SkipEmptyParts) : project->allIds();
    const QList<AnyElement> elements = copy(*project, ids.isEmpty() ? project->allIds() : ids);
    if (elements.isEmpty()) {
        *error = tr("The clipboard holds a project without elements.");
        return std::nullopt;
    }
    return elements;
}

} // namespace portolan
