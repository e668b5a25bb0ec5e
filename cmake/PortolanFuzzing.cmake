# PORTOLAN_BUILD_FUZZERS: libFuzzer needs clang and its runtime (Debian:
# clang, libclang-rt-14-dev). Refuse anything else clearly rather than fail
# later at the first fuzz target's link.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR
        "PORTOLAN_BUILD_FUZZERS needs clang with libFuzzer, not ${CMAKE_CXX_COMPILER_ID}: "
        "apt-get install clang libclang-rt-14-dev, then cmake --preset fuzz "
        "(or -DCMAKE_CXX_COMPILER=clang++).")
endif()

include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address,undefined")
check_cxx_source_compiles([=[
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }
]=] PORTOLAN_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
if(NOT PORTOLAN_HAVE_LIBFUZZER)
    message(FATAL_ERROR
        "PORTOLAN_BUILD_FUZZERS: ${CMAKE_CXX_COMPILER} cannot link -fsanitize=fuzzer,address,undefined; "
        "apt-get install libclang-rt-14-dev (the libFuzzer and sanitizer runtimes).")
endif()

# Every target is instrumented (fuzzer-no-link: coverage without a second
# main), so libFuzzer sees coverage inside the core and the sanitizers check
# it; only the fuzz executables link libFuzzer's main. UB aborts, so
# libFuzzer records it as a crash. Qt and yaml-cpp come from Debian
# uninstrumented: their bugs would show only where our calls corrupt memory.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
