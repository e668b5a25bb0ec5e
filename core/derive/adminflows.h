#pragma once

#include "derivecontext.h"

#include <QCoreApplication>

namespace portolan {

// Pass: `admins` ports. An admin client (role admins, or any client in a
// trusted zone) reaches the admin ports it names; any other client naming one
// is refused. An admin port no client names is reached from the trusted
// zones of the node's site (its top-level zone), or from every trusted zone
// when the site has none, so SSH and admin APIs are never silently
// unreachable nor open to more than the trusted networks.
class AdminFlows
{
    Q_DECLARE_TR_FUNCTIONS(AdminFlows)
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
