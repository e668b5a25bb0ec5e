#pragma once

namespace portolan {

// Called once at the start of each program (the window, portolan-cli, the
// benchmarks), before any plan is read. A 10,000-node plan builds arrays of
// tens of megabytes (54,000 flows) that grow by doubling. glibc hands every
// block above its mmap threshold (128 KiB at start) fresh pages from the
// kernel and gives them back on free, so each growth paid a page fault per
// 4 KiB page: 25-30 % of deriving that plan went to the kernel. Blocks up to
// 32 MiB now come from the heap, and the heap keeps up to 256 MiB of freed
// memory for the next derivation (the window derives again on every edit).
// No effect where the C library is not glibc, or under a sanitizer that
// brings its own allocator.
void tuneAllocatorForLargePlans();

} // namespace portolan
