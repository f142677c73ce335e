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
# with -g, and the tables in the IR (@__sancov_dataflow_fields.*) compared
# with `dataflow-view --dump-tables --binary OBJ`.
#
# VMLINUX: not compared. The kernel's IR is not kept by a kernel build, and
# the plugin's tables are private constants in .rodata with no symbol of
# their own, so there is nothing to compare the viewer's tables with; the
# script says so and only covers sqlite.
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

if [ $# -gt 0 ]; then
  echo "layout-diff.sh: $1: not compared (the plugin's tables in a vmlinux" \
    "have no symbols and its IR is not kept); only sqlite is covered" >&2
fi
die() { echo "layout-diff.sh: $*" >&2; exit 1; }
for f in "$PLUGIN" "$VIEW"; do
  [ -e "$f" ] || die "$f not found (build first)"
done
. "$ROOT/bench/sqlite/source.sh"
sqlite_source "${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow"

status=0
for level in $LEVELS; do
  ir=$OUT/sqlite3-$level.ll obj=$OUT/sqlite3-$level.o
  "$CLANG" -fpass-plugin="$PLUGIN" -g -"$level" -S -emit-llvm "$SQLITE_C" -o "$ir"
  "$CLANG" -g -"$level" -c "$ir" -o "$obj"
  "$VIEW" --dump-tables --binary "$obj" > "$OUT/sqlite3-$level.tables"
  printf 'sqlite %s -%s: ' "$SQLITE_VERSION" "$level"
  python3 "$DIFF" "$OUT/sqlite3-$level.tables" "$ir" || status=1
done
exit $status
