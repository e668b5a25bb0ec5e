# Build speed: CI builds the whole tree twice (GCC, then GCC with
# sanitizers) on two cores, so compile and link time is CI time.

# Precompiled headers. With GCC, the Qt Core and standard headers every file
# includes (cmake/pch/portolanpch.h) are parsed once and every target of ours
# reuses that precompiled header instead of parsing them again: they were
# about half of a typical file's compile time. GCC refuses a precompiled
# header in a file whose macros differ from the header's in a way it
# checks, in particular one that lacks a macro defined when the header was
# built; so its host, portolan_pch, links Qt Core alone and defines no more
# than any of our targets. Clang (the fuzz build) rejects a reused header
# whose macros differ rather than ignoring it, so it compiles without one.
# Since the header is included into every file, a file that forgets an
# #include of one of its Qt headers still compiles here; the fuzz build,
# which has no precompiled header, compiles core/ without it and catches
# that there.
option(PORTOLAN_PCH "Precompile the common Qt and standard headers (GCC only)" ON)
set(PORTOLAN_PCH_HOST portolan_pch)

function(portolan_use_shared_pch target)
    if(NOT PORTOLAN_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    if(target STREQUAL PORTOLAN_PCH_HOST)
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/portolanpch.h)
    elseif(TARGET ${PORTOLAN_PCH_HOST})
        target_precompile_headers(${target} REUSE_FROM ${PORTOLAN_PCH_HOST})
    endif()
    # CMake adds -Winvalid-pch: a header GCC finds unusable would otherwise
    # be parsed silently instead; under -Werror that is a build error, so
    # the saving cannot rot unseen.
endfunction()

# Called once portolan_set_warnings exists, before any other target.
function(portolan_add_pch_host)
    if(NOT PORTOLAN_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    add_library(${PORTOLAN_PCH_HOST} STATIC ${PROJECT_SOURCE_DIR}/cmake/pch/portolanpch.cpp)
    target_link_libraries(${PORTOLAN_PCH_HOST} PRIVATE Qt6::Core)
    set_target_properties(${PORTOLAN_PCH_HOST} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    portolan_set_warnings(${PORTOLAN_PCH_HOST})
endfunction()

# mold links the eighty-odd test programs, each holding the static core
# libraries, several times faster than the default ld.bfd; Debian 12 ships
# it (scripts/install-deps.sh installs it). Without it the default linker
# is used: slower, same result.
find_program(PORTOLAN_MOLD ld.mold)
if(PORTOLAN_MOLD)
    add_link_options(-fuse-ld=mold)
endif()
