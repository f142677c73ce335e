#!/usr/bin/env bash
# The differential layout check over real code (docs/RELIABILITY.md): every
# {offset, size} table the plugin emits equals the table dataflow-view
# derives from DWARF for the same struct (test/Viewer/layout-tables.test
# runs the same comparison in CI over a small corpus).
#
#   bench/reliability/layout-diff.sh [VMLINUX]
#
# sqlite3.c (bench/sqlite/source.sh fetches and caches it) is compiled with
# the plugin to IR at each level of LEVELS [O0 O2], the IR to an object
# with -g, and the tables in the IR (@__sancov_dataflow_fields.*) and in the
# object's symbols (`dataflow-view --dump-tables --emitted`) compared with
# `dataflow-view --dump-tables --binary OBJ`. scripts/check.sh runs it.
#
# VMLINUX (a kernel built with the plugin, e.g. kernel/e2e's `all`): its
# table symbols (`dataflow-view --dump-tables --emitted`) are compared with
# the tables derived from its own DWARF (test/Kernel/layout-tables-all.test
# does this in CI when that kernel is built).
#
# Environment: BUILD [build/], CLANG [clang-22], OUT [mktemp -d].
# Prints `tables compared: N, differences: D` per level; exit status 1 on
# any difference.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$(realpath "${BUILD:-$ROOT/build}")
CLANG=${CLANG:-clang-22}
LEVELS=${LEVELS:-O0 O2}
OUT=${OUT:-$(mktemp -d)}
PLUGIN=$BUILD/lib/SanCovDataflow.so
VIEW=$BUILD/bin/dataflow-view
DIFF=$ROOT/test/Viewer/Inputs/layout/layout-diff.py

die() { echo "layout-diff.sh: $*" >&2; exit 1; }
for f in "$PLUGIN" "$VIEW"; do
  [ -e "$f" ] || die "$f not found (build first)"
done
. "$ROOT/bench/sqlite/source.sh"
sqlite_source "${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow"

status=0
if [ $# -gt 0 ]; then
  "$VIEW" --dump-tables --binary "$1" > "$OUT/vmlinux.dwarf"
  "$VIEW" --dump-tables --emitted --binary "$1" > "$OUT/vmlinux.emitted"
  printf '%s: ' "$1"
  python3 "$DIFF" "$OUT/vmlinux.dwarf" "$OUT/vmlinux.emitted" || status=1
fi
for level in $LEVELS; do
  ir=$OUT/sqlite3-$level.ll obj=$OUT/sqlite3-$level.o
  "$CLANG" -fpass-plugin="$PLUGIN" -g -"$level" -S -emit-llvm "$SQLITE_C" -o "$ir"
  "$CLANG" -g -"$level" -c "$ir" -o "$obj"
  "$VIEW" --dump-tables --binary "$obj" > "$OUT/sqlite3-$level.tables"
  "$VIEW" --dump-tables --emitted --binary "$obj" > "$OUT/sqlite3-$level.emitted"
  printf 'sqlite %s -%s: ' "$SQLITE_VERSION" "$level"
  python3 "$DIFF" "$OUT/sqlite3-$level.tables" "$ir" "$OUT/sqlite3-$level.emitted" ||
    status=1
done
exit $status
