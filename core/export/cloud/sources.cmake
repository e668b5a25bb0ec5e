# Cloud exporters (AWS, Google Cloud, Azure, DigitalOcean, Kubernetes).
# Included by core/export/CMakeLists.txt.
target_sources(portolan_export PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/awscliexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/awscliexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/awsexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/awsexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/awscloudformationexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/awscloudformationexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/awscloudformationnetwork.cpp ${CMAKE_CURRENT_LIST_DIR}/awscloudformationnetwork.h
    ${CMAKE_CURRENT_LIST_DIR}/awsnetworkresources.cpp ${CMAKE_CURRENT_LIST_DIR}/awsnetworkresources.h
    ${CMAKE_CURRENT_LIST_DIR}/awsresources.cpp ${CMAKE_CURRENT_LIST_DIR}/awsresources.h
    ${CMAKE_CURRENT_LIST_DIR}/awsterraformexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/awsterraformexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/awsterraformnetwork.cpp ${CMAKE_CURRENT_LIST_DIR}/awsterraformnetwork.h
    ${CMAKE_CURRENT_LIST_DIR}/azureterraformexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/azureterraformexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudexporters.cpp ${CMAKE_CURRENT_LIST_DIR}/cloudexporters.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudscope.cpp ${CMAKE_CURRENT_LIST_DIR}/cloudscope.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudtext.cpp ${CMAKE_CURRENT_LIST_DIR}/cloudtext.h
    ${CMAKE_CURRENT_LIST_DIR}/doctlexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/doctlexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/doresources.cpp ${CMAKE_CURRENT_LIST_DIR}/doresources.h
    ${CMAKE_CURRENT_LIST_DIR}/doterraformexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/doterraformexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/gcloudexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/gcloudexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/gcpresources.cpp ${CMAKE_CURRENT_LIST_DIR}/gcpresources.h
    ${CMAKE_CURRENT_LIST_DIR}/gcpterraformexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/gcpterraformexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/hclwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/hclwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/kubernetesexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/kubernetesexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/resourcesexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/uniquenames.cpp ${CMAKE_CURRENT_LIST_DIR}/uniquenames.h
)
