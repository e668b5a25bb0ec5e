// ports.conflict is reported once per contested port (or stretch of ports)
// and protocol, naming the ports that claim it, not once per pair; and
// findings group by code and element for readers (issue 20).
#include "reviewtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QStringList conflictMessages(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.code == u"ports.conflict"_s && f.subject == u"host"_s)
            out.append(f.message);
    out.sort();
    return out;
}

Finding finding(Severity severity, const QString &code, const QString &subject, const QString &message)
{
    return {severity, code, subject, message, {}};
}

} // namespace

class TestPortConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oncePerPortAndProtocol_data()
    {
        QTest::addColumn<QString>("contains");
        // Four components on tcp 443 (d's "both" adds its tcp half; its udp
        // half is alone): one finding, not six pairs.
        QTest::newRow("443")
            << u"4 ports claim tcp port 443 on host: conflicts/a https (443), conflicts/b https "
               u"(443), conflicts/c https (443), conflicts/d https (443)."_s;
        // Two overlapping ranges: the stretch they share.
        QTest::newRow("range")
            << u"conflicts/a range (10000-10100) and conflicts/b range (10050-10060) both claim "
               u"tcp ports 10050-10060 on host."_s;
        // 30 ports of one component on one number: one finding, the first
        // few named and the rest counted (was 435 pairs).
        QTest::newRow("thirty")
            << u"30 ports claim tcp port 5000 on host: conflicts/e same0 (5000), conflicts/e "
               u"same1 (5000), conflicts/e same2 (5000), conflicts/e same3 (5000) and 26 more."_s;
        QTest::newRow("pair")
            << u"conflicts/a x3 (20003) and conflicts/b y3 (20003) both claim tcp port 20003 on "
               u"host."_s;
    }

    void oncePerPortAndProtocol()
    {
        QFETCH(QString, contains);
        QString failure;
        const auto reviewed = test::reviewFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/conflicts/project.yaml"), &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        const QStringList messages = conflictMessages(reviewed->findings);
        QVERIFY2(messages.contains(contains), qPrintable(messages.join(u'\n')));
    }

    void countIsOnePerStretch()
    {
        QString failure;
        const auto reviewed = test::reviewFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/conflicts/project.yaml"), &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        const QStringList messages = conflictMessages(reviewed->findings);
        // 443, 10050-10060, 5000 and the ten single ports 20000-20009.
        QCOMPARE(messages.size(), 13);
        for (const QString &m : messages)
            QVERIFY2(!m.contains(u"udp"_s), qPrintable(m)); // udp 443 has one claimant only
    }

    // PostgreSQL's port for clients and for replication, Redis's client port
    // for clients and for the other cluster nodes, Kafka's 9092 for clients
    // and between brokers: one listener each, listed once per audience, is
    // not a conflict; two products on one port of one host still are.
    void oneListenerForTwoAudiences()
    {
        QString failure;
        const auto reviewed = test::reviewFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/shared-listeners/project.yaml"), &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        QStringList conflicts;
        for (const Finding &f : reviewed->findings)
            if (f.code == u"ports.conflict"_s)
                conflicts.append(f.subject + u": "_s + f.message);
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().startsWith(u"crowded: "_s), qPrintable(conflicts.join(u'\n')));
        QVERIFY2(conflicts.first().contains(u"postgresql-11/server"_s) &&
                     conflicts.first().contains(u"redis-6.2/server"_s),
                 qPrintable(conflicts.first()));
        QVERIFY2(conflicts.first().contains(u"6379"_s), qPrintable(conflicts.first()));
    }

    void groupsRunsOfCodeAndSubject()
    {
        Findings findings{
            finding(Severity::Error, u"ports.conflict"_s, u"a"_s, u"1"_s),
            finding(Severity::Error, u"ports.conflict"_s, u"a"_s, u"2"_s),
            finding(Severity::Error, u"ports.conflict"_s, u"b"_s, u"3"_s),
            finding(Severity::Warning, u"host.privileged-port"_s, u"a"_s, u"4"_s),
            finding(Severity::Warning, u"ports.conflict"_s, u"a"_s, u"5"_s),
        };
        sortFindings(&findings);
        const QList<FindingGroup> groups = groupFindings(findings);
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups[0].first, 0);
        QCOMPARE(groups[0].count, 2);
        QCOMPARE(findings[groups[1].first].subject, u"b"_s);
        QCOMPARE(groups[1].count, 1);
        QCOMPARE(findings[groups[2].first].code, u"host.privileged-port"_s);
        QCOMPARE(findings[groups[3].first].severity, Severity::Warning);
        QCOMPARE(groups[3].count, 1);
        QVERIFY(groupFindings({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortConflict)
#include "tst_portconflict.moc"
