#!/usr/bin/env bash
# Fails when the last ctest run in BUILD_DIR skipped anything that
# tests/expected-skips.txt does not list: a test that skips because the
# install script forgot a tool is a hidden failure, not a pass.
#   check-skips.sh BUILD_DIR PRESET CTEST_OUTPUT
# Skips are read from ctest's full log (Testing/Temporary/LastTest.log): Qt
# Test's "SKIP   :" lines, one per skipped function or data row; and from
# ctest's console output (CTEST_OUTPUT): whole tests "Skipped" (exit code 77)
# or "Not Run".
# expected-skips.txt lines: "PRESET TEST REASON" ("*" for every preset);
# a skip is expected when TEST names it and REASON is part of what it said,
# so the same test skipping for another reason (a missing tool) still fails.
set -euo pipefail
build=$1 preset=$2 console=$3
here=$(cd "$(dirname "$0")/.." && pwd)
log=$build/Testing/Temporary/LastTest.log
allow=$here/tests/expected-skips.txt
[ -f "$log" ] || { echo "check-skips: no ctest log at $log" >&2; exit 2; }

# One "NAME<TAB>REASON" line per skip.
mapfile -t skipped < <(
    { grep -E '^SKIP   : ' "$log" | sed -E 's/^SKIP   : ([^ (]+)(\([^)]*\))? ?(.*)/\1\t\3/' || true
      grep -E 'Test +#[0-9]+: .*(\*\*\*Skipped|\*\*\*Not Run)' "$console" |
          sed -E 's/.*Test +#[0-9]+: ([^ ]+).*/\1\t(whole test)/' || true
    })

expected() { # NAME REASON
    [ -f "$allow" ] || return 1
    local p t r
    while read -r p t r; do
        case $p in '' | '#'*) continue ;; esac
        [ "$p" = "$preset" ] || [ "$p" = '*' ] || continue
        [ "$t" = "$1" ] || continue
        [[ "$2" == *"$r"* ]] && return 0
    done < "$allow"
    return 1
}

unexpected=0
echo "check-skips ($preset): ${#skipped[@]} skipped"
for s in "${skipped[@]}"; do
    [ -n "$s" ] || continue
    name=${s%%$'\t'*} reason=${s#*$'\t'}
    if expected "$name" "$reason"; then
        echo "  expected: $name: $reason"
    else
        echo "  NOT EXPECTED: $name: $reason"
        unexpected=$((unexpected + 1))
    fi
done
if [ "$unexpected" -gt 0 ]; then
    echo "check-skips: $unexpected unexpected skip(s); install what they need (scripts/install-deps.sh)" \
         "or list them with the reason in tests/expected-skips.txt" >&2
    exit 1
fi
