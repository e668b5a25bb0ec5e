#pragma once

#include <QByteArrayView>
#include <QString>

namespace portolan::fuzz {

// The properties each fuzz target checks on one input. Every function
// returns an empty string when the core kept its contract, else what broke;
// memory errors and undefined behaviour are left to the sanitizers. They
// are plain functions so that the libFuzzer executables (fuzzmain.cpp) and
// the normal test suite's replay of the corpus and of past crashers
// (tests/fuzz) run exactly the same code.

// ProjectReader on the bytes: a refusal carries a diagnostic; a project that
// loads saves to bytes that load to an equal project and save again to the
// same bytes.
QString checkProjectReader(QByteArrayView data);

// CatalogReader on the bytes: a refusal carries a diagnostic; a catalog that
// loads joins a CatalogSet beside the bundled catalogs or is refused with a
// diagnostic.
QString checkCatalogReader(QByteArrayView data);

// A project loaded from the bytes against the bundled catalogs, derived, and
// exported by every exporter of the registry into one bundle: derivation is
// deterministic and every generated path is relative, inside the bundle and
// unique.
QString checkDeriveExport(QByteArrayView data);

// The readers of today's rules (core/reconcile) on the bytes: a refusal
// carries a diagnostic with a line; a program that is read evaluates, every
// rule and note it has is located, and it reconciles against a small rule
// set. checkIptablesReader reads the bytes as iptables-save output and as
// ipset save output, checkNftJsonReader as nft -j JSON, checkAwsReader as
// describe-security-groups JSON, checkK8sPolicyReader as NetworkPolicy YAML.
QString checkIptablesReader(QByteArrayView data);
QString checkNftJsonReader(QByteArrayView data);
QString checkAwsReader(QByteArrayView data);
QString checkK8sPolicyReader(QByteArrayView data);

} // namespace portolan::fuzz
