#pragma once

#include "filterprogram.h"

#include <QCoreApplication>
#include <QHash>

namespace portolan {

struct ExportInput;

// How pods stand for the plan: the labels of the point's pods, and for each
// pod label value that a podSelector peer may name, the addresses of the
// plan point whose pods carry it.
struct K8sPodNames
{
    QString labelKey;                   // "portolan.io/node"
    QString point;                      // the point's pods carry labelKey: point
    QHash<QString, CidrList> addresses; // label value -> the point's addresses
};

// Reads Kubernetes NetworkPolicy YAML (one or more documents; other kinds
// are skipped) into a FilterProgram of an ingress and an egress chain for
// the pods of one point: the policies whose podSelector selects them apply;
// a direction that an applying policy isolates (policyTypes, or Ingress by
// default and Egress when the policy has egress rules) has a DROP policy
// and the policies' rules as accept rules (a union), else it is open. Each
// peer of a rule is a rule with its file:line:column: ipBlock with except,
// a podSelector on the label key resolved to that point's addresses; ports
// with protocol and endPort. What cannot be resolved from the file and the
// plan (namespaceSelector, other labels, matchExpressions, named ports) is
// kept as not understood. Malformed YAML is a Diagnostic.
class K8sPolicyReader
{
    Q_DECLARE_TR_FUNCTIONS(K8sPolicyReader)
public:
    // True when the text has a `kind: NetworkPolicy` line.
    static bool looksLike(const QByteArray &content);
    static std::optional<FilterProgram> read(const QByteArray &content, const QString &fileName,
                                             const K8sPodNames &names, Diagnostics *errors);
    // The pod labels Portolan's Kubernetes export gives the point's pods and
    // every other node's pods.
    static K8sPodNames namesFor(const ExportInput &input, const QString &pointId);
};

} // namespace portolan
