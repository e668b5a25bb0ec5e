# One place for compiler warnings so every target of ours gets the same set.
function(portolan_set_warnings target)
    # -Wshadow=local is GCC's spelling; clang (the fuzz build) has no exact
    # equivalent and would reject it as an unknown option under -Werror.
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                           -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(PORTOLAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # QT_NO_CAST_FROM_ASCII keeps user-visible text honest: every literal is
    # either u"..."_s / QStringLiteral (data) or tr() (user-visible).
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                               QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
    portolan_use_shared_pch(${target})
endfunction()

# Adds every immediate sub-folder of the current source dir that has a
# CMakeLists.txt. Subsystems are added by creating their folder, so parallel
# work never fights over one list.
function(portolan_add_subsystems)
    file(GLOB children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT children)
    foreach(child IN LISTS children)
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()
