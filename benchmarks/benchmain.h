#pragma once

// The end every benchmark program's main shares: Google Benchmark reads its
// own flags (an unknown one is an error, not a silent full run), runs what
// they select, and the program exits 0.

#include <benchmark/benchmark.h>

namespace portolan::bench {

inline int runBenchmarks(int &argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace portolan::bench
