#!/usr/bin/env bash
# Every C++ source and header is as .clang-format says (issue 23: the style
# is checked, not hoped for). Fixture folders hold inputs, not our code.
# Usage: check_format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
cd "$2"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v -E '/fixtures/')
else
    mapfile -t files < <(find app core tests benchmarks fuzz -name '*.cpp' -o -name '*.h' 2>/dev/null |
                         grep -v -E '/fixtures/' | sort)
fi
if [ "${#files[@]}" -lt 100 ]; then
    echo "check_format: found only ${#files[@]} sources under $2; wrong folder?" >&2
    exit 1
fi
if ! "$clang_format" --dry-run -Werror "${files[@]}"; then
    echo "check_format: run '$clang_format -i' on the files above (see .clang-format)" >&2
    exit 1
fi
echo "check_format: ${#files[@]} files formatted as .clang-format says"
