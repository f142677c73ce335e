#!/usr/bin/env bash
# Random IR through the plugin (docs/RELIABILITY.md).
#
#   bench/reliability/stress.sh N [FIRST_SEED]
#
# For seeds FIRST_SEED .. FIRST_SEED+N-1 (default 1), `llvm-stress -seed S`
# generates a module (one function, 20 to 1000 instructions; every third
# aarch64 batch with scalable vectors). Seeds go in batches of BATCH
# modules, linked into one module per opt run (opt's start-up costs more
# than the pass), each batch for one target triple in turn: x86_64,
# aarch64, riscv64, s390x (the last two want `zeroext` u32 operands). Each
# batch is run through the plugin in every mode (args, ret, args;ret) with
# `opt -verify-each`, as generated (no debug info: the IR arguments are
# reported) and after `-passes=debugify` (synthetic debug info, no
# parameter variables; not for scalable vectors, which debugify itself
# cannot handle in LLVM 22: "Cannot implicitly convert a scalable size"). The output must have one trace_args call per
# parameter and one trace_ret per `ret` of the input (ir-counts.awk), only
# of the kinds the mode asks for. With LLC=1 the args;ret output without
# debug info also goes through `llc -O2` (a failure counts only if the
# uninstrumented batch compiles: llvm-stress finds backend bugs of its own).
#
# One line per batch, variant and mode goes to $OUT/results.txt:
#   FIRST_SEED-LAST_SEED TRIPLE VARIANT MODE STATUS [DETAIL]
# Failing batches keep their input and stderr in $OUT/fail/. Exit status 1
# if anything failed.
#
# Environment: BUILD or PLUGIN [the repository's build/], OPT LLVM_STRESS
# LLVM_LINK LLC [opt-22 llvm-stress-22 llvm-link-22 llc-22], BATCH [50],
# JOBS [nproc], LLC [0], OUT [a new mktemp -d].
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${BUILD:-$here/../../build}
PLUGIN=${PLUGIN:-$BUILD/lib/SanCovDataflow.so}
OPT=${OPT:-opt-22}
LLVM_STRESS=${LLVM_STRESS:-llvm-stress-22}
LLVM_LINK=${LLVM_LINK:-llvm-link-22}
LLC_TOOL=${LLC_TOOL:-llc-22}
LLC=${LLC:-0}
BATCH=${BATCH:-50}
export here PLUGIN OPT LLVM_STRESS LLVM_LINK LLC_TOOL LLC

if [ "${1:-}" = --batch ]; then
  first=$2 last=$3 idx=$4
  triples=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu riscv64-unknown-linux-gnu s390x-unknown-linux-gnu)
  triple=${triples[$((idx % 4))]}
  scalable=0
  [ $((idx % 12)) -eq 1 ] && scalable=1 # every third aarch64 batch
  sizes=(20 50 100 300 1000)
  dir=$OUT/work/$first
  rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1
  res=$OUT/res/$first
  : > "$res"
  emit() { echo "$first-$last $triple $*" >> "$res"; }
  keep() {
    mkdir -p "$OUT/fail/$first" && cp ./*.ll ./*.err "$OUT/fail/$first/" 2>/dev/null
  }
  plain=()
  for s in $(seq "$first" "$last"); do
    extra=()
    [ $scalable = 1 ] && extra=(--enable-scalable-vectors)
    "$LLVM_STRESS" -seed "$s" -size "${sizes[$((s % 5))]}" "${extra[@]}" -o "s$s.ll" \
      && plain+=("s$s.ll") || emit "gen - gen-fail seed-$s"
  done
  "$LLVM_LINK" -S "${plain[@]}" -o batch-plain.ll || { emit "plain - link-fail"; keep; exit 0; }
  variants=(plain)
  # Debugify the linked batch: the same as each module on its own (it
  # describes every instruction of every function).
  if [ $scalable = 0 ]; then
    "$OPT" -mtriple="$triple" -passes=debugify -S batch-plain.ll -o batch-debugify.ll 2> debugify.err \
      && variants+=(debugify) || { emit "debugify - debugify-fail"; keep; }
  fi
  rm -f s[0-9]*.ll
  for v in "${variants[@]}"; do
    in=batch-$v.ll
    read -r defs wa wr <<< "$(awk -f "$here/ir-counts.awk" "$in")"
    for mode in args ret "args;ret"; do
      m=${mode//;/-}
      st=ok
      if ! "$OPT" -mtriple="$triple" -load-pass-plugin="$PLUGIN" \
          -passes="sancov-dataflow<$mode>" -verify-each -S "$in" -o "$v.$m.out.ll" 2> "$v.$m.err"; then
        st=opt-fail dt=$(grep -m1 -i "error\|assert\|fatal\|does not\|invalid" "$v.$m.err" | tr ' ' '_' | cut -c1-100)
      else
        na=$(grep -c "call void @__sanitizer_cov_trace_args" "$v.$m.out.ll")
        nr=$(grep -c "call void @__sanitizer_cov_trace_ret" "$v.$m.out.ll")
        ea=$wa er=$wr
        [ "$mode" = args ] && er=0
        [ "$mode" = ret ] && ea=0
        dt="functions=$defs,args=$na/$ea,ret=$nr/$er"
        [ "$na" -eq "$ea" ] && [ "$nr" -eq "$er" ] || st=count-fail
        if [ "$st" = ok ] && [ "$LLC" = 1 ] && [ "$mode" = "args;ret" ] && [ "$v" = plain ]; then
          attrs=()
          [ $scalable = 1 ] && attrs=(-mattr=+sve)
          if ! ( "$LLC_TOOL" -O2 -mtriple="$triple" "${attrs[@]}" -filetype=obj "$v.$m.out.ll" -o /dev/null ) 2> "$v.llc.err"; then
            if ( "$LLC_TOOL" -O2 -mtriple="$triple" "${attrs[@]}" -filetype=obj "$in" -o /dev/null ) 2> /dev/null; then
              st=llc-fail dt=$(grep -m1 -i "error\|assert\|fatal" "$v.llc.err" | tr ' ' '_' | cut -c1-100)
            else
              dt="$dt,llc-fails-without-plugin-too"
            fi
          else
            dt="$dt,llc-ok"
          fi
        fi
      fi
      emit "$v $mode $st $dt"
      [ "$st" != ok ] && keep
    done
  done
  cd / && rm -rf "$dir"
  exit 0
fi

N=${1:?usage: stress.sh N [FIRST_SEED]}
FIRST=${2:-1}
JOBS=${JOBS:-$(nproc)}
OUT=${OUT:-$(mktemp -d /tmp/llvm-stress.XXXXXX)}
[ -e "$PLUGIN" ] || { echo "stress.sh: $PLUGIN not found" >&2; exit 2; }
PLUGIN=$(realpath "$PLUGIN")
mkdir -p "$OUT/res" "$OUT/work" && OUT=$(realpath "$OUT")
export PLUGIN OUT
start=$(date +%s)
i=$(( (N + BATCH - 1) / BATCH ))
for ((b = 0; b < i; b++)); do
  f=$((FIRST + b * BATCH)) l=$((FIRST + b * BATCH + BATCH - 1))
  [ $l -ge $((FIRST + N)) ] && l=$((FIRST + N - 1))
  echo "$f $l $b"
done | xargs -P "$JOBS" -n 3 bash "${BASH_SOURCE[0]}" --batch 2>> "$OUT/stderr.log"
secs=$(( $(date +%s) - start ))
cat "$OUT"/res/* > "$OUT/results.txt"
modules=$(awk '$3 == "plain" && $4 == "args" { split($1, r, "-"); n += r[2] - r[1] + 1 } END { print n + 0 }' "$OUT/results.txt")
echo "llvm-stress seeds $FIRST..$((FIRST + N - 1)): $modules modules in $i batches of up to $BATCH, $secs s; results in $OUT/results.txt"
awk '{ k = $3 " " $4; t[k]++; c[k " " $5]++ }
     END { for (k in t) { printf "%-18s opt runs %5d  ok %5d", k, t[k], c[k " ok"]
                          for (x in c) if (index(x, k " ") == 1 && x != k " ok") printf "  %s %d", substr(x, length(k) + 2), c[x]
                          printf "\n" } }' "$OUT/results.txt" | LC_ALL=C sort
grep -c "llc-ok" "$OUT/results.txt" | sed 's/^/batches through llc: /'
bad=$(awk '$5 != "ok"' "$OUT/results.txt" | wc -l)
echo "failures: $bad"
awk '$5 != "ok" { print "  " $0 }' "$OUT/results.txt" | head -40
[ "$bad" -eq 0 ]
