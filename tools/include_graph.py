#!/usr/bin/env python3
"""Prints the include graph between the source folders: arrows, layers, and includes that point up.

Usage: python3 tools/include_graph.py [REPO]   (run from anywhere; REPO defaults to this checkout)
Floors, lowest first, as ARCHITECTURE.md states them; an include from a floor to a higher one is upward,
one to another folder of the same floor is listed too (a floor's folders do not use each other).
"""
import os
import re
import sys
from collections import defaultdict

FLOORS = [["util", "domain"], ["storage", "secrets"], ["connectors", "analysis", "lifecycle", "team"],
          ["sync", "review", "demo"], ["evidence", "pipeline"], ["ui"], ["app"]]
FLOOR = {folder: n for n, names in enumerate(FLOORS) for folder in names}
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def folder_of(path):
    parts = path.split("/")
    if parts[0] == "core" and len(parts) > 2:
        return parts[1]
    return parts[0] if parts[0] in ("ui", "app") else None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    arrows = defaultdict(int)
    upward = []
    sideways = []
    for top in ("core", "ui", "app"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in files:
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.relpath(os.path.join(dirpath, name), root)
                source = folder_of(path)
                with open(os.path.join(root, path), encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        target = m.group(1).split("/")[0] if "/" in m.group(1) else source
                        if target == "core":
                            target = m.group(1).split("/")[1]
                        if target not in FLOOR or source not in FLOOR or target == source:
                            continue
                        arrows[(source, target)] += 1
                        if FLOOR[target] > FLOOR[source]:
                            upward.append(f"{path}:{number}: {source} -> {target}")
                        elif FLOOR[target] == FLOOR[source]:
                            sideways.append(f"{path}:{number}: {source} -> {target}")
    # Layers: the longest chain of folders, following arrows.
    depth = {}

    def layer(folder, seen=()):
        if folder in seen:
            return 0  # a cycle; reported as upward includes
        if folder not in depth:
            depth[folder] = 1 + max([layer(t, seen + (folder,)) for (s, t) in arrows if s == folder] or [0])
        return depth[folder]

    folders = sorted({f for pair in arrows for f in pair}, key=lambda f: (FLOOR[f], f))
    print(f"folders: {len(folders)}, arrows between them: {len(arrows)}, includes across folders: {sum(arrows.values())}")
    print(f"layers (longest chain of folders): {max(layer(f) for f in folders)}")
    print(f"upward includes: {len(upward)}")
    for line in upward:
        print("  " + line)
    print(f"includes between folders of the same floor: {len(sideways)}")
    for line in sideways:
        print("  " + line)
    for f in folders:
        targets = ", ".join(f"{t} ({arrows[(f, t)]})" for t in sorted({t for (s, t) in arrows if s == f},
                                                                        key=lambda t: (FLOOR[t], t)))
        print(f"  {f} [floor {FLOOR[f]}] -> {targets}")


if __name__ == "__main__":
    main()
