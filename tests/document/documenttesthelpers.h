#pragma once

// Helpers shared by the editing-document tests: where their fixtures are,
// the bytes a document would save, and the checks every edit must pass
// whether it is refused or applied.

#include "document/document.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QTest>

namespace portolan::test {

// "example:NAME" is a bundled example, anything else a file of
// tests/document/fixtures/.
inline QString documentFixturePath(const QString &name)
{
    const QString example = QStringLiteral("example:");
    if (name.startsWith(example))
        return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name.mid(example.size());
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/document/fixtures/") + name;
}

inline QByteArray savedBytes(const Document &d)
{
    return ProjectWriter::write(d.project());
}

// A refused edit leaves no undo step and no trace in the file.
inline void verifyRefusedEdit(const Document &doc, const QByteArray &before)
{
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(savedBytes(doc), before);
}

// An edit just applied as one undo step: it changed the file, what it
// leaves is a project file the reader takes back unchanged, undo gives back
// `before` and redo the edited bytes again. Like any Qt Test check this
// returns from here only: callers stop on QTest::currentTestFailed().
inline void verifyAppliedEdit(Document &doc, const QByteArray &before)
{
    QCOMPARE(doc.undoStack()->count(), 1);
    const QByteArray after = savedBytes(doc);
    QVERIFY(after != before);

    Diagnostics reread;
    auto again = ProjectReader::read(after, QStringLiteral("after.yaml"), doc.catalogs(), &reread);
    QVERIFY2(again, qPrintable(formatDiagnostics(reread) + u'\n' + QString::fromUtf8(after)));
    QCOMPARE(ProjectWriter::write(*again), after);

    doc.undoStack()->undo();
    QCOMPARE(savedBytes(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(savedBytes(doc), after);
}

} // namespace portolan::test
