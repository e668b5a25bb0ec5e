#pragma once

#include "yamltree.h"

#include <QByteArray>

#include <vector>

namespace portolan {

// A fast reader for the plain YAML that Portolan itself writes (YamlWriter):
// block mappings and sequences indented with spaces, plain and double-quoted
// one-line scalars, one-line flow lists and mappings of scalars. yaml-cpp
// spends about 2,000 instructions per byte of such a file, this about 50:
// that was most of the load time of a large project.
//
// It is a fast path, not a YAML parser: on anything outside that subset
// (comments after values, quoting styles it does not know, anchors, tags,
// multi-line scalars, odd indentation, empty values, document markers,
// nesting or size beyond the limits, ...) it declines, and the caller parses
// with yaml-cpp. What it accepts, it must read exactly as yaml-cpp does,
// positions included (tst_yamltree compares the two on every YAML file in
// the repository).
class PlainYamlParser
{
public:
    // True with `out` filled, or false ("not plain enough": use yaml-cpp).
    // `data` must already be screened for control characters and UTF-8.
    static bool parse(const QByteArray &data, int maxDepth, qsizetype maxNodes, YamlTree *out);

private:
    struct Line
    {
        int number;        // 0-based, as yaml-cpp counts
        int indent;        // leading spaces
        const char *begin; // first non-space character
        const char *end;   // before the line break
    };

    PlainYamlParser(int maxDepth, qsizetype maxNodes, YamlTree *tree)
        : m_maxDepth(maxDepth), m_maxNodes(maxNodes), m_tree(tree)
    {
    }

    bool splitLines(const QByteArray &data);
    bool blockNode(int depth);
    bool mapping(const char *firstKey, int indent, int depth);
    bool sequence(int indent, int depth);
    bool inlineValue(const char *p, int depth);
    bool flowCollection(const char *p, bool map, int depth);
    const char *flowScalar(const char *p, int depth);
    const char *doubleQuoted(const char *p, int depth);
    bool count(int depth);
    YAML::Mark markAt(const char *p) const;
    const Line &line() const { return m_lines[m_next]; }
    bool atEnd() const { return m_next >= m_lines.size(); }

    int m_maxDepth;
    qsizetype m_maxNodes;
    YamlTree *m_tree;
    std::vector<Line> m_lines;
    std::size_t m_next = 0; // the line being read
    qsizetype m_nodes = 0;
    std::string m_scratch;
};

} // namespace portolan
