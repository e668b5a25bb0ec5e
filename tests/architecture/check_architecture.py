#!/usr/bin/env python3
"""Checks that docs/architecture.md draws the module links CMake has, and
that no module includes a header of a module it does not link.

usage: check_architecture.py SOURCE_DIR BUILD_DIR

BUILD_DIR/module-links.txt is written at configure time
(cmake/PortolanArchitecture.cmake): "target source-dir: linked targets".
The drawing is the mermaid block of docs/architecture.md; its edges are
"a --> b" with the short names (portolan_derive is derive, portolan-cli is
cli, portolan is app). Exit 0 when both agree, 1 with every difference.
"""
import os
import re
import sys


def short(target):
    if target == "portolan":
        return "app"
    if target == "portolan-cli":
        return "cli"
    if target == "Portolan::Core":
        return "core"
    return target.removeprefix("portolan_")


def read_links(build_dir):
    modules = {}
    with open(os.path.join(build_dir, "module-links.txt"), encoding="utf-8") as f:
        for line in f:
            head, _, tail = line.partition(":")
            target, source_dir = head.split()
            links = [l for l in tail.split() if l.startswith(("portolan", "Portolan::"))]
            modules[short(target)] = (source_dir, {short(l) for l in links})
    return modules


def read_drawing(source_dir):
    text = open(os.path.join(source_dir, "docs", "architecture.md"), encoding="utf-8").read()
    block = re.search(r"```mermaid\n(.*?)```", text, re.S)
    if not block:
        return None
    edges = set()
    for a, b in re.findall(r"^\s*([\w-]+)(?:\[[^\]]*\])?\s*-->\s*([\w-]+)", block.group(1), re.M):
        edges.add((a, b))
    return edges


def closure(modules, name):
    seen, todo = set(), [name]
    while todo:
        for linked in modules.get(todo.pop(), ("", set()))[1]:
            if linked not in seen:
                seen.add(linked)
                todo.append(linked)
    return seen


def owner(modules, rel_path):
    """The module whose folder holds rel_path, the deepest folder winning.
    The interface target core owns no file; app (the editor's executable)
    shares app/gui with the gui library, whose files those are."""
    best, best_len = None, -1
    for name, (source_dir, _) in modules.items():
        if name in ("core", "app"):
            continue
        prefix = source_dir.rstrip("/") + "/"
        if rel_path.startswith(prefix) and len(prefix) > best_len:
            best, best_len = name, len(prefix)
    return best


def main():
    source_dir, build_dir = sys.argv[1], sys.argv[2]
    modules = read_links(build_dir)
    problems = []

    drawn = read_drawing(source_dir)
    if drawn is None:
        problems.append("docs/architecture.md: no ```mermaid block with the module graph")
        drawn = set()
    linked = {(a, b) for a, (_, links) in modules.items() for b in links}
    for a, b in sorted(linked - drawn):
        problems.append(f"docs/architecture.md: missing edge {a} --> {b} (CMake links it)")
    for a, b in sorted(drawn - linked):
        problems.append(f"docs/architecture.md: edge {a} --> {b} is drawn but CMake does not link it")

    roots = ["core", "app", "app/gui", "app/cli", "translations"]
    for top in ("core", "app"):
        for folder, _, files in os.walk(os.path.join(source_dir, top)):
            for name in files:
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, source_dir)
                mine = owner(modules, rel)
                if mine is None:
                    continue
                allowed = closure(modules, mine) | {mine}
                if mine == "gui":
                    allowed |= closure(modules, "app")
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                        if not m:
                            continue
                        candidates = [os.path.join(folder, m.group(1))]
                        candidates += [os.path.join(source_dir, r, m.group(1)) for r in roots]
                        found = next((c for c in candidates if os.path.isfile(c)), None)
                        if found is None:
                            continue  # generated (moc, ui) or a system header in quotes
                        theirs = owner(modules, os.path.relpath(found, source_dir))
                        if theirs and theirs not in allowed:
                            problems.append(f"{rel}:{number}: includes {m.group(1)} of module {theirs}, "
                                            f"which {mine} does not link (add it to {mine}'s "
                                            f"target_link_libraries and to docs/architecture.md)")
    for p in problems:
        print(p)
    print(f"check_architecture: {len(modules)} modules, {len(linked)} links, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
