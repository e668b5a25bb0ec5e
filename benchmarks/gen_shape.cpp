// Writes one plan of the shape family (ShapeGenerator) as a project folder,
// so `portolan-cli check` and `export` can be timed as whole processes:
// DIR/shape.yaml, and DIR/catalogs/<id>.yaml for each user catalog it uses
// (the catalog folder beside a project is read with it).
//   gen_shape DIMENSION N DIR    (DIMENSION as bench_shapes names it, e.g. nat_zones)
#include "shapegenerator.h"
#include "writefile.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace portolan;

int main(int argc, char **argv)
{
    using Dimension = ShapeGenerator::Dimension;
    const QList<Dimension> all{Dimension::Nodes,
                               Dimension::Clients,
                               Dimension::UsesPerClient,
                               Dimension::PortsPerComponent,
                               Dimension::ComponentsPerNode,
                               Dimension::NatMappings,
                               Dimension::NestingDepth,
                               Dimension::MemberSetSize,
                               Dimension::FlowsPerPoint,
                               Dimension::ClusterSites,
                               Dimension::NatZones};
    const Dimension *dimension = nullptr;
    for (const Dimension &d : all)
        if (argc == 4 && std::strcmp(argv[1], ShapeGenerator::name(d)) == 0)
            dimension = &d;
    const int n = argc == 4 ? std::atoi(argv[2]) : 0;
    if (!dimension || n < 1) {
        std::fprintf(stderr, "usage: gen_shape DIMENSION N DIR\nDIMENSION:");
        for (Dimension d : all)
            std::fprintf(stderr, " %s", ShapeGenerator::name(d));
        std::fprintf(stderr, "\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[3]);
    if (!QDir().mkpath(dir + QStringLiteral("/catalogs")))
        return 1;
    const ShapeGenerator::Plan plan = ShapeGenerator::generate(*dimension, n);
    bool ok = writeFile(dir + QStringLiteral("/shape.yaml"), plan.project);
    for (const QByteArray &catalog : plan.catalogs) {
        // The catalog's id names its file (the reader checks that).
        const QByteArray id = catalog.mid(catalog.indexOf("\nid: ") + 5).split('\n').first();
        ok = ok &&
             writeFile(dir + QStringLiteral("/catalogs/") + QString::fromUtf8(id) + QStringLiteral(".yaml"),
                       catalog);
    }
    return ok ? 0 : 1;
}
