#include "plainyamlparser.h"

#include <algorithm>
#include <cstring>

namespace portolan {

namespace {

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isKeyChar(char c)
{
    return isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '/';
}

// YamlWriter's plain alphabet, plus any non-ASCII character (names).
// Everything YAML gives a meaning to (# , [ ] { } & * ! | > ' " % ` ?) is out.
bool isPlainChar(char c)
{
    return isAlnum(c) || static_cast<unsigned char>(c) >= 0x80 || std::strchr(" _./:()+@=-", c) != nullptr;
}

// Where a plain scalar may begin without YAML reading an indicator.
bool isPlainStart(const char *p, const char *end)
{
    if (isAlnum(*p) || *p == '_' || *p == '/' || *p == '.')
        return true;
    return *p == '-' && p + 1 < end && (isAlnum(p[1]) || p[1] == '.');
}

// yaml-cpp reads these plain words as null, not as text.
bool isNullWord(std::string_view text)
{
    return text == "null" || text == "Null" || text == "NULL" || text == "~";
}

// "key:" then a space or the line's end; the key in the reader's alphabet.
const char *keyEnd(const char *p, const char *end)
{
    if (!isAlnum(*p) && *p != '_')
        return nullptr;
    const char *k = p;
    while (p < end && isKeyChar(*p))
        ++p;
    if (p == end || *p != ':' || p - k > 256 || (p + 1 < end && p[1] != ' ') ||
        isNullWord(std::string_view(k, std::size_t(p - k))))
        return nullptr;
    return p;
}

// A plain scalar must not hold ": " (a key) nor end with ':' (a key with an
// empty value), nor end with a space (which YAML would trim).
bool plainShapeOk(std::string_view text)
{
    return !text.empty() && text.find(": ") == std::string_view::npos && text.back() != ':' &&
           text.back() != ' ' && !isNullWord(text);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

// memchr for the lead byte, which is rare in these files: QByteArray's
// substring search cost more than the whole parse.
bool contains(const QByteArray &data, std::string_view sequence)
{
    const char *p = data.constData();
    const char *const end = p + data.size();
    while ((p = static_cast<const char *>(std::memchr(p, sequence.front(), std::size_t(end - p))))) {
        if (std::string_view(p, std::min<std::size_t>(sequence.size(), std::size_t(end - p))) == sequence)
            return true;
        ++p;
    }
    return false;
}

} // namespace

bool PlainYamlParser::parse(const QByteArray &data, int maxDepth, qsizetype maxNodes, YamlTree *out)
{
    YamlTree tree;
    PlainYamlParser parser(maxDepth, maxNodes, &tree);
    if (!parser.splitLines(data) || parser.m_lines.empty() || parser.line().indent != 0)
        return false;
    if (!parser.blockNode(1) || !parser.atEnd())
        return false;
    *out = std::move(tree);
    return true;
}

bool PlainYamlParser::splitLines(const QByteArray &data)
{
    // Tabs, carriage returns, byte order marks and what YAML 1.1 counts as
    // line breaks (NEL, LS, PS) each have rules of their own (indentation,
    // line breaks, encoding): yaml-cpp handles them.
    if (data.contains('\t') || data.contains('\r') || contains(data, "\xEF\xBB\xBF") ||
        contains(data, "\xC2\x85") || contains(data, "\xE2\x80\xA8") || contains(data, "\xE2\x80\xA9"))
        return false;
    const char *p = data.constData();
    const char *const end = p + data.size();
    for (int number = 0; p < end; ++number) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *begin = p;
        while (begin < lineEnd && *begin == ' ')
            ++begin;
        if (begin < lineEnd && *begin != '#') { // blank and comment lines carry nothing
            if (lineEnd[-1] == ' ')
                return false;
            const bool marker = begin == p && lineEnd - p >= 3 &&
                                (std::strncmp(p, "---", 3) == 0 || std::strncmp(p, "...", 3) == 0);
            if (marker || *p == '%')
                return false;
            // Every line of the subset holds a node: more lines than the
            // node cap is a hostile file, and must not cost a line table.
            if (qsizetype(m_lines.size()) >= m_maxNodes)
                return false;
            m_lines.push_back({number, int(begin - p), begin, lineEnd});
        }
        p = lineEnd + 1;
    }
    return true;
}

YAML::Mark PlainYamlParser::markAt(const char *p) const
{
    YAML::Mark mark;
    mark.line = line().number;
    mark.column = int(p - (line().begin - line().indent));
    return mark;
}

bool PlainYamlParser::count(int depth)
{
    return ++m_nodes <= m_maxNodes && depth <= m_maxDepth;
}

bool PlainYamlParser::blockNode(int depth)
{
    const Line &l = line();
    if (*l.begin == '-')
        return sequence(l.indent, depth);
    return mapping(l.begin, l.indent, depth);
}

bool PlainYamlParser::mapping(const char *firstKey, int indent, int depth)
{
    if (!count(depth))
        return false;
    m_tree->beginMap(markAt(firstKey));
    const char *p = firstKey;
    for (;;) {
        const char *const lineEnd = line().end;
        const char *const colon = keyEnd(p, lineEnd);
        if (!colon || !count(depth + 1))
            return false;
        m_tree->addScalar(markAt(p), std::string_view(p, std::size_t(colon - p)));
        p = colon + 1;
        if (p == lineEnd) {
            // The value is the more indented block below; nothing there is
            // an empty value, which yaml-cpp reads as null.
            ++m_next;
            if (atEnd() || line().indent <= indent || !blockNode(depth + 1))
                return false;
        } else {
            while (*p == ' ')
                ++p; // the line does not end in a space
            if (!inlineValue(p, depth + 1))
                return false;
        }
        if (atEnd() || line().indent < indent)
            break;
        if (line().indent > indent || *line().begin == '-')
            return false;
        p = line().begin;
    }
    m_tree->end();
    return true;
}

bool PlainYamlParser::sequence(int indent, int depth)
{
    if (!count(depth))
        return false;
    m_tree->beginSequence(markAt(line().begin));
    for (;;) {
        const Line &l = line();
        const char *p = l.begin;
        // "- " and the item on the same line, one space after the dash, so
        // a mapping item's keys line up two columns in.
        if (l.end - p < 3 || p[1] != ' ' || p[2] == ' ' || p[2] == '-')
            return false;
        p += 2;
        if (keyEnd(p, l.end)) {
            if (!mapping(p, indent + 2, depth + 1))
                return false;
        } else if (!inlineValue(p, depth + 1)) {
            return false;
        }
        if (atEnd() || line().indent < indent)
            break;
        if (line().indent > indent || *line().begin != '-')
            return false;
    }
    m_tree->end();
    return true;
}

bool PlainYamlParser::inlineValue(const char *p, int depth)
{
    const char *const end = line().end;
    if (*p == '[' || *p == '{') {
        if (!flowCollection(p, *p == '{', depth))
            return false;
    } else if (*p == '"') {
        if (doubleQuoted(p, depth) != end)
            return false;
    } else {
        if (!isPlainStart(p, end))
            return false;
        for (const char *q = p; q < end; ++q)
            if (!isPlainChar(*q))
                return false;
        const std::string_view text(p, std::size_t(end - p));
        if (!plainShapeOk(text) || !count(depth))
            return false;
        m_tree->addScalar(markAt(p), text);
    }
    ++m_next;
    return true;
}

// One item of a one-line flow collection: double-quoted, or plain up to
// the next ',', ']' or '}' (none of which the plain alphabet holds).
const char *PlainYamlParser::flowScalar(const char *p, int depth)
{
    if (*p == '"')
        return doubleQuoted(p, depth);
    const char *const end = line().end;
    if (!isPlainStart(p, end))
        return nullptr;
    const char *const start = p;
    while (p < end && isPlainChar(*p))
        ++p;
    const std::string_view text(start, std::size_t(p - start));
    if (!plainShapeOk(text) || !count(depth))
        return nullptr;
    m_tree->addScalar(markAt(start), text);
    return p;
}

// "[a, b]" (map = false) or "{k: v, k: v}" (map = true), on one line and
// not empty, with nothing after it.
bool PlainYamlParser::flowCollection(const char *p, bool map, int depth)
{
    const char *const end = line().end;
    if (!count(depth))
        return false;
    if (map)
        m_tree->beginMap(markAt(p));
    else
        m_tree->beginSequence(markAt(p));
    ++p;
    for (;;) {
        while (p < end && *p == ' ')
            ++p;
        if (p == end)
            return false; // over several lines, or empty
        if (map) {
            const char *const key = p;
            while (p < end && isKeyChar(*p))
                ++p;
            if (p == key || !(isAlnum(*key) || *key == '_') || p + 1 >= end || p[0] != ':' || p[1] != ' ' ||
                isNullWord(std::string_view(key, std::size_t(p - key))) || !count(depth + 1))
                return false;
            m_tree->addScalar(markAt(key), std::string_view(key, std::size_t(p - key)));
            p += 2;
            while (p < end && *p == ' ')
                ++p;
            if (p == end)
                return false;
        }
        p = flowScalar(p, depth + 1);
        if (!p)
            return false;
        while (p < end && *p == ' ')
            ++p;
        if (p == end)
            return false;
        if (*p == (map ? '}' : ']'))
            break;
        if (*p != ',')
            return false;
        ++p;
    }
    if (p + 1 != end) // nothing after the collection
        return false;
    m_tree->end();
    return true;
}

const char *PlainYamlParser::doubleQuoted(const char *p, int depth)
{
    const char *const end = line().end;
    const char *const start = p;
    m_scratch.clear();
    for (++p; p < end && *p != '"'; ++p) {
        if (*p != '\\') {
            m_scratch += *p;
            continue;
        }
        if (++p == end)
            return nullptr;
        switch (*p) {
        case '"':
            m_scratch += '"';
            break;
        case '\\':
            m_scratch += '\\';
            break;
        case 'n':
            m_scratch += '\n';
            break;
        case 't':
            m_scratch += '\t';
            break;
        case 'r':
            m_scratch += '\r';
            break;
        case 'u': {
            if (end - p < 5)
                return nullptr;
            unsigned codePoint = 0;
            for (int i = 1; i <= 4; ++i) {
                const int digit = hexDigit(p[i]);
                if (digit < 0)
                    return nullptr;
                codePoint = codePoint * 16 + unsigned(digit);
            }
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                return nullptr; // surrogates: yaml-cpp's business
            appendUtf8(m_scratch, codePoint);
            p += 4;
            break;
        }
        default:
            return nullptr;
        }
    }
    if (p == end || !count(depth))
        return nullptr; // continues on the next line
    m_tree->addScalar(markAt(start), m_scratch);
    return p + 1;
}

} // namespace portolan
