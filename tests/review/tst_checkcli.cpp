// The check and settings commands' contract: exit codes 0 / 1 / 2, the JSON
// shape, file:line:column on stderr, and the settings lines to paste.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    Run r;
#ifdef PORTOLAN_CLI
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORTOLAN_CATALOG_PATH"_s, u"/nonexistent-portolan-catalogs"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTOLAN_CLI), args);
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
#else
    Q_UNUSED(args);
#endif
    return r;
}

QString source(const QString &relative)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR) + u'/' + relative;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#ifndef PORTOLAN_CLI
        QSKIP("portolan-cli is not part of this build");
#endif
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("seed-example-text")
            << source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s) << u"text"_s << 0;
        QTest::newRow("seed-example-json")
            << source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s) << u"json"_s << 0;
        QTest::newRow("warnings-only")
            << source(u"tests/review/fixtures/host.privileged-port/raises.yaml"_s) << u"text"_s << 0;
        QTest::newRow("errors-text") << source(u"tests/review/fixtures/nat.mapping-missing/raises.yaml"_s)
                                     << u"text"_s << 1;
        QTest::newRow("errors-json") << source(u"tests/review/fixtures/nat.mapping-missing/raises.yaml"_s)
                                     << u"json"_s << 1;
        QTest::newRow("missing-file")
            << source(u"tests/review/fixtures/no-such-project.yaml"_s) << u"text"_s << 2;
        QTest::newRow("bad-format") << source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s)
                                    << u"xml"_s << 2;
    }

    void exitCodes()
    {
        QFETCH(QString, project);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        const Run r = cli({u"check"_s, project, u"--format"_s, format});
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1\n%2\n%3"_s.arg(r.exitCode).arg(r.out, r.err)));
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
    }

    void json()
    {
        const Run r = cli({u"check"_s, source(u"tests/review/fixtures/nat.mapping-missing/raises.yaml"_s),
                           u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonArray findings = doc.object().value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        bool seen = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const QString &key : {u"severity"_s, u"code"_s, u"subject"_s, u"message"_s, u"fix"_s})
                QVERIFY2(f.value(key).isString() && !f.value(key).toString().isEmpty(), qPrintable(key));
            seen = seen || (f.value(u"code"_s).toString() == u"nat.mapping-missing"_s &&
                            f.value(u"severity"_s).toString() == u"error"_s &&
                            f.value(u"subject"_s).toString() == u"kong-b"_s);
        }
        QVERIFY(seen);
    }

    // Many findings of one code on one element print as the first three and
    // a count; --all and JSON list every one.
    void groupsLargeRuns()
    {
        const QString project = source(u"tests/review/conflicts/project.yaml"_s);
        const Run text = cli({u"check"_s, project});
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count(u"error ports.conflict host: "_s), 4);
        QVERIFY2(text.out.contains(
                     u"error ports.conflict host: ... and 10 more ports.conflict findings on host (13 in "
                     u"all; --all lists every one)\n"_s),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(u"\n13 error(s), "_s), qPrintable(text.out));

        const Run all = cli({u"check"_s, project, u"--all"_s});
        QCOMPARE(all.exitCode, 1);
        QCOMPARE(all.out.count(u"error ports.conflict host: "_s), 13);
        QVERIFY(!all.out.contains(u"more ports.conflict"_s));

        const Run json = cli({u"check"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"findings"_s).toArray().size(),
                 13);
    }

    // Bad input names file, line and column on stderr.
    void badInputPosition()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"broken.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: 1\nname: broken\nnodes:\n  - id: a\n    zone: nowhere\n");
        file.close();
        const Run r = cli({u"check"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + u":5:"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void settings()
    {
        const Run r = cli({u"settings"_s, source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s),
                           u"--node"_s, u"kong-b"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"\ncluster_advertise = 192.168.10.5:9000\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\ncluster_listen = 192.168.23.45:80\n"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"kong-a"_s), qPrintable(r.out));

        const Run all =
            cli({u"settings"_s, source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s)});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(u"# kong-a"_s) && all.out.contains(u"# kong-b"_s));

        const Run unknown =
            cli({u"settings"_s, source(u"resources/examples/kong-0x-two-datacenters-nat.yaml"_s), u"--node"_s,
                 u"nope"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
