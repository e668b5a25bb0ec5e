# portolan_add_test(NAME sources... [MODEL_ONLY] [LIBS libs...] [LABELS labels...])
# One Qt Test executable, registered with CTest, run offscreen with the
# source tree's fixtures reachable through PORTOLAN_SOURCE_DIR. MODEL_ONLY
# links just portolan_model (model, I/O, catalogs, project files), so those
# tests build fast and do not depend on the other subsystems compiling.
function(portolan_add_test name)
    cmake_parse_arguments(ARG "MODEL_ONLY" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    if(ARG_MODEL_ONLY)
        target_link_libraries(${name} PRIVATE Qt6::Test portolan_model ${ARG_LIBS})
    else()
        target_link_libraries(${name} PRIVATE Qt6::Test Portolan::Core ${ARG_LIBS})
    endif()
    target_compile_definitions(${name} PRIVATE PORTOLAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                               PORTOLAN_BINARY_DIR="${PROJECT_BINARY_DIR}")
    portolan_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PORTOLAN_CATALOG_PATH=${PROJECT_BINARY_DIR}/no-user-catalogs"
        LABELS "${ARG_LABELS}")
endfunction()
