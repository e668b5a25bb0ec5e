// StagedDerivation given an earlier derivation's memo: it takes over
// unchanged flows (sharing their data) and unchanged rule sets, and what it
// gives is exactly what a derivation from scratch gives. Every bundled
// example, under edits that change one flow, many flows, the set of rule
// sets, or nothing.
#include "derivetesthelpers.h"

#include "derive/derivationjson.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

enum class Edit
{
    Nothing,
    Address,          // the first node's first address: its flows and every set it is in
    ComponentRemoved, // the first node loses its first component: flows and rule sets go
    NodeRemoved,      // the last node: its rule sets go
    ZoneProvider,     // the first zone turns AWS: security groups appear
    ListenerPort,     // the first listener's front port: one load-balancer flow
    LinksRemoved,     // no VPN or peering: link hops go, paths between sites stop working
    NatPrivate,       // the first NAT's outside address turns private: paths through it change
};

void apply(Edit edit, Project &project)
{
    switch (edit) {
    case Edit::Nothing:
        break;
    case Edit::Address:
        if (!project.nodes.isEmpty()) {
            QList<QHostAddress> &addresses = project.nodes.first().addresses;
            const bool v6 =
                !addresses.isEmpty() && addresses.first().protocol() == QAbstractSocket::IPv6Protocol;
            const QHostAddress moved(v6 ? u"2001:db8:ffff::77"_s : u"198.51.100.77"_s);
            if (addresses.isEmpty())
                addresses.append(moved);
            else
                addresses.first() = moved;
        }
        break;
    case Edit::ComponentRemoved:
        if (!project.nodes.isEmpty() && !project.nodes.first().components.isEmpty())
            project.nodes.first().components.removeFirst();
        break;
    case Edit::NodeRemoved:
        if (!project.nodes.isEmpty())
            project.nodes.removeLast();
        break;
    case Edit::ZoneProvider:
        if (!project.zones.isEmpty())
            project.zones.first().provider = Provider::Aws;
        break;
    case Edit::ListenerPort:
        for (LoadBalancer &lb : project.loadBalancers)
            if (!lb.listeners.isEmpty()) {
                lb.listeners.first().port += 1;
                break;
            }
        break;
    case Edit::LinksRemoved:
        project.links.clear();
        break;
    case Edit::NatPrivate:
        if (!project.natLayers.isEmpty() && !project.natLayers.first().outsideAddresses.isEmpty())
            project.natLayers.first().outsideAddresses.first() = QHostAddress(u"10.255.0.1"_s);
        break;
    }
}

struct Staged
{
    Derivation derivation;
    std::shared_ptr<const DerivationMemo> memo;
    int reused = 0;
    ReuseFlows::Changes changes;
};

Staged stagedDerive(const Project &project, std::shared_ptr<const DerivationMemo> previous)
{
    StagedDerivation derivation(project, bundledCatalogs(), std::move(previous));
    Staged result{derivation.derivation(), {}, 0, {}};
    result.derivation.ruleSets = derivation.ruleSets();
    result.memo = derivation.memo();
    result.reused = derivation.reusedRuleSets();
    result.changes = derivation.flowChanges();
    return result;
}

// Every field, not just what the JSON shows.
void verifySameDerivation(const Derivation &actual, const Derivation &expected)
{
    QCOMPARE(actual.flows, expected.flows);
    QCOMPARE(actual.localPorts, expected.localPorts);
    QCOMPARE(actual.refused, expected.refused);
    QCOMPARE(actual.ruleSets.size(), expected.ruleSets.size());
    for (qsizetype i = 0; i < expected.ruleSets.size(); ++i) {
        const RuleSet &a = actual.ruleSets[i], &e = expected.ruleSets[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.element, e.element);
        QCOMPARE(a.provider, e.provider);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.addresses, e.addresses);
        QCOMPARE(a.rules, e.rules);
        QCOMPARE(a.redirects, e.redirects);
    }
    QCOMPARE(DerivationJson::ruleSetsDocument(actual), DerivationJson::ruleSetsDocument(expected));
}

} // namespace

class TestDeriveReuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsFromScratch_data();
    void sameAsFromScratch();
    void unchangedProjectTakesOverEverything();
    void oneFlowChangedRebuildsOnlyItsPoints();
};

void TestDeriveReuse::sameAsFromScratch_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("edit");
    const QDir dir(examplePath({}));
    const QList<QPair<const char *, Edit>> edits = {
        {"nothing", Edit::Nothing},
        {"address", Edit::Address},
        {"component removed", Edit::ComponentRemoved},
        {"node removed", Edit::NodeRemoved},
        {"zone provider", Edit::ZoneProvider},
        {"listener port", Edit::ListenerPort},
        {"links removed", Edit::LinksRemoved},
        {"nat private", Edit::NatPrivate},
    };
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        for (const auto &[label, edit] : edits)
            QTest::addRow("%s, %s", qPrintable(name), label) << name << int(edit);
}

void TestDeriveReuse::sameAsFromScratch()
{
    QFETCH(QString, example);
    QFETCH(int, edit);
    const auto original = readExample(example);
    QVERIFY(original);
    Project edited = *original;
    apply(Edit(edit), edited);

    const Staged first = stagedDerive(*original, {});
    QCOMPARE(first.reused, 0);
    verifySameDerivation(first.derivation, Deriver::derive(*original, bundledCatalogs()));

    // The edit, given the memo of the state before it.
    const Staged second = stagedDerive(edited, first.memo);
    verifySameDerivation(second.derivation, Deriver::derive(edited, bundledCatalogs()));
    // What it says changed: aligned lists name exactly the differing
    // positions; otherwise nothing is named.
    const FlowList &was = first.derivation.flows, &is = second.derivation.flows;
    if (second.changes.aligned) {
        QCOMPARE(is.size(), was.size());
        QList<qsizetype> differing;
        for (qsizetype i = 0; i < is.size(); ++i) {
            QCOMPARE(is[i].source.id, was[i].source.id);
            QCOMPARE(is[i].destination.id, was[i].destination.id);
            if (!(is[i] == was[i]))
                differing.append(i);
        }
        QCOMPARE(second.changes.changed, differing);
    } else {
        QVERIFY(second.changes.changed.isEmpty());
    }
    if (Edit(edit) == Edit::Nothing)
        QVERIFY(second.changes.aligned && second.changes.changed.isEmpty());
    // And back (undo), given the memo of a derivation that itself took
    // things over.
    const Staged third = stagedDerive(*original, second.memo);
    verifySameDerivation(third.derivation, first.derivation);
}

void TestDeriveReuse::unchangedProjectTakesOverEverything()
{
    const auto project = readExample(u"kong-0x-two-datacenters-nat.yaml"_s);
    QVERIFY(project);
    const Staged first = stagedDerive(*project, {});
    const Staged second = stagedDerive(*project, first.memo);
    QVERIFY(!second.derivation.ruleSets.isEmpty());
    QCOMPARE(second.reused, second.derivation.ruleSets.size());
    for (qsizetype i = 0; i < second.derivation.flows.size(); ++i) {
        // Shared, not merely equal.
        QCOMPARE(second.derivation.flows[i].component.constData(),
                 first.derivation.flows[i].component.constData());
        QCOMPARE(second.derivation.flows[i].source.cidrs.constData(),
                 first.derivation.flows[i].source.cidrs.constData());
    }
    for (qsizetype i = 0; i < second.derivation.ruleSets.size(); ++i)
        QCOMPARE(second.derivation.ruleSets[i].rules.constData(),
                 first.derivation.ruleSets[i].rules.constData());
}

void TestDeriveReuse::oneFlowChangedRebuildsOnlyItsPoints()
{
    // A listener's front port: the client flow to the balancer changes, so
    // the balancer's group and whatever the flow crosses are rebuilt; the
    // nodes' host firewalls behind it are not.
    const auto project = readExample(u"kong-3.3-lb-stream-transparent.yaml"_s);
    QVERIFY(project);
    Project edited = *project;
    apply(Edit::ListenerPort, edited);
    const Staged first = stagedDerive(*project, {});
    const Staged second = stagedDerive(edited, first.memo);
    verifySameDerivation(second.derivation, Deriver::derive(edited, bundledCatalogs()));
    QVERIFY(second.changes.aligned);
    QVERIFY(!second.changes.changed.isEmpty());
    QVERIFY2(second.reused > 0 && second.reused < second.derivation.ruleSets.size(),
             qPrintable(u"%1 of %2 taken over"_s.arg(second.reused).arg(second.derivation.ruleSets.size())));
    // The sets taken over are exactly those whose rules are unchanged.
    int unchanged = 0;
    for (const RuleSet &set : second.derivation.ruleSets)
        if (const RuleSet *before = first.derivation.ruleSet(set.id); before && before->rules == set.rules)
            ++unchanged;
    QCOMPARE(second.reused, unchanged);
}

QTEST_GUILESS_MAIN(TestDeriveReuse)
#include "tst_derivereuse.moc"
