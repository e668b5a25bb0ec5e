// The checks' registry is sound: each code declared once, and every finding
// the review raises over every review fixture and bundled example carries a
// registered code with a severity its definition states.
#include "reviewtesthelpers.h"

#include "review/checkregistry.h"

#include <QDirIterator>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

void noBody(const ReviewContext &, CheckOutput *)
{
}

CheckDef definition(const QString &code)
{
    return {.code = code, .severity = Severity::Warning, .run = &noBody};
}

} // namespace

class TestCheckRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachCodeOnce()
    {
        const QStringList problems = CheckRegistry::problems(CheckRegistry::checks());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(CheckRegistry::checks().size() > 20);
    }

    // What eachCodeOnce would report, on lists made wrong on purpose.
    void problemsAreFound()
    {
        QList<CheckDef> twice = CheckRegistry::checks();
        twice.append(twice.first());
        QCOMPARE(CheckRegistry::problems(twice), QStringList{twice.first().code + u": declared twice"_s});

        CheckDef softenedToItself = definition(u"test.softened"_s);
        softenedToItself.softened = Severity::Warning;
        CheckDef bodiless = definition(u"test.bodiless"_s);
        bodiless.run = nullptr;
        QCOMPARE(CheckRegistry::problems({softenedToItself, bodiless, definition(QString())}),
                 (QStringList{u"test.softened: softened to its own severity"_s, u"test.bodiless: no body"_s,
                              u"a check without a code"_s}));
    }

    // The output stamps the definition's code and severity; a softened
    // finding of a check that declares no softened severity keeps its usual one.
    void outputStampsItsDefinition()
    {
        CheckDef check = definition(u"test.stamped"_s);
        Findings findings;
        CheckOutput out(check, &findings);
        out.raise(u"a"_s, u"message"_s, u"fix"_s);
        out.raise(u"b"_s, u"message"_s, u"fix"_s, CheckOutput::Degree::Softened);
        check.softened = Severity::Info;
        out.raise(u"c"_s, u"message"_s, u"fix"_s, CheckOutput::Degree::Softened);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0],
                 (Finding{Severity::Warning, u"test.stamped"_s, u"a"_s, u"message"_s, u"fix"_s}));
        QCOMPARE(findings[1].severity, Severity::Warning);
        QCOMPARE(findings[2].severity, Severity::Info);
    }

    void registeredFindings()
    {
        const CheckDef *admin = CheckRegistry::find(u"exposure.admin-untrusted"_s);
        QVERIFY(admin && admin->softened);
        QVERIFY(CheckRegistry::registered({admin->severity, admin->code, u"x"_s, {}, {}}));
        QVERIFY(CheckRegistry::registered({*admin->softened, admin->code, u"x"_s, {}, {}}));
        QVERIFY(!CheckRegistry::registered({Severity::Info, admin->code, u"x"_s, {}, {}}));
        QVERIFY(!CheckRegistry::registered({admin->severity, u"exposure.no-such-check"_s, u"x"_s, {}, {}}));
    }

    void everyFindingIsRegistered_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *root :
             {PORTOLAN_SOURCE_DIR "/tests/review", PORTOLAN_SOURCE_DIR "/resources/examples"}) {
            QDirIterator it(QString::fromUtf8(root), {u"*.yaml"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.contains(u"/catalogs/"_s)) // a catalog beside a project, not a project
                    QTest::newRow(qPrintable(path.mid(qstrlen(PORTOLAN_SOURCE_DIR) + 1))) << path;
            }
        }
    }

    void everyFindingIsRegistered()
    {
        QFETCH(QString, path);
        QString failure;
        const auto reviewed = test::reviewFile(path, &failure);
        QVERIFY2(reviewed, qPrintable(failure));
        for (const Finding &f : reviewed->findings)
            QVERIFY2(CheckRegistry::registered(f),
                     qPrintable(u"unregistered: "_s + severityName(f.severity) + u' ' + f.code));
    }
};

QTEST_GUILESS_MAIN(TestCheckRegistry)
#include "tst_checkregistry.moc"
