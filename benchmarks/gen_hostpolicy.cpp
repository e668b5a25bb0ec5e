// Writes the one-host policy shape (HostPolicyGenerator) of TERMS terms as a
// project folder, so `portolan-cli export` and `check` can be timed as whole
// processes: DIR/policy.yaml and DIR/catalogs/hostpolicy.yaml (the catalog
// folder beside a project is read with it).
//   gen_hostpolicy TERMS DIR
#include "hostpolicygenerator.h"
#include "writefile.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

using portolan::writeFile;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: gen_hostpolicy TERMS DIR\n");
        return 2;
    }
    const int terms = std::atoi(argv[1]);
    if (terms < 1 || terms > 10 * 1000) {
        std::fprintf(stderr, "TERMS must be 1-10000 (10 components of at most 1,000 ports)\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[2]);
    if (!QDir().mkpath(dir + QStringLiteral("/catalogs")))
        return 1;
    using portolan::HostPolicyGenerator;
    return writeFile(dir + QStringLiteral("/policy.yaml"), HostPolicyGenerator::project(terms)) &&
                   writeFile(dir + QStringLiteral("/catalogs/") +
                                 QLatin1String(HostPolicyGenerator::CatalogId) + QStringLiteral(".yaml"),
                             HostPolicyGenerator::catalog(terms))
               ? 0
               : 1;
}
