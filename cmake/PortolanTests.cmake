# portolan_add_test(NAME sources... [LIBS libs...] [LABELS labels...])
# One Qt Test executable, registered with CTest, run offscreen with the
# source tree's fixtures reachable through PORTOLAN_SOURCE_DIR.
function(portolan_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test Portolan::Core ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE PORTOLAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                               PORTOLAN_BINARY_DIR="${PROJECT_BINARY_DIR}")
    portolan_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PORTOLAN_CATALOG_PATH=${PROJECT_BINARY_DIR}/no-user-catalogs"
        LABELS "${ARG_LABELS}")
endfunction()
