#pragma once

// Edits shared by the crash tests and their child processes: the child makes
// them in the application, the test makes the same ones on its own Document
// to know, independently of the child, what a restore must give back.
#include "document/addelementsedit.h"
#include "document/anyelement.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "document/moveelementsedit.h"
#include "document/removeelementsedit.h"
#include "project/projectwriter.h"

#include <QString>

namespace portolan::test {

inline QString reliabilityExample()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
}

// How many distinct edits applyEdits() knows.
constexpr int EditCount = 6;

// Pushes the first `count` edits, each a real undoable edit as the editor
// pushes them (inspector typing, drag, duplicate, delete, settings).
inline void applyEdits(Document *document, int count)
{
    using namespace Qt::StringLiterals;
    QUndoStack *stack = document->undoStack();
    for (int i = 0; i < count; ++i) {
        switch (i % EditCount) {
        case 0:
            stack->push(
                new ChangePropertyEdit(document, u"kong-a"_s, u"name"_s, u"Kong \"alpha\" — edited $(id)"_s));
            break;
        case 1:
            stack->push(new MoveElementsEdit(document, {{u"kong-a"_s, QPointF(117, 433)}}));
            break;
        case 2:
            stack->push(new AddElementsEdit(document, {*elementOf(document->project(), u"operators"_s)}));
            break;
        case 3:
            stack->push(new ChangePropertyEdit(
                document, u"kong-b"_s, ElementProperties::settingKey(u"kong-0.x/node"_s, u"proxy_listen"_s),
                u"0.0.0.0:80, 0.0.0.0:443 ssl"_s));
            break;
        case 4:
            stack->push(new RemoveElementsEdit(document, {u"api-consumers"_s}));
            break;
        case 5:
            stack->push(new ChangePropertyEdit(document, u"dc2"_s, u"description"_s,
                                               u"line one\nline two\ttabbed \\ back"_s));
            break;
        }
    }
}

// The bytes a save of `example` after `count` edits must hold.
inline QByteArray expectedAfterEdits(int count)
{
    Document document;
    Diagnostics errors;
    if (!document.load(reliabilityExample(), &errors))
        return {};
    applyEdits(&document, count);
    return ProjectWriter::write(document.project());
}

} // namespace portolan::test

namespace portolan::test {

// The save loop's two states. State A is the example with a 256 KB
// description, so that a save takes long enough to be killed in the middle;
// state B is A plus every edit above as one undo step. Leaves the document
// in state B, one undo away from A.
inline void pushSaveLoopStates(Document *document)
{
    using namespace Qt::StringLiterals;
    QString big;
    for (int i = 0; big.size() < 256 * 1024; ++i)
        big += u"line %1: \"quoted\" 'single' #hash: colon — ünïcödé\n"_s.arg(i);
    QUndoStack *stack = document->undoStack();
    stack->push(new ChangePropertyEdit(document, u"dc1"_s, u"description"_s, big));
    stack->beginMacro(u"state B"_s);
    applyEdits(document, EditCount);
    stack->endMacro();
}

} // namespace portolan::test
