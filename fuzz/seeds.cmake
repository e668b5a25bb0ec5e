# Seed corpus of each fuzz target, as folders relative to the source root
# (read recursively). Shared by the fuzz smoke tests (fuzz/CMakeLists.txt)
# and the normal suite's replay (tests/fuzz), so the two cannot drift.
# Each target's past crashers, in fuzz/regressions/<target>/, are seeds too.
set(PORTOLAN_FUZZ_SEEDS_projectreader
    resources/examples
    tests/projectio/fixtures/valid
    tests/projectio/fixtures/noncanonical
    tests/projectio/fixtures/broken
    tests/projectio/fixtures/schema-invalid
    fuzz/regressions/projectreader)
set(PORTOLAN_FUZZ_SEEDS_catalogreader
    resources/catalogs
    tests/catalogs/fixtures/broken
    tests/catalogs/fixtures/broken-user
    tests/catalogs/fixtures/user
    tests/catalogs/fixtures/beside/catalogs
    fuzz/regressions/catalogreader)
# Projects that load and derive something: the examples and the review
# fixtures cover every element kind, NAT and load balancer.
set(PORTOLAN_FUZZ_SEEDS_deriveexport
    resources/examples
    tests/projectio/fixtures/valid
    tests/review/fixtures
    fuzz/regressions/deriveexport)
# The rules readers (core/reconcile): their fixtures, real-looking and
# malformed; each reader also sees the others' files.
set(PORTOLAN_FUZZ_SEEDS_iptablesreader
    tests/reconcile/fixtures
    fuzz/regressions/iptablesreader)
set(PORTOLAN_FUZZ_SEEDS_nftjsonreader
    tests/reconcile/fixtures
    fuzz/regressions/nftjsonreader)
set(PORTOLAN_FUZZ_SEEDS_awsreader
    tests/reconcile/fixtures
    fuzz/regressions/awsreader)
set(PORTOLAN_FUZZ_SEEDS_k8spolicyreader
    tests/reconcile/fixtures
    fuzz/regressions/k8spolicyreader)
set(PORTOLAN_FUZZ_TARGETS projectreader catalogreader deriveexport iptablesreader nftjsonreader awsreader
    k8spolicyreader)
