// Checks that ask about a cluster's peers work per zone or site, not per
// pair of members (issue 20: every member walking every other was n^2).
// These fixtures interleave their members' zones and sites, so that the
// first member of a zone, a later one, and a site that comes back all
// occur; each <name>.expected holds the findings of those checks, messages
// and order included. cluster.no-vpn reports each unlinked pair of sites
// once, grouped by its earlier site (naming five and counting the rest:
// manysites); a node in two clusters is judged against both (twoclusters).
#include "reviewtesthelpers.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString folder()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/review/clusterpeers");
}

// The reworked checks: their findings, in the order the review gives them.
const QStringList Codes{u"cluster.no-vpn"_s, u"exposure.cluster-outside"_s};

} // namespace

class TestClusterPeers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(folder()).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file.chopped(5);
    }

    void findings()
    {
        QFETCH(QString, name);
        QString failure;
        const auto reviewed = test::reviewFile(folder() + u'/' + name + u".yaml"_s, &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        Findings relevant;
        for (const Finding &f : reviewed->findings)
            if (Codes.contains(f.code))
                relevant.append(f);
        const QString got = test::describe(relevant);
        // What the review gave, beside the build, to compare or review in full
        // (QTest cuts long messages).
        QFile gotFile(QStringLiteral(PORTOLAN_BINARY_DIR "/tests/review/") + name + u".got"_s);
        QVERIFY(gotFile.open(QIODevice::WriteOnly | QIODevice::Text));
        gotFile.write(got.toUtf8());
        gotFile.close();
        QFile expected(folder() + u'/' + name + u".expected"_s);
        QVERIFY2(expected.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(u"missing "_s + expected.fileName() + u"; the review's findings are in "_s +
                            gotFile.fileName()));
        const QString want = QString::fromUtf8(expected.readAll());
        QVERIFY(!want.isEmpty()); // a fixture that raises nothing pins nothing
        QVERIFY2(got == want, qPrintable(u"the findings differ from "_s + expected.fileName() + u"; got "_s +
                                         gotFile.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestClusterPeers)
#include "tst_clusterpeers.moc"
