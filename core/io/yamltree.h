#pragma once

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portolan {

class YamlTree;
struct YamlPair;

// One node of a YamlTree: a cheap handle (tree + index) to copy around. A
// missing key or an index past the end gives an undefined node, which is
// nothing (not null, not a scalar) and sits at an unknown position.
class YamlNode
{
public:
    enum class Type : unsigned char
    {
        Undefined,
        Null,
        Scalar,
        Sequence,
        Map
    };

    YamlNode() = default;

    Type type() const;
    bool isDefined() const { return m_tree != nullptr; }
    bool isNull() const { return type() == Type::Null; }
    bool isScalar() const { return type() == Type::Scalar; }
    bool isSequence() const { return type() == Type::Sequence; }
    bool isMap() const { return type() == Type::Map; }
    // Where the node starts (0-based line and column, as yaml-cpp counts);
    // a null mark (-1) when undefined.
    YAML::Mark mark() const;
    // The text of a scalar, empty for anything else.
    std::string_view scalar() const;
    // Items of a sequence, pairs of a map, 0 otherwise.
    std::size_t size() const;
    // The index-th item of a sequence.
    YamlNode operator[](std::size_t index) const;
    // The value of the first pair whose key is the scalar `key` (as yaml-cpp
    // finds it); undefined if there is none or this is not a map.
    YamlNode operator[](std::string_view key) const;
    // The index-th pair of a map.
    YamlPair pair(std::size_t index) const;

private:
    friend class YamlTree;
    YamlNode(const YamlTree *tree, int index) : m_tree(tree), m_index(index) {}
    YamlNode child(std::size_t offset) const;

    const YamlTree *m_tree = nullptr;
    int m_index = -1;
};

struct YamlPair
{
    YamlNode key;
    YamlNode value;
};

// A YAML document as a compact, read-only tree: nodes in one array, children
// in another, scalar text in one buffer. Built from yaml-cpp's parse events
// (SafeYaml) rather than YAML::Load: yaml-cpp's own node graph costs a
// reference-counted heap object per node and a linear, converting key
// search, which made it as slow as the parse itself on large projects.
class YamlTree
{
public:
    YamlNode root() const { return m_nodes.empty() ? YamlNode() : YamlNode(this, 0); }
    bool isEmpty() const { return m_nodes.empty(); }
    std::size_t nodeCount() const { return m_nodes.size(); }

    // Building, in document order (what a parser's event handler calls).
    void addNull(const YAML::Mark &mark);
    void addScalar(const YAML::Mark &mark, std::string_view text);
    void beginSequence(const YAML::Mark &mark) { begin(YamlNode::Type::Sequence, mark); }
    void beginMap(const YAML::Mark &mark) { begin(YamlNode::Type::Map, mark); }
    void end();

    // Replaces a scalar's text: format migrations stamp the new version.
    void setScalar(YamlNode node, std::string_view text);

private:
    friend class YamlNode;
    struct Entry
    {
        YamlNode::Type type;
        int line;
        int column;
        int first = 0; // children: index into m_children; scalar: offset into m_text
        int count = 0; // children: how many; scalar: length
    };

    int add(YamlNode::Type type, const YAML::Mark &mark);
    void begin(YamlNode::Type type, const YAML::Mark &mark);

    std::vector<Entry> m_nodes;
    std::vector<int> m_children; // each container's children, contiguous
    std::string m_text;
    // While building: the open containers (node index, start in m_pending)
    // and the children collected for them so far.
    std::vector<std::pair<int, std::size_t>> m_open;
    std::vector<int> m_pending;
};

} // namespace portolan
