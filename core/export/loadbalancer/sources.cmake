# Load balancer exporters (HAProxy, nginx stream). Included by
# core/export/CMakeLists.txt; registered by gateway/networkexporters.cpp.
target_sources(portolan_export PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loadbalancertarget.cpp ${CMAKE_CURRENT_LIST_DIR}/loadbalancertarget.h
    ${CMAKE_CURRENT_LIST_DIR}/haproxyexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/haproxyexporter.h
)
