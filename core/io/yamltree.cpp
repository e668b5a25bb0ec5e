#include "yamltree.h"

namespace portolan {

YamlNode::Type YamlNode::type() const
{
    return m_tree ? m_tree->m_nodes[std::size_t(m_index)].type : Type::Undefined;
}

YAML::Mark YamlNode::mark() const
{
    if (!m_tree)
        return YAML::Mark::null_mark();
    const YamlTree::Entry &e = m_tree->m_nodes[std::size_t(m_index)];
    YAML::Mark mark;
    mark.line = e.line;
    mark.column = e.column;
    return mark;
}

std::string_view YamlNode::scalar() const
{
    if (!isScalar())
        return {};
    const YamlTree::Entry &e = m_tree->m_nodes[std::size_t(m_index)];
    return std::string_view(m_tree->m_text).substr(std::size_t(e.first), std::size_t(e.count));
}

std::size_t YamlNode::size() const
{
    switch (type()) {
    case Type::Sequence:
        return std::size_t(m_tree->m_nodes[std::size_t(m_index)].count);
    case Type::Map:
        return std::size_t(m_tree->m_nodes[std::size_t(m_index)].count) / 2;
    default:
        return 0;
    }
}

YamlNode YamlNode::child(std::size_t offset) const
{
    const YamlTree::Entry &e = m_tree->m_nodes[std::size_t(m_index)];
    return YamlNode(m_tree, m_tree->m_children[std::size_t(e.first) + offset]);
}

YamlNode YamlNode::operator[](std::size_t index) const
{
    if (!isSequence() || index >= size())
        return {};
    return child(index);
}

YamlNode YamlNode::operator[](std::string_view key) const
{
    if (!isMap())
        return {};
    for (std::size_t i = 0, n = size(); i < n; ++i) {
        const YamlNode k = child(2 * i);
        if (k.isScalar() && k.scalar() == key)
            return child(2 * i + 1);
    }
    return {};
}

YamlPair YamlNode::pair(std::size_t index) const
{
    if (!isMap() || index >= size())
        return {};
    return {child(2 * index), child(2 * index + 1)};
}

int YamlTree::add(YamlNode::Type type, const YAML::Mark &mark)
{
    const int index = int(m_nodes.size());
    m_nodes.push_back(Entry{type, mark.line, mark.column});
    if (!m_open.empty())
        m_pending.push_back(index);
    return index;
}

void YamlTree::addNull(const YAML::Mark &mark)
{
    add(YamlNode::Type::Null, mark);
}

void YamlTree::addScalar(const YAML::Mark &mark, std::string_view text)
{
    Entry &e = m_nodes[std::size_t(add(YamlNode::Type::Scalar, mark))];
    e.first = int(m_text.size());
    e.count = int(text.size());
    m_text.append(text);
}

void YamlTree::begin(YamlNode::Type type, const YAML::Mark &mark)
{
    const int index = add(type, mark);
    m_open.emplace_back(index, m_pending.size());
}

void YamlTree::end()
{
    const auto [index, start] = m_open.back();
    m_open.pop_back();
    Entry &e = m_nodes[std::size_t(index)];
    e.first = int(m_children.size());
    e.count = int(m_pending.size() - start);
    m_children.insert(m_children.end(), m_pending.begin() + std::ptrdiff_t(start), m_pending.end());
    m_pending.resize(start);
}

void YamlTree::setScalar(YamlNode node, std::string_view text)
{
    if (node.m_tree != this || !node.isScalar())
        return;
    Entry &e = m_nodes[std::size_t(node.m_index)];
    e.first = int(m_text.size());
    e.count = int(text.size());
    m_text.append(text);
}

} // namespace portolan
