// One libFuzzer entry point per executable; CMake picks the check with
// PORTOLAN_FUZZ_CHECK (see fuzz/CMakeLists.txt).
#include "fuzzchecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure =
        portolan::fuzz::PORTOLAN_FUZZ_CHECK(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (!failure.isEmpty()) {
        // A broken contract is a finding like a crash: abort so libFuzzer
        // saves the input as crash-<sha1>.
        std::fprintf(stderr, "portolan fuzz check failed: %s\n", qUtf8Printable(failure));
        std::abort();
    }
    return 0;
}
