#pragma once

#include <QString>

namespace portolan {

class Document;

// Sets every setting review proposes for `node` (all nodes when empty) that
// differs from what the node has now, through ChangePropertyEdit inside
// one undo macro, so one Undo takes the whole proposal back. The proposal
// is worked out from the document as it is now, not from a snapshot that
// may be a moment old. Returns how many settings changed (0 = no step).
int applyProposedSettings(Document *document, const QString &node = {});

} // namespace portolan
