#pragma once

#include "diagnostic.h"
#include "yamltree.h"

#include "model/cidr.h"
#include "model/portrange.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <functional>
#include <optional>

namespace portolan {

// Collects diagnostics while a YAML tree is read into a model. Readers keep
// going after an error to report as many as is useful, but a context with
// any error means the caller returns nothing (never a partial result).
class YamlContext
{
    Q_DECLARE_TR_FUNCTIONS(YamlContext)
public:
    explicit YamlContext(QString file) : m_file(std::move(file)) {}

    void error(const YAML::Mark &mark, const QString &message, const QString &hint = {});
    void error(const YamlNode &node, const QString &message, const QString &hint = {})
    {
        error(node.mark(), message, hint);
    }
    bool ok() const { return m_diagnostics.isEmpty(); }
    // A hostile file can hold a million mistakes; past this many the reader
    // stops collecting (and callers may stop looking).
    static constexpr qsizetype MaxDiagnostics = 200;
    bool full() const { return m_diagnostics.size() >= MaxDiagnostics; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const QString &file() const { return m_file; }

    // Scalar conversions; each reports a wrong type at the node and returns nullopt.
    std::optional<QString> string(const YamlNode &node, const QString &what);
    std::optional<int> integer(const YamlNode &node, const QString &what, int min, int max);
    std::optional<bool> boolean(const YamlNode &node, const QString &what);
    std::optional<int> port(const YamlNode &node, const QString &what);
    std::optional<PortRange> portRange(const YamlNode &node, const QString &what);
    std::optional<Cidr> cidr(const YamlNode &node, const QString &what);
    std::optional<QHostAddress> address(const YamlNode &node, const QString &what);
    // Iterates a sequence; a wrong type is reported and nothing is iterated.
    void forEach(const YamlNode &node, const QString &what, const std::function<void(const YamlNode &)> &f);

private:
    QString m_file;
    Diagnostics m_diagnostics;
};

// Reads one mapping: records which keys were asked for, and reports every
// other key as unknown, with the closest known key as a suggestion.
class MapReader
{
    Q_DECLARE_TR_FUNCTIONS(MapReader)
public:
    MapReader(YamlContext &context, const YamlNode &node, QString what, QStringList knownKeys);
    ~MapReader();
    MapReader(const MapReader &) = delete;
    MapReader &operator=(const MapReader &) = delete;

    bool isMap() const { return m_isMap; }
    const YamlNode &node() const { return m_node; }
    bool has(const QString &key) const;
    YamlNode get(const QString &key) const; // may be undefined
    YamlNode require(const QString &key);   // reports a missing key

    QString string(const QString &key, const QString &fallback = {});
    QString requiredString(const QString &key);
    int integer(const QString &key, int min, int max, int fallback);
    bool boolean(const QString &key, bool fallback);
    std::optional<QString> optionalString(const QString &key);

private:
    YamlContext &m_context;
    YamlNode m_node;
    QString m_what;
    QStringList m_known;
    // Each pair's key as text (null for a key that is not a scalar), decoded
    // once: lookups compare QStrings instead of converting every key again.
    QStringList m_keys;
    QList<bool> m_scalarKey;
    qsizetype indexOf(const QString &key) const; // first scalar key equal to `key`, or -1
    bool m_isMap = false;
};

// The closest candidate by edit distance, if it is close enough to be a
// plausible typo; empty otherwise.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace portolan
