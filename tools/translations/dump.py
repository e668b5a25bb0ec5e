#!/usr/bin/env python3
"""Lists the messages of a .ts file that the store does not translate yet,
one per line as `id<TAB>context<TAB>source` (newlines shown as \\n), and
writes the id -> (context, source) map that fill.py needs to read batches.
Usage: dump.py TS_FILE STORE_JSON OUT_TSV"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ts, store_path, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
store = json.loads(store_path.read_text()) if store_path.exists() else {}
rows, ids = [], {}
for context in ET.parse(ts).getroot().iter("context"):
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        key = name + "\x1f" + source
        if key in store:
            continue
        n = len(rows) + 1
        ids[n] = key
        flag = "#N " if message.get("numerus") == "yes" else ""
        rows.append(f"{n}\t{name}\t{flag}{source.replace(chr(10), chr(92) + 'n')}")
out.write_text("\n".join(rows) + "\n")
Path(str(out) + ".ids.json").write_text(json.dumps(ids))
print(len(rows), "untranslated")
