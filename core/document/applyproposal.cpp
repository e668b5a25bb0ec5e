#include "applyproposal.h"

#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "review/settingsproposal.h"

#include <QCoreApplication>

namespace portolan {

int applyProposedSettings(Document *document, const QString &node)
{
    QList<ProposedSetting> changes;
    for (const ProposedSetting &s : SettingsProposal::propose(document->project(), document->catalogs()))
        if ((node.isEmpty() || s.node == node) && s.value != s.current)
            changes.append(s);
    if (changes.isEmpty())
        return 0;
    QUndoStack *stack = document->undoStack();
    // The "NatReviewPanel" context keeps the translations made when this
    // lived beside the panel that offers it.
    stack->beginMacro(
        node.isEmpty()
            ? QCoreApplication::translate("NatReviewPanel", "Apply proposed settings")
            : QCoreApplication::translate("NatReviewPanel", "Apply proposed settings to %1").arg(node));
    int applied = 0;
    for (const ProposedSetting &s : std::as_const(changes)) {
        auto command = new ChangePropertyEdit(document, s.node,
                                              ElementProperties::settingKey(s.component, s.key), s.value);
        applied += command->error().isEmpty() ? 1 : 0;
        stack->push(command); // a refused edit is obsolete and leaves nothing behind
    }
    stack->endMacro();
    return applied;
}

} // namespace portolan
