#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// Kubernetes NetworkPolicy (networking.k8s.io/v1), one per node of the plan:
// the node's host rule set becomes a policy selecting the pods labelled
// `portolan.io/node: <node>`, with both policy types so that everything not
// allowed is denied, as on the other targets. CIDR peers become ipBlock,
// group references a podSelector on the referenced node's label. A port
// range uses `endPort`, which needs Kubernetes >= 1.25 and a CNI that
// enforces it; the file says so when it uses one.
class KubernetesExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesExporter)
public:
    static constexpr const char16_t *NodeLabel = u"portolan.io/node";

    QString id() const override { return QStringLiteral("kubernetes"); }
    QString title() const override { return tr("Kubernetes NetworkPolicy"); }
    QString family() const override { return QStringLiteral("cloud"); }
    ExportResult generate(const ExportInput &input) const override;
};

} // namespace portolan
