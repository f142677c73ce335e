#!/usr/bin/env bash
# Differential testing with csmith (docs/RELIABILITY.md).
#
#   bench/reliability/csmith.sh N [FIRST_SEED]
#
# For seeds FIRST_SEED .. FIRST_SEED+N-1 (default 1): generate a csmith
# program and, at each level in LEVELS (-g always):
#   run   compile it without the plugin and with it (plus clang's verifier,
#         -fverify-intermediate-code; linked with the user-space runtime),
#         run both with `PROG 1` (csmith then prints every global's
#         checksum, not only the final one), compare stdout and exit status;
#         then check the trace the instrumented run recorded parses:
#         `dataflow-view --binary PROG TRACE --stats` exits 0 and counts
#         records.
#   ir    emit the program's IR without the plugin and run the plugin on it
#         in every mode in IR_MODES through `opt -verify-each`, checking the
#         module has exactly the callbacks that mode asks for: one trace_ret
#         per `ret`, one trace_args per source parameter of each defined
#         function (ir-counts.awk counts them in the input, from the debug
#         info: a struct split into two IR arguments is one parameter, one
#         that dead-argument elimination removed is still one).
#
# One line per seed, level and check goes to $OUT/results.txt:
#   SEED LEVEL CHECK STATUS [DETAIL]
# STATUS is ok, or skip (the uninstrumented program timed out or did not
# print its final checksum: nothing to compare), or a failure: mismatch, compile-fail, verify-fail, trace-fail,
# inst-timeout, ir-fail. A failing case keeps its files in
# $OUT/fail/SEED.LEVEL/ (the program, the compiler's stderr, both outputs).
# The summary at the end counts them; the exit status is 1 if any failed.
#
# Environment (defaults in brackets):
#   BUILD        build directory [the repository's build/]
#   PLUGIN RTLIB VIEW   the plugin, runtime archive, viewer [from BUILD]
#   CLANG OPT    [clang-22 opt-22]
#   CSMITH_INC   csmith's headers [/usr/include/csmith]
#   LEVELS       space-separated; `_` stands for a space inside one level
#                ["-O0 -O2"]; e.g. "-O0 -O2 -O2_-fno-inline"
#   IR_MODES     space-separated plugin parameter lists ["args ret args;ret"];
#                empty: no IR check
#   RUN_TIMEOUT  seconds for the uninstrumented run [5]; the instrumented
#                one gets 6x that
#   TIME_LIMIT   seconds: seeds not started by then are left out (the
#                summary says how many programs were checked) [none]
#   TRACE_WORDS  SANCOV_DATAFLOW_BUFFER of the instrumented run: a bound on
#                each thread's records so that a hot loop cannot fill the
#                disk [16M words = 128 MiB]
#   JOBS         seeds checked in parallel [nproc]
#   OUT          work and result directory [a new mktemp -d]
#   KEEP         1: keep every case's files, not only failures [0]
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${BUILD:-$here/../../build}
PLUGIN=${PLUGIN:-$BUILD/lib/SanCovDataflow.so}
RTLIB=${RTLIB:-$BUILD/lib/libsancov-dataflow-rt.a}
VIEW=${VIEW:-$BUILD/bin/dataflow-view}
CLANG=${CLANG:-clang-22}
OPT=${OPT:-opt-22}
CSMITH=${CSMITH:-csmith}
CSMITH_INC=${CSMITH_INC:-/usr/include/csmith}
LEVELS=${LEVELS:--O0 -O2}
IR_MODES=${IR_MODES-args ret args;ret}
RUN_TIMEOUT=${RUN_TIMEOUT:-5}
TRACE_WORDS=${TRACE_WORDS:-16M}
KEEP=${KEEP:-0}
export here BUILD PLUGIN RTLIB VIEW CLANG OPT CSMITH CSMITH_INC LEVELS IR_MODES \
  RUN_TIMEOUT TRACE_WORDS KEEP

# --- one seed (run by xargs below) ------------------------------------------
if [ "${1:-}" = --one ]; then
  seed=$2
  if [ -n "${TIME_LIMIT:-}" ] && [ $(( $(date +%s) - START )) -ge "$TIME_LIMIT" ]; then
    exit 0
  fi
  dir=$OUT/work/$seed
  rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1
  res=$OUT/res/$seed
  : > "$res"
  emit() { echo "$seed $*" >> "$res"; }
  keep() { # keep() LEVEL: save this case's files for the report
    mkdir -p "$OUT/fail/$seed.$1" && cp -r p.c ./*.err ./*.out "$OUT/fail/$seed.$1/" 2>/dev/null
    echo "$CSMITH --seed $seed" > "$OUT/fail/$seed.$1/GENERATE"
  }
  if ! "$CSMITH" --seed "$seed" -o p.c > csmith.log 2>&1; then
    for l in $LEVELS; do emit "$l run skip csmith-failed"; done
    exit 0
  fi
  inc=(-I"$CSMITH_INC" -w -g)
  for lvl in $LEVELS; do
    read -r -a lflags <<< "${lvl//_/ }"
    tag=${lvl//[^A-Za-z0-9]/}
    rm -f ./*.err ./*.out ref inst trace.bin
    # --- run: differential ---
    status=ok detail=
    if ! "$CLANG" "${inc[@]}" "${lflags[@]}" p.c -o ref 2> ref-cc.err; then
      status=skip detail=reference-does-not-compile
    elif ! "$CLANG" "${inc[@]}" "${lflags[@]}" -fverify-intermediate-code \
        -fpass-plugin="$PLUGIN" p.c "$RTLIB" -o inst 2> inst-cc.err; then
      if grep -q -i "broken module\|verif" inst-cc.err; then status=verify-fail
      else status=compile-fail; fi
      detail=$(grep -m1 -i "error\|assert\|fatal" inst-cc.err | tr ' ' '_' | cut -c1-120)
    else
      timeout -k 2 "$RUN_TIMEOUT" ./ref 1 > ref.out 2> ref.err
      rrc=$?
      if [ $rrc -eq 124 ] || [ $rrc -eq 137 ]; then
        status=skip detail=reference-timeout
      elif ! tail -1 ref.out | grep -q '^checksum = '; then
        # The reference did not finish the program: it has undefined
        # behaviour, in practice an infinite loop without side effects
        # that -O2 deletes (C11 lets it assume loops terminate; with
        # -fno-finite-loops both builds time out). Nothing to compare.
        status=skip detail=reference-no-checksum-exit-$rrc
      else
        SANCOV_DATAFLOW_OUT=$dir/trace.bin SANCOV_DATAFLOW_BUFFER=$TRACE_WORDS \
          timeout -k 2 $((RUN_TIMEOUT * 6)) ./inst 1 > inst.out 2> inst.err
        irc=$?
        if [ $irc -eq 124 ] || [ $irc -eq 137 ]; then
          status=inst-timeout detail=reference-exit-$rrc
        elif [ $irc -ne $rrc ] || ! cmp -s ref.out inst.out; then
          status=mismatch detail=exit-$rrc-vs-$irc
        elif ! "$VIEW" --binary inst trace.bin --stats > view.out 2> view.err; then
          status=trace-fail detail=$(head -c 120 view.err | tr ' \n' '__')
        else
          # The viewer must see every record (the runtime counts them in
          # THREAD chunks; --stats totals what it decoded).
          total=$(awk '$NF == "(total)" { print $1 }' view.out)
          if [ -z "$total" ] || [ "$total" -eq 0 ]; then
            status=trace-fail detail=no-records
          else
            detail=records-$total
          fi
        fi
      fi
    fi
    emit "$lvl run $status $detail"
    [ "$status" != ok ] && [ "$status" != skip ] && keep "$tag"
    # --- ir: the plugin on clang's IR, every mode, verifier after each pass ---
    if [ -n "$IR_MODES" ]; then
      if ! "$CLANG" "${inc[@]}" "${lflags[@]}" -S -emit-llvm p.c -o p.ll 2> ir-cc.err; then
        emit "$lvl ir skip reference-does-not-compile"
      else
        ir_counts=$(awk -f "$here/ir-counts.awk" p.ll)
        for mode in $IR_MODES; do
          st=ok dt=$mode
          if ! "$OPT" -load-pass-plugin="$PLUGIN" -passes="sancov-dataflow<$mode>" \
              -verify-each -S p.ll -o p.inst.ll 2> "ir-${mode//;/-}.err"; then
            st=ir-fail dt="$mode:$(grep -m1 -i "error\|assert\|fatal" "ir-${mode//;/-}.err" | tr ' ' '_' | cut -c1-100)"
          else
            # One trace_args call per source parameter of every defined
            # function and one trace_ret call per `ret` (csmith programs
            # have no musttail or skipped functions), only those the mode
            # asks for.
            na=$(grep -c "call void @__sanitizer_cov_trace_args" p.inst.ll)
            nr=$(grep -c "call void @__sanitizer_cov_trace_ret" p.inst.ll)
            read -r _ wa wr <<< "$ir_counts"
            case $mode in
              args) wr=0 ;;
              ret) wa=0 ;;
            esac
            [ "$na" -eq "$wa" ] && [ "$nr" -eq "$wr" ] || st=ir-fail
            dt="$mode:args=$na/$wa,ret=$nr/$wr"
          fi
          emit "$lvl ir $st $dt"
          [ "$st" != ok ] && { cp p.ll "ir-${mode//;/-}.out" 2>/dev/null; keep "$tag"; }
        done
      fi
    fi
  done
  cd / && [ "$KEEP" = 1 ] || rm -rf "$dir"
  exit 0
fi

# --- driver -------------------------------------------------------------------
N=${1:?usage: csmith.sh N [FIRST_SEED]}
FIRST=${2:-1}
JOBS=${JOBS:-$(nproc)}
OUT=${OUT:-$(mktemp -d /tmp/csmith-diff.XXXXXX)}
export OUT
for f in "$PLUGIN" "$RTLIB" "$VIEW" "$CSMITH_INC/csmith.h"; do
  [ -e "$f" ] || { echo "csmith.sh: $f not found" >&2; exit 2; }
done
# The workers run in their own directories.
PLUGIN=$(realpath "$PLUGIN") RTLIB=$(realpath "$RTLIB") VIEW=$(realpath "$VIEW")
mkdir -p "$OUT" && OUT=$(realpath "$OUT")
export PLUGIN RTLIB VIEW OUT
command -v "$CSMITH" > /dev/null || { echo "csmith.sh: $CSMITH not found (apt-get install csmith libcsmith-dev)" >&2; exit 2; }
mkdir -p "$OUT/res" "$OUT/work"
START=$(date +%s)
export START TIME_LIMIT="${TIME_LIMIT:-}"
seq "$FIRST" $((FIRST + N - 1)) | xargs -P "$JOBS" -n 1 bash "${BASH_SOURCE[0]}" --one
secs=$(( $(date +%s) - START ))
for s in $(seq "$FIRST" $((FIRST + N - 1))); do
  [ -s "$OUT/res/$s" ] && cat "$OUT/res/$s"
done > "$OUT/results.txt"
done_seeds=$(awk '{ print $1 }' "$OUT/results.txt" | sort -u | wc -l)

echo "csmith seeds $FIRST..$((FIRST + N - 1)): $done_seeds programs checked in $secs s, results in $OUT/results.txt"
awk '
  { key = $2 " " $3; cnt[key " " $4]++; total[key]++ }
  END {
    split("mismatch compile-fail verify-fail trace-fail inst-timeout ir-fail", st, " ")
    for (k in total) {
      line = sprintf("%-22s cases %5d  ok %5d  skip %4d", k, total[k], cnt[k " ok"], cnt[k " skip"])
      for (i = 1; i <= 6; i++) if (cnt[k " " st[i]]) line = line sprintf("  %s %d", st[i], cnt[k " " st[i]])
      print line
    }
  }' "$OUT/results.txt" | LC_ALL=C sort
awk '$3 == "run" && $4 == "ok" { sub("records-", "", $5); r += $5 }
     END { printf "trace records checked: %d\n", r }' "$OUT/results.txt"
bad=$(awk '$4 != "ok" && $4 != "skip"' "$OUT/results.txt" | wc -l)
echo "failures: $bad"
awk '$4 != "ok" && $4 != "skip" { print "  " $0 }' "$OUT/results.txt" | head -50
[ "$bad" -eq 0 ]
