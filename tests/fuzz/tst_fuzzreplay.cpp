// Every input of the fuzz seed corpus and of fuzz/regressions/ through the
// same checks the libFuzzer targets run (fuzz/fuzzchecks.h). A crasher is
// committed to fuzz/regressions/<target>/ with its fix; its row fails (or
// crashes, under the asan preset) if the bug comes back.
#include "fuzzchecks.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Check = QString (*)(QByteArrayView);

struct Target
{
    const char *name;
    const char *seeds; // '|'-separated folders relative to the source root
    Check check;
};

const Target kTargets[] = {
    {"projectreader", PORTOLAN_FUZZ_SEEDS_projectreader, &portolan::fuzz::checkProjectReader},
    {"catalogreader", PORTOLAN_FUZZ_SEEDS_catalogreader, &portolan::fuzz::checkCatalogReader},
    {"deriveexport", PORTOLAN_FUZZ_SEEDS_deriveexport, &portolan::fuzz::checkDeriveExport},
    {"iptablesreader", PORTOLAN_FUZZ_SEEDS_iptablesreader, &portolan::fuzz::checkIptablesReader},
    {"nftjsonreader", PORTOLAN_FUZZ_SEEDS_nftjsonreader, &portolan::fuzz::checkNftJsonReader},
    {"awsreader", PORTOLAN_FUZZ_SEEDS_awsreader, &portolan::fuzz::checkAwsReader},
    {"k8spolicyreader", PORTOLAN_FUZZ_SEEDS_k8spolicyreader, &portolan::fuzz::checkK8sPolicyReader},
};

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedFolders();
    void replay_data();
    void replay();
};

// A renamed fixture folder must not shrink the corpus silently. Only the
// regressions folder may be absent (a target nothing has crashed yet).
void TestFuzzReplay::seedFolders()
{
    for (const Target &target : kTargets) {
        for (const QString &folder : QString::fromLatin1(target.seeds).split(u'|')) {
            if (folder.startsWith(u"fuzz/regressions/"_s))
                continue;
            const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/") + folder);
            QVERIFY2(dir.exists() && !dir.isEmpty(), qPrintable(folder + u" is missing or empty"_s));
        }
    }
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (int t = 0; t < int(std::size(kTargets)); ++t) {
        for (const QString &folder : QString::fromLatin1(kTargets[t].seeds).split(u'|')) {
            const QString root = QStringLiteral(PORTOLAN_SOURCE_DIR "/") + folder;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); // as libFuzzer reads a corpus
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : files) {
                const QString row =
                    QLatin1StringView(kTargets[t].name) + u':' + folder + file.mid(root.size());
                QTest::newRow(qPrintable(row)) << t << file;
                ++rows;
            }
        }
    }
    QVERIFY(rows > 0);
}

void TestFuzzReplay::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray data = file.readAll();
    const QString failure = kTargets[target].check(data);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
