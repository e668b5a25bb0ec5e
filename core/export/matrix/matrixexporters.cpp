#include "matrixexporters.h"

#include "portmatrixcsvexporter.h"
#include "portmatrixhtmlexporter.h"
#include "portmatrixmarkdownexporter.h"

namespace portolan {

ExporterList matrixExporters()
{
    ExporterList list;
    list.push_back(std::make_unique<PortMatrixMarkdownExporter>());
    list.push_back(std::make_unique<PortMatrixCsvExporter>());
    list.push_back(std::make_unique<PortMatrixHtmlExporter>());
    return list;
}

} // namespace portolan
