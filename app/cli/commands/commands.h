#pragma once

#include "clicommand.h"

namespace portolan {

// One function per command, each in its own file of commands/, returning
// its definition; CliRegistry::commands() (cliregistry.cpp) lists them.
CliCommand auditCommand();
CliCommand catalogsCommand();
CliCommand checkCommand();
CliCommand diffCommand();
CliCommand explainCommand();
CliCommand exportCommand();
CliCommand flowsCommand();
CliCommand labCommand();
CliCommand reconcileCommand();
CliCommand renderCommand();
CliCommand rulesCommand();
CliCommand settingsCommand();

} // namespace portolan
