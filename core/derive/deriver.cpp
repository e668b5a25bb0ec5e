#include "deriver.h"

#include "adminflows.h"
#include "boundaryhops.h"
#include "clientflows.h"
#include "derivecontext.h"
#include "egressflows.h"
#include "flowpaths.h"
#include "internalflows.h"
#include "loadbalancerflows.h"
#include "localports.h"
#include "nathops.h"
#include "peerflows.h"
#include "resolvecomponents.h"
#include "reuseflows.h"
#include "rulesetbuilder.h"
#include "sortflows.h"

#include <algorithm>

namespace portolan {

namespace {

void runFlowPasses(DeriveContext &context)
{
    ResolveComponents::run(context);
    ClientFlows::run(context);
    AdminFlows::run(context);
    LoadBalancerFlows::run(context);
    PeerFlows::run(context);
    InternalFlows::run(context);
    EgressFlows::run(context);
    LocalPorts::run(context);
    NatHops::run(context);
    BoundaryHops::run(context);
    SortFlows::run(context);
    FlowPaths::run(context);
}

} // namespace

Derivation Deriver::derive(const Project &project, const CatalogSet &catalogs)
{
    StagedDerivation staged(project, catalogs);
    Derivation derivation = staged.derivation();
    derivation.ruleSets = staged.ruleSets();
    return derivation;
}

StagedDerivation::StagedDerivation(const Project &project, const CatalogSet &catalogs,
                                   std::shared_ptr<const DerivationMemo> previous)
    : m_context(std::make_unique<DeriveContext>(project, catalogs)), m_previous(std::move(previous))
{
    runFlowPasses(*m_context);
    if (m_previous)
        m_flowChanges = ReuseFlows::run(*m_context, m_previous->flows, m_previous->flowKeys);
}

StagedDerivation::~StagedDerivation() = default;

Derivation StagedDerivation::derivation() const
{
    Derivation derivation;
    derivation.flows = m_context->flows; // shared, not copied
    derivation.localPorts = m_context->localPorts;
    derivation.refused = m_context->refused;
    std::stable_sort(derivation.refused.begin(), derivation.refused.end(),
                     [](const RefusedUse &a, const RefusedUse &b) {
                         return std::tie(a.client, a.target, a.component, a.port) <
                                std::tie(b.client, b.target, b.component, b.port);
                     });
    return derivation;
}

QList<RuleSet> StagedDerivation::ruleSets()
{
    m_memo = std::make_shared<DerivationMemo>();
    m_memo->flows = m_context->flows;
    m_memo->flowKeys = m_context->flowKeys;
    m_reused = 0;
    return RuleSetBuilder::run(*m_context, m_previous ? &m_previous->ruleSets : nullptr, &m_memo->ruleSets,
                               &m_reused);
}

FlowList Deriver::flows(const Project &project, const CatalogSet &catalogs)
{
    DeriveContext context(project, catalogs);
    runFlowPasses(context);
    return std::move(context.flows);
}

} // namespace portolan
