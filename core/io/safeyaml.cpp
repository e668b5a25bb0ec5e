#include "safeyaml.h"
#include "plainyamlparser.h"

#include <QFile>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace portolan {

namespace {

struct LimitExceeded
{
    YAML::Mark mark;
    QString message;
};

// Checks the limits on every event, before the node it describes is stored,
// and builds the first document's tree (later documents are only screened:
// the file is refused once the second one ends).
class ScreeningHandler final : public YAML::EventHandler
{
public:
    ScreeningHandler(const YamlLimits &limits, YamlTree &tree) : m_limits(limits), m_tree(tree) {}

    void OnDocumentStart(const YAML::Mark &mark) override { m_documentStart = mark; }
    void OnDocumentEnd() override { ++m_documents; }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        scalarLike(mark, anchor);
        if (building())
            m_tree.addNull(mark);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        throw LimitExceeded{mark, SafeYaml::tr("anchors and aliases (&, *) are not supported")};
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        scalarLike(mark, anchor);
        if (building())
            m_tree.addScalar(mark, value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
        if (building())
            m_tree.beginSequence(mark);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
        if (building())
            m_tree.beginMap(mark);
    }
    void OnMapEnd() override { close(); }

    int documents() const { return m_documents; }
    const YAML::Mark &documentStart() const { return m_documentStart; }

private:
    bool building() const { return m_documents == 0; }
    void close()
    {
        --m_depth;
        if (building())
            m_tree.end();
    }
    void scalarLike(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        checkAnchor(mark, anchor);
        if (++m_nodes > m_limits.maxNodes)
            throw LimitExceeded{mark, SafeYaml::tr("more than %1 YAML nodes").arg(m_limits.maxNodes)};
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        scalarLike(mark, anchor);
        if (++m_depth > m_limits.maxDepth)
            throw LimitExceeded{mark, SafeYaml::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth)};
    }
    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            throw LimitExceeded{mark, SafeYaml::tr("anchors and aliases (&, *) are not supported")};
    }

    const YamlLimits &m_limits;
    YamlTree &m_tree;
    qsizetype m_nodes = 0;
    int m_depth = 0;
    int m_documents = 0;
    YAML::Mark m_documentStart = YAML::Mark::null_mark();
};

Diagnostic at(const QString &file, const YAML::Mark &mark, const QString &message, const QString &hint = {})
{
    // yaml-cpp marks are 0-based and -1 when unknown.
    return Diagnostic{file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0,
                      message, hint};
}

// YAML allows no C0 control character but tab, line feed and carriage
// return, and no DEL; yaml-cpp takes them anyway, so raw escape sequences or
// binary junk would reach names, terminals and generated rule files.
qsizetype firstControlCharacter(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            return i;
    }
    return -1;
}

// Position of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    if (!decoder.hasError())
        return -1;
    const qsizetype replacement = decoded.indexOf(QChar::ReplacementCharacter);
    return decoded.left(qMax<qsizetype>(replacement, 0)).toUtf8().size();
}

// Lets yaml-cpp read the bytes in place (a std::string plus an
// istringstream would copy a 16 MiB file twice).
class ByteArrayBuffer final : public std::streambuf
{
public:
    explicit ByteArrayBuffer(const QByteArray &data)
    {
        char *begin = const_cast<char *>(data.constData()); // only ever read: no putback area is written
        setg(begin, begin, begin + data.size());
    }
};

void lineColumnOf(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    const QByteArray before = data.left(offset);
    *line = int(before.count('\n')) + 1;
    *column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
}

} // namespace

std::optional<YamlTree> SafeYaml::parse(const QByteArray &data, const QString &file, Diagnostic *error,
                                        const YamlLimits &limits)
{
    if (data.size() > limits.maxBytes) {
        *error = {file, 0, 0,
                  tr("file is %1 bytes, larger than the %2-byte limit").arg(data.size()).arg(limits.maxBytes),
                  tr("split the file or remove unrelated content")};
        return std::nullopt;
    }
    if (const qsizetype control = firstControlCharacter(data); control >= 0) {
        int line, column;
        lineColumnOf(data, control, &line, &column);
        const char byte = data.at(control);
        *error = {file, line, column,
                  byte == '\0' ? tr("binary data (a NUL byte) in a text file")
                               : tr("a control character (U+%1) in a text file")
                                     .arg(QString::number(int(byte), 16).rightJustified(4, u'0').toUpper()),
                  tr("check that this is a Portolan YAML file")};
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        int line, column;
        lineColumnOf(data, bad, &line, &column);
        *error = {file, line, column, tr("text is not valid UTF-8"), tr("save the file as UTF-8")};
        return std::nullopt;
    }
    // Files as Portolan writes them take the fast path; anything else (and
    // every error, with yaml-cpp's own message and position) goes through
    // yaml-cpp.
    if (YamlTree tree; PlainYamlParser::parse(data, limits.maxDepth, limits.maxNodes, &tree))
        return tree;
    try {
        YamlTree tree;
        ByteArrayBuffer buffer(data);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        ScreeningHandler handler(limits, tree);
        while (parser.HandleNextDocument(handler)) {
            if (handler.documents() > 1) {
                // Point at the second document so the stray '---' is easy to find.
                *error = at(file, handler.documentStart(), tr("more than one YAML document in the file"),
                            tr("keep a single document; remove extra '---' lines"));
                return std::nullopt;
            }
        }
        if (tree.isEmpty() || tree.root().isNull()) {
            *error = {file, 1, 1, tr("the file is empty"), {}};
            return std::nullopt;
        }
        return tree;
    } catch (const LimitExceeded &e) {
        *error = at(file, e.mark, e.message, tr("simplify the file"));
    } catch (const YAML::Exception &e) {
        *error = at(file, e.mark, tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        *error = {file, 0, 0, tr("cannot parse the file: %1").arg(QString::fromLocal8Bit(e.what())), {}};
    }
    return std::nullopt;
}

std::optional<YamlTree> SafeYaml::parseFile(const QString &path, Diagnostic *error, const YamlLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, 0, tr("cannot open the file: %1").arg(file.errorString()), {}};
        return std::nullopt;
    }
    // Read one byte past the cap so an oversized file is refused without
    // reading all of it.
    const QByteArray data = file.read(limits.maxBytes + 1);
    if (data.size() > limits.maxBytes) {
        *error = {path, 0, 0, tr("file is larger than the %1-byte limit").arg(limits.maxBytes),
                  tr("split the file or remove unrelated content")};
        return std::nullopt;
    }
    return parse(data, path, error, limits);
}

} // namespace portolan
