// Each derivation pass alone, from fixture folders:
// tests/derive/passes/<pass>/<case>/ holds `input.yaml` (a small project),
// optionally `before` (the passes, by name, that prepare the context the
// pass reads: "resolvecomponents clientflows"; resolvecomponents alone when
// absent) and `expected.txt`: the context after the pass, one line per
// component port (resolvecomponents), flow, local port and refused use;
// "rulesets" (RuleSetBuilder with its compaction) adds one line per rule
// set it builds from the flows it is given. A
// case whose pass leaves the context as it found it fails: it would test
// nothing. After a deliberate change, regenerate with
// PORTOLAN_UPDATE_GOLDEN=1 and read the diff before committing it.
#include "passfixtures.h"

#include "derivetesthelpers.h"

#include "derive/adminflows.h"
#include "derive/boundaryhops.h"
#include "derive/clientflows.h"
#include "derive/derivationjson.h"
#include "derive/derivecontext.h"
#include "derive/egressflows.h"
#include "derive/flowpaths.h"
#include "derive/internalflows.h"
#include "derive/loadbalancerflows.h"
#include "derive/localports.h"
#include "derive/nathops.h"
#include "derive/peerflows.h"
#include "derive/resolvecomponents.h"
#include "derive/rulesetbuilder.h"
#include "derive/sortflows.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

using Pass = void (*)(DeriveContext &);

// The flow passes by the names of their files, as Deriver runs them.
const QList<std::pair<QString, Pass>> &passes()
{
    static const QList<std::pair<QString, Pass>> list = {{u"resolvecomponents"_s, &ResolveComponents::run},
                                                         {u"clientflows"_s, &ClientFlows::run},
                                                         {u"adminflows"_s, &AdminFlows::run},
                                                         {u"loadbalancerflows"_s, &LoadBalancerFlows::run},
                                                         {u"peerflows"_s, &PeerFlows::run},
                                                         {u"internalflows"_s, &InternalFlows::run},
                                                         {u"egressflows"_s, &EgressFlows::run},
                                                         {u"localports"_s, &LocalPorts::run},
                                                         {u"nathops"_s, &NatHops::run},
                                                         {u"boundaryhops"_s, &BoundaryHops::run},
                                                         {u"sortflows"_s, &SortFlows::run},
                                                         {u"flowpaths"_s, &FlowPaths::run}};
    return list;
}

Pass passNamed(const QString &name)
{
    for (const auto &[passName, pass] : passes())
        if (passName == name)
            return pass;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray dumpContext(const DeriveContext &context)
{
    QByteArray out;
    for (const NodeComponent &c : context.components)
        for (const ResolvedPort &p : c.ports) {
            QStringList protocols;
            for (Protocol protocol : p.protocols)
                protocols.append(protocolName(protocol));
            out += QStringLiteral("component %1 %2 %3 %4/%5\n")
                       .arg(context.project.nodes.at(c.node).id, c.instance.reference(), p.def->id,
                            protocols.join(u','), p.range.toString())
                       .toUtf8();
        }
    Derivation derivation;
    derivation.flows = context.flows;
    derivation.localPorts = context.localPorts;
    derivation.refused = context.refused;
    const QJsonObject document = QJsonDocument::fromJson(DerivationJson::flowsDocument(derivation)).object();
    for (const QString &section : {u"flows"_s, u"local_ports"_s, u"refused"_s})
        for (const QJsonValue &entry : document.value(section).toArray())
            out += section.toUtf8() + ' ' + QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact) +
                   '\n';
    return out;
}

void addPassCases()
{
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("dir");
    const QString root = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/derive/passes/");
    for (const QString &pass : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString &name : QDir(root + pass).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(pass + u'/' + name)) << pass << root + pass + u'/' + name;
}

void runPassCase(const QString &passName, const QString &dir)
{
    const Pass pass = passNamed(passName);
    QVERIFY2(pass || passName == u"rulesets"_s, qPrintable(u"no pass named "_s + passName));
    const auto project = readProject(readAll(dir + u"/input.yaml"_s));
    QVERIFY2(project, qPrintable(dir + u"/input.yaml does not read"_s));
    DeriveContext context(*project, bundledCatalogs());
    const QString before = QString::fromUtf8(readAll(dir + u"/before"_s)).trimmed();
    const QStringList prepare = before.isEmpty() && passName != u"resolvecomponents"_s
                                    ? QStringList{u"resolvecomponents"_s}
                                    : before.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &name : prepare) {
        const Pass step = passNamed(name);
        QVERIFY2(step, qPrintable(dir + u"/before: no flow pass named "_s + name));
        step(context);
    }
    const QByteArray input = dumpContext(context);
    QByteArray output;
    if (passName == u"rulesets"_s) {
        // Reads the flows, leaves the context alone: its output is the sets.
        for (const RuleSet &set : RuleSetBuilder::run(context))
            output += "rule_set " +
                      QJsonDocument(DerivationJson::ruleSet(set)).toJson(QJsonDocument::Compact) + '\n';
        output = input + output;
    } else {
        pass(context);
        output = dumpContext(context);
    }
    QVERIFY2(output != input, qPrintable(dir + u": the pass changed nothing"_s));

    const QString expectedPath = dir + u"/expected.txt"_s;
    if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(output);
        return;
    }
    const QByteArray expected = readAll(expectedPath);
    QVERIFY2(!expected.isEmpty(),
             qPrintable(u"no "_s + expectedPath + u"; run with PORTOLAN_UPDATE_GOLDEN=1"_s));
    const QList<QByteArray> a = expected.split('\n'), b = output.split('\n');
    qsizetype line = 0;
    while (line < a.size() && line < b.size() && a[line] == b[line])
        ++line;
    QVERIFY2(expected == output, qPrintable(u"%1 differs at line %2:\n  expected: %3\n  actual:   %4"_s.arg(
                                     expectedPath, QString::number(line + 1),
                                     QString::fromUtf8(a.value(line)), QString::fromUtf8(b.value(line)))));
}

} // namespace portolan::test
