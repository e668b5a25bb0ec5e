#!/usr/bin/env python3
"""Merges translation batches into store.json and writes the store into the
German and French .ts files (finished translations, all plural forms).
A batch line is `id @@ german @@ french`, ids from dump.py's map; `\\n`
stands for a newline and ` || ` separates plural forms of numerus messages.
Usage: fill.py STORE_JSON IDS_JSON|- DE_TS FR_TS [BATCH...]"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

store_path = Path(sys.argv[1])
store = json.loads(store_path.read_text()) if store_path.exists() else {}
ids = json.loads(Path(sys.argv[2]).read_text()) if sys.argv[2] != "-" else {}
de_ts, fr_ts = Path(sys.argv[3]), Path(sys.argv[4])
for batch in sys.argv[5:]:
    for line in Path(batch).read_text().splitlines():
        if not line.strip():
            continue
        n, de, fr = line.split(" @@ ")
        store[ids[n]] = {"de": de.replace("\\n", "\n"), "fr": fr.replace("\\n", "\n")}
store_path.write_text(json.dumps(store, ensure_ascii=False, indent=0, sort_keys=True) + "\n")


def placeholders(text):
    return sorted(re.findall(r"%L?\d+|%n", text))


def fill(ts, lang):
    tree = ET.parse(ts)
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            entry = store.get(name + "\x1f" + source)
            translation = message.find("translation")
            if entry is None:
                missing += 1
                continue
            text = entry[lang]
            for attr in ("type",):
                translation.attrib.pop(attr, None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in text.split(" || "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
                if placeholders(text) != placeholders(source):
                    print(f"{lang} placeholder mismatch: {name}: {source!r} -> {text!r}")
                if source.startswith(" ") != text.startswith(" ") or source.endswith(" ") != text.endswith(" "):
                    print(f"{lang} space mismatch: {name}: {source!r}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{ts.name}: {missing} messages without translation")


fill(de_ts, "de")
fill(fr_ts, "fr")
