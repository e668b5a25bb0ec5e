# Document exporters (the port matrix as Markdown, CSV and HTML).
# Included by core/export/CMakeLists.txt.
target_sources(portolan_export PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/matrixexporters.cpp ${CMAKE_CURRENT_LIST_DIR}/matrixexporters.h
    ${CMAKE_CURRENT_LIST_DIR}/portmatrix.cpp ${CMAKE_CURRENT_LIST_DIR}/portmatrix.h
    ${CMAKE_CURRENT_LIST_DIR}/portmatrixcsvexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/portmatrixcsvexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/portmatrixhtmlexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/portmatrixhtmlexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/portmatrixmarkdownexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/portmatrixmarkdownexporter.h
)
