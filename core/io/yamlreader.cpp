#include "yamlreader.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Not QString::fromUtf8 alone: it drops a leading U+FEFF, so a name written
// as "\ufeff..." would not read back as itself. Only text that starts with
// the BOM's bytes needs the (slower to set up) decoder.
QString scalarText(const YamlNode &node)
{
    const std::string_view text = node.scalar();
    const QByteArrayView bytes(text.data(), qsizetype(text.size()));
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    // Bounded work for hostile input (a megabyte-long id against thousands
    // of ids): no suggestion for absurd words or lists, and candidates whose
    // length alone rules them out are skipped.
    if (word.size() > 256 || candidates.size() > 5000)
        return {};
    const qsizetype limit = std::max<qsizetype>(2, word.size() / 3);
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        if (qAbs(candidate.size() - word.size()) > limit)
            continue;
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // A third of the word's length is a typo; more is a different word.
    return bestDistance <= std::max<qsizetype>(2, word.size() / 3) ? best : QString();
}

void YamlContext::error(const YAML::Mark &mark, const QString &message, const QString &hint)
{
    if (full())
        return;
    if (m_diagnostics.size() == MaxDiagnostics - 1) {
        m_diagnostics.append(Diagnostic{m_file,
                                        mark.line >= 0 ? mark.line + 1 : 0,
                                        mark.column >= 0 ? mark.column + 1 : 0,
                                        tr("too many errors; stopping after %1").arg(MaxDiagnostics - 1),
                                        {}});
        return;
    }
    m_diagnostics.append(Diagnostic{m_file, mark.line >= 0 ? mark.line + 1 : 0,
                                    mark.column >= 0 ? mark.column + 1 : 0, message, hint});
}

std::optional<QString> YamlContext::string(const YamlNode &node, const QString &what)
{
    if (!node.isScalar()) {
        error(node, tr("%1 must be a text value").arg(what));
        return std::nullopt;
    }
    return scalarText(node);
}

std::optional<int> YamlContext::integer(const YamlNode &node, const QString &what, int min, int max)
{
    if (!node.isScalar()) {
        error(node, tr("%1 must be a whole number").arg(what));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || text.startsWith(u'+')) {
        error(node, tr("%1 must be a whole number, not '%2'").arg(what, text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node, tr("%1 is %2, outside %3–%4").arg(what, text).arg(min).arg(max));
        return std::nullopt;
    }
    return int(value);
}

std::optional<bool> YamlContext::boolean(const YamlNode &node, const QString &what)
{
    if (node.isScalar()) {
        const QString text = scalarText(node);
        if (text == u"true"_s)
            return true;
        if (text == u"false"_s)
            return false;
    }
    error(node, tr("%1 must be true or false").arg(what));
    return std::nullopt;
}

std::optional<int> YamlContext::port(const YamlNode &node, const QString &what)
{
    return integer(node, what, PortRange::Min, PortRange::Max);
}

std::optional<PortRange> YamlContext::portRange(const YamlNode &node, const QString &what)
{
    const auto text = string(node, what);
    if (!text)
        return std::nullopt;
    PortRange range;
    if (!PortRange::parse(*text, &range)) {
        error(node, tr("%1 '%2' is not a port or a range like 50000-60000").arg(what, *text));
        return std::nullopt;
    }
    if (range.from < PortRange::Min || range.from > PortRange::Max || range.to < PortRange::Min ||
        range.to > PortRange::Max) {
        error(node, tr("%1 '%2' is outside 1–65535").arg(what, *text));
        return std::nullopt;
    }
    if (range.from > range.to) {
        error(node, tr("%1 '%2' is upside down").arg(what, *text),
              tr("write the lower port first: %1-%2").arg(range.to).arg(range.from));
        return std::nullopt;
    }
    return range;
}

std::optional<Cidr> YamlContext::cidr(const YamlNode &node, const QString &what)
{
    const auto text = string(node, what);
    if (!text)
        return std::nullopt;
    const auto parsed = Cidr::parse(*text);
    if (!parsed) {
        error(node, tr("%1 '%2' is not an IPv4 or IPv6 network").arg(what, *text),
              tr("write it like 10.0.0.0/16 or 2001:db8::/32"));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QHostAddress> YamlContext::address(const YamlNode &node, const QString &what)
{
    const auto text = string(node, what);
    if (!text)
        return std::nullopt;
    QHostAddress address;
    if (text->contains(u'/') || !parseHostAddress(*text, &address)) {
        error(node, tr("%1 '%2' is not an IPv4 or IPv6 address").arg(what, *text),
              tr("write it like 192.0.2.10 or 2001:db8::10"));
        return std::nullopt;
    }
    return address;
}

void YamlContext::forEach(const YamlNode &node, const QString &what,
                          const std::function<void(const YamlNode &)> &f)
{
    if (!node.isDefined() || node.isNull())
        return;
    if (!node.isSequence()) {
        error(node, tr("%1 must be a list").arg(what));
        return;
    }
    for (std::size_t i = 0, n = node.size(); i < n; ++i)
        f(node[i]);
}

MapReader::MapReader(YamlContext &context, const YamlNode &node, QString what, QStringList knownKeys)
    : m_context(context), m_node(node), m_what(std::move(what)), m_known(std::move(knownKeys))
{
    m_isMap = node.isMap();
    if (!m_isMap) {
        m_context.error(node, tr("%1 must be a mapping of keys to values").arg(m_what));
        return;
    }
    const qsizetype size = qsizetype(node.size());
    m_keys.reserve(size);
    // Small mappings (every real one) look for a twin by scanning; a hash
    // only for large ones, where scanning would be quadratic.
    constexpr qsizetype ScanLimit = 16;
    QSet<QString> seen;
    for (qsizetype i = 0; i < size; ++i) {
        const YamlNode keyNode = node.pair(std::size_t(i)).key;
        if (!keyNode.isScalar()) {
            m_keys.append(QString());
            m_scalarKey.append(false);
            m_context.error(keyNode, tr("a key in %1 must be a plain word").arg(m_what));
            continue;
        }
        const QString key = scalarText(keyNode);
        const bool twice = size <= ScanLimit ? indexOf(key) >= 0 : seen.contains(key);
        if (twice)
            m_context.error(keyNode, tr("key '%1' appears twice in %2").arg(key, m_what));
        if (size > ScanLimit)
            seen.insert(key);
        m_keys.append(key);
        m_scalarKey.append(true);
        if (!m_known.contains(key)) {
            const QString suggestion = closestMatch(key, m_known);
            m_context.error(keyNode, tr("unknown key '%1' in %2").arg(key, m_what),
                            suggestion.isEmpty() ? tr("known keys: %1").arg(m_known.join(u", "_s))
                                                 : tr("did you mean '%1'?").arg(suggestion));
        }
    }
}

MapReader::~MapReader() = default;

qsizetype MapReader::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        if (m_scalarKey.at(i) && m_keys.at(i) == key)
            return i;
    return -1;
}

bool MapReader::has(const QString &key) const
{
    return indexOf(key) >= 0;
}

YamlNode MapReader::get(const QString &key) const
{
    Q_ASSERT_X(m_known.contains(key), "MapReader::get", "key must be declared as known");
    // The first pair with this key, as yaml-cpp's lookup gives it (a twin was
    // reported in the constructor).
    const qsizetype index = indexOf(key);
    return index < 0 ? YamlNode() : m_node.pair(std::size_t(index)).value;
}

YamlNode MapReader::require(const QString &key)
{
    YamlNode value = get(key);
    if (m_isMap && !value.isDefined())
        m_context.error(m_node, tr("%1 needs '%2'").arg(m_what, key));
    return value;
}

QString MapReader::string(const QString &key, const QString &fallback)
{
    return optionalString(key).value_or(fallback);
}

std::optional<QString> MapReader::optionalString(const QString &key)
{
    const YamlNode value = get(key);
    if (!value.isDefined() || value.isNull())
        return std::nullopt;
    return m_context.string(value, u"'%1'"_s.arg(key));
}

QString MapReader::requiredString(const QString &key)
{
    const YamlNode value = require(key);
    if (!value.isDefined())
        return {};
    const QString text = m_context.string(value, u"'%1'"_s.arg(key)).value_or(QString());
    if (text.isEmpty() && value.isScalar())
        m_context.error(value, tr("'%1' must not be empty").arg(key));
    return text;
}

int MapReader::integer(const QString &key, int min, int max, int fallback)
{
    const YamlNode value = get(key);
    if (!value.isDefined() || value.isNull())
        return fallback;
    return m_context.integer(value, u"'%1'"_s.arg(key), min, max).value_or(fallback);
}

bool MapReader::boolean(const QString &key, bool fallback)
{
    const YamlNode value = get(key);
    if (!value.isDefined() || value.isNull())
        return fallback;
    return m_context.boolean(value, u"'%1'"_s.arg(key)).value_or(fallback);
}

} // namespace portolan
