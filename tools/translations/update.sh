#!/bin/sh
# Refreshes translations/portolan_{de,fr}.ts from the sources with the same
# lupdate options as the build, fills them from store.json, and lists the
# messages still to translate in $TMPDIR/portolan-untranslated.tsv. Translate
# those into a batch file (`id @@ german @@ french`) and run
#   update.sh batchNN.txt
# which merges the batch into the store and writes the .ts files again.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
out=${TMPDIR:-/tmp}/portolan-untranslated.tsv
cd "$repo"
find "$repo/core" "$repo/app" -name '*.cpp' -o -name '*.h' | sort > "$out.sources"
ts="translations/portolan_de.ts translations/portolan_fr.ts"
ids=-
[ $# -gt 0 ] && ids="$out.ids.json"
python3 tools/translations/fill.py tools/translations/store.json "$ids" $ts "$@"
"$lupdate" -silent -no-obsolete -locations none @"$out.sources" -ts $ts
python3 tools/translations/fill.py tools/translations/store.json - $ts
"$lupdate" -silent -no-obsolete -locations none @"$out.sources" -ts $ts
python3 tools/translations/dump.py translations/portolan_de.ts tools/translations/store.json "$out"
tr '\n' ';' < "$out.sources" > "$out.sources.lst"
python3 tests/translations/check_translations.py "$lupdate" "$out.sources.lst" $ts || true
