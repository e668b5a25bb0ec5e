#!/usr/bin/env bash
# Installs what is missing, then runs three stages (docs/reliability.md):
#   normal - build with warnings as errors (GCC) and run the whole suite
#            headless (ctest, QT_QPA_PLATFORM=offscreen); arguments go to
#            this stage's ctest;
#   asan   - the same suite built with AddressSanitizer, UBSan and leak
#            detection (preset asan);
#   fuzz   - the libFuzzer targets (clang, preset fuzz) on their seed corpus
#            for a short while each; any crash fails.
# Each stage ends with the list of skipped tests and fails on a skip that
# tests/expected-skips.txt does not expect (scripts/check-skips.sh).
# PORTOLAN_TEST_STAGES="normal asan" runs a subset. Prints each stage's time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
export QT_QPA_PLATFORM=offscreen
stages=${PORTOLAN_TEST_STAGES:-normal asan fuzz}
timings=()

run_stage() {
    local name=$1 start=$SECONDS
    shift
    echo "test.sh: stage $name"
    "$@"
    timings+=("$name $((SECONDS - start)) s")
}
# ctest, then the list of what it skipped: a skip not expected in
# tests/expected-skips.txt (a tool the install forgot) fails the stage.
run_ctest() {
    local preset=$1 out
    shift
    out=$(mktemp)
    ctest --preset "$preset" --output-on-failure "$@" | tee "$out"
    scripts/check-skips.sh "build/$preset" "$preset" "$out"
    rm -f "$out"
}
stage_normal() {
    cmake --preset ci >/dev/null
    cmake --build --preset ci
    run_ctest ci "$@"
}
stage_asan() {
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    run_ctest asan
}
stage_fuzz() {
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    run_ctest fuzz
}

for stage in $stages; do
    case $stage in
    normal) run_stage normal stage_normal "$@" ;;
    asan) run_stage asan stage_asan ;;
    fuzz) run_stage fuzz stage_fuzz ;;
    *) echo "test.sh: unknown stage '$stage' (normal, asan, fuzz)" >&2; exit 2 ;;
    esac
done
printf 'test.sh: %s\n' "${timings[@]}"
echo "test.sh: all stages passed ($stages)"
