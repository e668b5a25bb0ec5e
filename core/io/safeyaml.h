#pragma once

#include "diagnostic.h"
#include "yamltree.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace portolan {

// Limits that keep a hostile file from hanging or exhausting the process.
// Documented in docs/project-format.md; real projects are far below them.
struct YamlLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxNodes = 2'000'000;
};

// Parses one YAML document after checking it cheaply: size cap, no NUL
// bytes, valid UTF-8, no anchors or aliases (the formats never need them and
// alias bombs are the classic YAML denial of service), bounded nesting and
// node count. yaml-cpp exceptions stop here and become a Diagnostic. The
// tree is built from the same parse that screens it: one pass, no
// YAML::Node graph.
class SafeYaml
{
    Q_DECLARE_TR_FUNCTIONS(SafeYaml)
public:
    static std::optional<YamlTree> parse(const QByteArray &data, const QString &file, Diagnostic *error,
                                         const YamlLimits &limits = {});
    // Reads the file first; a missing or unreadable file is a Diagnostic too.
    static std::optional<YamlTree> parseFile(const QString &path, Diagnostic *error,
                                             const YamlLimits &limits = {});
};

} // namespace portolan
