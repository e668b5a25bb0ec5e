#include "allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace portolan {

void tuneAllocatorForLargePlans()
{
#if defined(__GLIBC__)
    // Fixing the mmap threshold also stops glibc from moving it on its own.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's largest on 64 bits
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace portolan
