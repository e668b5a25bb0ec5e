#!/usr/bin/env bash
# Fails when the last ctest run in BUILD_DIR skipped anything that
# tests/expected-skips.txt does not list: a test that skips because the
# install script forgot a tool is a hidden failure, not a pass.
#   check-skips.sh BUILD_DIR STAGE CTEST_OUTPUT
# Skips are read from ctest's full log (Testing/Temporary/LastTest.log): Qt
# Test's "SKIP   :" lines; and from ctest's console output (CTEST_OUTPUT):
# whole tests "Skipped" (exit code 77) or "Not Run".
# expected-skips.txt lines: "STAGE TEST-FUNCTION-OR-TEST reason..." ("*" for
# every stage); '#' starts a comment.
set -euo pipefail
build=$1 stage=$2 console=$3
here=$(cd "$(dirname "$0")/.." && pwd)
log=$build/Testing/Temporary/LastTest.log
allow=$here/tests/expected-skips.txt
[ -f "$log" ] || { echo "check-skips: no ctest log at $log" >&2; exit 2; }

# "SKIP   : TestClass::function(row) reason" -> "TestClass::function"
mapfile -t skipped < <(
    { grep -E '^SKIP   : ' "$log" | sed -E 's/^SKIP   : ([^ (]+).*/\1/' || true
      grep -E 'Test +#[0-9]+: .*(\*\*\*Skipped|\*\*\*Not Run)' "$console" |
          sed -E 's/.*Test +#[0-9]+: ([^ ]+).*/\1/' || true
    } | sort -u)

expected() {
    [ -f "$allow" ] || return 1
    grep -vE '^\s*(#|$)' "$allow" | awk -v s="$stage" -v t="$1" '($1 == s || $1 == "*") && $2 == t { found = 1 } END { exit !found }'
}

unexpected=()
echo "check-skips ($stage): ${#skipped[@]} skipped"
for s in "${skipped[@]}"; do
    [ -n "$s" ] || continue
    reason=$(grep -E "^SKIP   : ${s}[ (]" "$log" | head -1 | sed -E 's/^SKIP   : [^ (]+(\([^)]*\))? ?//' || true)
    if expected "$s"; then
        echo "  expected: $s $reason"
    else
        echo "  NOT EXPECTED: $s $reason"
        unexpected+=("$s")
    fi
done
if [ ${#unexpected[@]} -gt 0 ]; then
    echo "check-skips: ${#unexpected[@]} unexpected skip(s); install what they need (scripts/install-deps.sh)" \
         "or list them with the reason in tests/expected-skips.txt" >&2
    exit 1
fi
