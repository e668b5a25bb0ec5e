// Writes DeploymentGenerator's project of N nodes (default 1,000) to stdout,
// so the CLI can be run on exactly what the benchmarks measure (e.g. to
// compare `portolan-cli check` output before and after a review change).
#include "deploymentgenerator.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 1000;
    const QByteArray yaml = portolan::DeploymentGenerator::generate(nodes);
    return std::fwrite(yaml.constData(), 1, size_t(yaml.size()), stdout) == size_t(yaml.size()) ? 0 : 1;
}
