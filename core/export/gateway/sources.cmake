# Gateway exporters (boundary firewalls and NAT layers) and the `network`
# family's registration. Included by core/export/CMakeLists.txt.
target_sources(portolan_export PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gatewaytarget.cpp ${CMAKE_CURRENT_LIST_DIR}/gatewaytarget.h
    ${CMAKE_CURRENT_LIST_DIR}/gatewaynftablesexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/gatewaynftablesexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/gatewayiptablesexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/gatewayiptablesexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/gatewaypfexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/gatewaypfexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/networkexporters.cpp ${CMAKE_CURRENT_LIST_DIR}/networkexporters.h
    ${CMAKE_CURRENT_LIST_DIR}/networkreadme.cpp ${CMAKE_CURRENT_LIST_DIR}/networkreadme.h
)
