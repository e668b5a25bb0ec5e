# portolan_add_test(NAME [SOURCES sources...] [MODEL_ONLY] [LINK_ONLY libs...]
#                   [LIBS libs...] [LABELS labels...] [TIMEOUT seconds])
# One Qt Test executable (from SOURCES, else NAME.cpp), registered with
# CTest, run offscreen without the user's catalogs, with the source tree's
# fixtures reachable through PORTOLAN_SOURCE_DIR. It links Portolan::Core
# unless LINK_ONLY names the libraries it stands on instead (a subsystem's
# tests then neither wait for nor break on the others): MODEL_ONLY is
# LINK_ONLY portolan_model (model, I/O, catalogs, project files). LIBS are
# linked besides either. TIMEOUT overrides CTest's default for slow tests.
function(portolan_add_test name)
    cmake_parse_arguments(ARG "MODEL_ONLY" "TIMEOUT" "SOURCES;LINK_ONLY;LIBS;LABELS" ${ARGN})
    set(sources ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    if(NOT sources)
        set(sources ${name}.cpp)
    endif()
    set(base Portolan::Core)
    if(ARG_MODEL_ONLY)
        set(base portolan_model)
    elseif(ARG_LINK_ONLY)
        set(base ${ARG_LINK_ONLY})
    endif()
    qt_add_executable(${name} ${sources})
    target_link_libraries(${name} PRIVATE Qt6::Test ${base} ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE PORTOLAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                               PORTOLAN_BINARY_DIR="${PROJECT_BINARY_DIR}")
    portolan_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PORTOLAN_CATALOG_PATH=${PROJECT_BINARY_DIR}/no-user-catalogs"
        LABELS "${ARG_LABELS}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()
