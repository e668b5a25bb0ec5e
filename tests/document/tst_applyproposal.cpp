// Review's proposed settings applied to a document (applyProposedSettings):
// one fixture folder per case under tests/document/applyproposal/. Its
// `case` file names the project (relative to the source tree), the node
// (empty = every node) and how many settings change; `expected.yaml` is the
// project written back afterwards. The whole proposal is one undo step, and
// undoing it gives back the original bytes. After a deliberate change,
// regenerate with PORTOLAN_UPDATE_GOLDEN=1 and read the diff.
#include "document/applyproposal.h"
#include "document/document.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString kCases = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/document/applyproposal/");

// "key: value" lines; a missing key reads as empty.
QHash<QString, QString> readCase(const QString &path)
{
    QHash<QString, QString> fields;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fields;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return fields;
}

} // namespace

class TestApplyProposal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(!cases.isEmpty(), qPrintable(u"no cases in "_s + kCases));
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << kCases + name;
    }

    void apply()
    {
        QFETCH(QString, dir);
        const QHash<QString, QString> fields = readCase(dir + u"/case"_s);
        QVERIFY2(fields.contains(u"project"_s), qPrintable(dir + u"/case: no project line"_s));
        const QString node = fields.value(u"node"_s);
        bool numeric = false;
        const int expectedCount = fields.value(u"applied"_s).toInt(&numeric);
        const bool update = qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN");
        QVERIFY2(numeric || update, qPrintable(dir + u"/case: no applied count"_s));

        Document document;
        Diagnostics errors;
        QVERIFY2(document.load(QStringLiteral(PORTOLAN_SOURCE_DIR "/") + fields.value(u"project"_s), &errors),
                 qPrintable(formatDiagnostics(errors)));
        const QByteArray original = ProjectWriter::write(document.project());
        QUndoStack *stack = document.undoStack();

        const int applied = applyProposedSettings(&document, node);
        const QByteArray written = ProjectWriter::write(document.project());
        const QString expectedPath = dir + u"/expected.yaml"_s;
        if (update) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(written);
            qInfo("%s: %d settings applied", qPrintable(dir), applied);
            return;
        }
        QCOMPARE(applied, expectedCount);
        QFile in(expectedPath);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(u"no "_s + expectedPath));
        QCOMPARE(written, in.readAll());
        // Nothing to change leaves no empty step; anything else is one step.
        QCOMPARE(stack->count(), applied > 0 ? 1 : 0);
        if (applied == 0)
            QCOMPARE(written, original);
        // What was applied is what review now proposes: a second time is a no-op.
        QCOMPARE(applyProposedSettings(&document, node), 0);
        QCOMPARE(stack->count(), applied > 0 ? 1 : 0);

        if (applied > 0) {
            stack->undo();
            QCOMPARE(ProjectWriter::write(document.project()), original);
            stack->redo();
            QCOMPARE(ProjectWriter::write(document.project()), written);
        }
    }
};

QTEST_MAIN(TestApplyProposal)
#include "tst_applyproposal.moc"
