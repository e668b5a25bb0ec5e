#pragma once

#include "flowexplainer.h"

#include <QCoreApplication>

namespace portolan {

// One explained flow in words, hop by hop: what each element does to the
// packet, the addresses and ports it leaves with, and where and why it
// stops. `portolan-cli explain` prints it; the desktop app shows it for the
// flow under the pointer or selected in the flows table.
class FlowExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(FlowExplanationText)
public:
    // "api-consumers -> kong-a  tcp 8443  (kong-0.x/node proxy-ssl, clients): works"
    static QString heading(const Flow &flow);
    // What the step's element does: "NAT translates 203.0.113.21:443 -> 192.168.1.10:8443".
    static QString action(const FlowExplainer::Explained &explained, const FlowPaths::Step &step);
    // The numbered steps, the destination's admission or the stop last.
    static QStringList steps(const FlowExplainer::Explained &explained);
    // The heading and the steps, indented, one per line.
    static QString text(const FlowExplainer::Explained &explained);
    // The one explained flow of `derivation` whose key is `flowKey`; nothing when
    // the plan has no such flow.
    static std::optional<FlowExplainer::Explained> explainOne(const Derivation &derivation, const Flow &flow);
};

} // namespace portolan
