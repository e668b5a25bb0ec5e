#!/usr/bin/env python3
"""Fails when a .ts file is out of date with the sources or has unfinished
entries. Usage: check_translations.py LUPDATE SOURCES_LIST TS_FILE...

lupdate runs on a temporary copy of each .ts with the same options the
update_translations target uses; the set of (context, source, comment)
messages must equal the committed file's, and every message must carry a
finished, non-empty translation (all plural forms for numerus messages)."""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    found = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def main():
    lupdate, sources_list = sys.argv[1], Path(sys.argv[2])
    sources = [s for s in sources_list.read_text().split(";") if s.strip()]
    failures = []
    for ts in map(Path, sys.argv[3:]):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            listing = Path(tmp) / "sources.lst"
            listing.write_text("\n".join(sources))
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "@" + str(listing),
                            "-ts", str(copy)], check=True)
            fresh, committed = messages(copy), messages(ts)
        missing = sorted(set(fresh) - set(committed))
        stale = sorted(set(committed) - set(fresh))
        if missing or stale:
            failures.append(f"{ts.name}: out of date with the sources ({len(missing)} new, {len(stale)} gone); "
                            "run `cmake --build <build> --target update_translations` and translate")
            for key in (missing + stale)[:5]:
                failures.append(f"  {key[0]}: {key[1]!r}")
        todo = [key for key, m in committed.items() if unfinished(m)]
        if todo:
            failures.append(f"{ts.name}: {len(todo)} unfinished of {len(committed)} messages")
            for key in todo[:5]:
                failures.append(f"  {key[0]}: {key[1]!r}")
        print(f"{ts.name}: {len(committed)} messages, {len(todo)} unfinished, {len(missing)} new, {len(stale)} gone")
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
