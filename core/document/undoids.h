#pragma once

namespace portolan {

// Every mergeable undoable edit's QUndoCommand::id(), in one place so two
// commands can never merge by accident (Tiled's undocommands.h habit).
enum UndoId : int
{
    UndoMoveElements = 1, // consecutive moves with the same merge key (one drag, arrow-key nudges)
    UndoResizeZone,       // one resize drag
    UndoChangeProperty,   // typing in one inspector field of one element
    UndoEditCatalog,      // typing in one field of the catalog editor (app/gui/catalogs)
};

} // namespace portolan
