#!/usr/bin/env python3
"""Compares the field tables the plugin emitted with the tables
`dataflow-view --dump-tables` derives from DWARF.

usage: layout-diff.py VIEWER_TABLES EMITTED...

EMITTED: IR files (*.ll), whose tables are
`@__sancov_dataflow_fields.<Name>[.N] = ... [2N x i64] [...]`, or the
output of `dataflow-view --dump-tables --emitted --binary OBJ` (the table
symbols of an object, a program or a vmlinux). Every emitted table must
equal one of the viewer's tables for <Name>. Prints one line per
difference and a summary `tables compared: N, differences: D`; exits 1 if
D > 0 or nothing was compared."""
import re
import sys
from collections import defaultdict

TABLE = re.compile(
    r'^@(?:"__sancov_dataflow_fields(?P<qn>[^"]*)"|__sancov_dataflow_fields'
    r'(?P<n>[^\s=]*)) = (?:private|internal) unnamed_addr constant \[(?P<k>\d+) x i64\] '
    r'\[(?P<body>[^\]]*)\]')


def plugin_tables(path):
    if not path.endswith(".ll"):
        for name, tables in viewer_tables(path).items():
            for pairs in tables:
                yield name, pairs
        return
    with open(path, errors="replace") as f:
        for line in f:
            m = TABLE.match(line)
            if not m:
                continue
            name = m.group("qn") if m.group("qn") is not None else m.group("n")
            if name.startswith("."):
                name = name[1:]
            # The module's renaming of a second table of the same name.
            name = re.sub(r"\.\d+$", "", name)
            words = [int(w.split()[1]) for w in m.group("body").split(",")]
            pairs = tuple(zip(words[0::2], words[1::2]))
            yield name, pairs


def viewer_tables(path):
    tables = defaultdict(set)
    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            name, _, rest = line.rpartition(":")
            pairs = tuple(tuple(int(x) for x in p.split(","))
                          for p in rest.split())
            tables[name].add(pairs)
    return tables


def fmt(pairs):
    return " ".join(f"{o},{s}" for o, s in pairs)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    viewer = viewer_tables(sys.argv[1])
    compared = differences = 0
    seen = set()
    for ir in sys.argv[2:]:
        for name, pairs in plugin_tables(ir):
            if (name, pairs) in seen:
                continue
            seen.add((name, pairs))
            compared += 1
            if pairs in viewer.get(name, ()):
                continue
            differences += 1
            want = " | ".join(fmt(p) for p in sorted(viewer.get(name, ())))
            print(f"difference: {name or '<anonymous>'}: plugin {fmt(pairs)}; "
                  f"viewer {want or 'no table'}")
    print(f"tables compared: {compared}, differences: {differences}")
    sys.exit(1 if differences or not compared else 0)


if __name__ == "__main__":
    main()
