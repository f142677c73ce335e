#!/usr/bin/env bash
# sqlite3.c (the amalgamation, 9.5 MB of C) with the plugin at several
# levels (docs/RELIABILITY.md):
#
#   bench/reliability/sqlite.sh [CONFIG...]
#
# CONFIG is a name from the list below (default: all). For each: compile
# sqlite3.c with the plugin and clang's verifier (-fverify-intermediate-code),
# link it with a small driver (bench/reliability/sqlite-driver.c) and the
# runtime, run the driver recording a trace, and check that it prints what
# the same driver prints built without the plugin, and that the trace
# parses: strictly (test/Runtime/Inputs/dump-trace.c: no sequence gaps,
# nothing dropped) and, for configurations with -g, with dataflow-view
# --stats (which needs DWARF). LTO configurations link with lld, which
# runs the plugin (clang passes -fpass-plugin on as --load-pass-plugin).
#
#   O0 O1 O2 O3 Os Oz             -O<level>, no -g
#   O0g O1g O2g O3g Osg Ozg       the same with -g
#   thin                          -O2 -g -flto=thin
#   full                          -O2 -g -flto
#
# Where sqlite3.c comes from: SQLITE_DIR [~/.cache/sancov-dataflow/
# better-sqlite3-13.2.0], the amalgamation of npm's better-sqlite3@13.2.0
# (deps/sqlite3/sqlite3.c; `npm pack better-sqlite3@13.2.0` and untar). It is
# only read. Environment: BUILD [build/], CLANG [clang-22], OUT [mktemp -d].
# Exit status 1 if any configuration failed.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=$(realpath "${BUILD:-$here/../../build}")
PLUGIN=${PLUGIN:-$BUILD/lib/SanCovDataflow.so}
RTLIB=${RTLIB:-$BUILD/lib/libsancov-dataflow-rt.a}
VIEW=${VIEW:-$BUILD/bin/dataflow-view}
CLANG=${CLANG:-clang-22}
SQLITE_DIR=${SQLITE_DIR:-$HOME/.cache/sancov-dataflow/better-sqlite3-13.2.0}
OUT=${OUT:-$(mktemp -d /tmp/sqlite-rel.XXXXXX)}
mkdir -p "$OUT"
src=$SQLITE_DIR/sqlite3.c
[ -f "$src" ] || { echo "sqlite.sh: $src not found" >&2; exit 2; }
configs=("$@")
[ ${#configs[@]} -eq 0 ] && configs=(O0 O1 O2 O3 Os Oz O0g O1g O2g O3g Osg Ozg thin full)
common=(-w -I"$SQLITE_DIR" -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION)

"$CLANG" -O1 -I"$here/../../include" "$here/../../test/Runtime/Inputs/dump-trace.c" -o "$OUT/dump-trace"
# Reference output: the driver and sqlite built without the plugin.
if [ ! -s "$OUT/ref.out" ]; then
  "$CLANG" -O1 "${common[@]}" "$src" "$here/sqlite-driver.c" -lm -o "$OUT/ref" &&
    "$OUT/ref" > "$OUT/ref.out" || { echo "sqlite.sh: reference build failed" >&2; exit 2; }
fi

bad=0
for c in "${configs[@]}"; do
  case $c in
    thin) flags=(-O2 -g -flto=thin -fuse-ld=lld) ;;
    full) flags=(-O2 -g -flto -fuse-ld=lld) ;;
    *g) flags=(-"${c%g}" -g) ;;
    *) flags=(-"$c") ;;
  esac
  start=$(date +%s.%N)
  status=ok
  if ! "$CLANG" "${flags[@]}" "${common[@]}" -fverify-intermediate-code \
      -fpass-plugin="$PLUGIN" -c "$src" -o "$OUT/$c.o" 2> "$OUT/$c.cc.err"; then
    status=compile-fail
  fi
  cc=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  if [ $status = ok ] && ! "$CLANG" "${flags[@]}" "${common[@]}" -fverify-intermediate-code \
      -fpass-plugin="$PLUGIN" "$OUT/$c.o" "$here/sqlite-driver.c" "$RTLIB" -lm \
      -o "$OUT/$c.exe" 2> "$OUT/$c.ld.err"; then
    status=link-fail
  fi
  detail=
  if [ $status = ok ]; then
    # Instrumented at all: the callbacks are called from sqlite's code.
    calls=$(llvm-objdump-22 -d "$OUT/$c.exe" | grep -c "call.*<__sanitizer_cov_trace_args>")
    SANCOV_DATAFLOW_OUT=$OUT/$c.trace "$OUT/$c.exe" > "$OUT/$c.out" 2> "$OUT/$c.run.err"
    end=$("$OUT/dump-trace" "$OUT/$c.trace" | tail -1)
    if ! cmp -s "$OUT/ref.out" "$OUT/$c.out"; then
      status=mismatch
    elif ! [[ $end =~ ^END\ .*records=([0-9]+)\ dropped=0\ seqgaps=0$ ]]; then
      status=trace-fail detail="dump-trace: $end"
    else
      detail="trace_args-call-sites=$calls records=${BASH_REMATCH[1]}"
      if [[ " ${flags[*]} " == *" -g "* ]]; then
        if ! "$VIEW" --binary "$OUT/$c.exe" "$OUT/$c.trace" --stats > "$OUT/$c.stats" 2> "$OUT/$c.view.err"; then
          status=trace-fail
        else
          detail="$detail viewer=$(awk '$NF == "(total)" { print $1 }' "$OUT/$c.stats")"
        fi
      fi
    fi
    rm -f "$OUT/$c.trace"
  fi
  [ $status = ok ] || bad=$((bad + 1))
  printf '%-5s %-13s compile %6.1f s  %s\n' "$c" "$status" "$cc" "$detail"
done
echo "failures: $bad"
[ $bad -eq 0 ]
