#include "clicommand.h"
#include "commands/commands.h"

namespace portolan {

// Every command, in the order --help lists them: by name. A new command is
// one entry here and one function in commands/.
QList<CliCommand> CliRegistry::commands()
{
    return {
        auditCommand(),     catalogsCommand(), checkCommand(), diffCommand(),
        explainCommand(),   exportCommand(),   flowsCommand(), labCommand(),
        reconcileCommand(), renderCommand(),   rulesCommand(), settingsCommand(),
    };
}

const CliCommand *CliRegistry::find(const QList<CliCommand> &commands, const QString &name)
{
    for (const CliCommand &c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace portolan
