#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. The last line is
# the verdict for the whole run:
#   check.sh: PASS (2 lit suites: LLVM 22: N passed, ...; LLVM 19: ...; kernel e2e: base all sub usb; layout differential: ...)
#   check.sh: FAIL in <step> (exit N)
# and the exit status is nonzero on any failure (set -e, pipefail).
set -euo pipefail
cd "$(dirname "$0")/.."

step="starting"
summaries=()
kernels="none (SANCOV_DATAFLOW_KERNEL=0)"
layout="not run"
logs=$(mktemp -d)
verdict() {
  local rc=$?
  rm -rf "$logs"
  if [ "$rc" -eq 0 ]; then
    local IFS=';'
    echo "check.sh: PASS (${#summaries[@]} lit suites:${summaries[*]}; kernel e2e: $kernels; layout differential: $layout)"
  else
    echo "check.sh: FAIL in $step (exit $rc)" >&2
  fi
}
trap verdict EXIT

# "N passed, M unsupported" from a lit run's summary in log $1.
lit_counts() {
  local kind n out=
  for kind in Passed Unsupported "Expectedly Failed"; do
    n=$(sed -n "s/^ *$kind *: *\([0-9]*\).*/\1/p" "$1" | tail -1)
    [ -z "$n" ] || out+="${out:+, }$n ${kind,,}"
  done
  echo "${out:-no tests}"
}

# The lit suite of build dir $1 (LLVM major $2): its output is shown as it
# runs, and its summary kept for the verdict.
run_lit() {
  step="lit suite in $1 (LLVM $2)"
  cmake --build "$1" --target check 2>&1 | tee "$logs/lit-$2.log"
  summaries+=(" LLVM $2: $(lit_counts "$logs/lit-$2.log")")
}

step="scripts/deps.sh"
scripts/deps.sh
# deps.sh installed csmith: its batches must run, not be skipped.
export SANCOV_DATAFLOW_RELIABILITY=required
step="scripts/build.sh"
scripts/build.sh
# Builds (or reuses, from ~/.cache/sancov-dataflow) four kernels and boots
# them; SANCOV_DATAFLOW_KERNEL=0 leaves the kernel tests out, =full adds
# the kasan and arm64 kernels (kernel/e2e/run.sh --full).
case "${SANCOV_DATAFLOW_KERNEL:-1}" in
  0) ;;
  full) step="kernel/e2e/run.sh --full"
        kernel/e2e/run.sh --full
        export SANCOV_DATAFLOW_KERNEL_TESTS="base all sub usb kasan arm64"
        kernels=$SANCOV_DATAFLOW_KERNEL_TESTS ;;
  *) step="kernel/e2e/run.sh base all sub usb"
     kernel/e2e/run.sh base all sub usb
     export SANCOV_DATAFLOW_KERNEL_TESTS="base all sub usb"
     kernels=$SANCOV_DATAFLOW_KERNEL_TESTS ;;
esac
run_lit build 22
# The plugin's tables against the viewer's over a real code base (sqlite,
# from npm, cached), -O0 and -O2: every table equal (docs/RELIABILITY.md).
step="bench/reliability/layout-diff.sh (sqlite)"
bench/reliability/layout-diff.sh | tee "$logs/layout.log"
layout=$(awk -F'[:,] *' '/tables compared:/ {n += $(NF-2); d += $NF}
  END {print "sqlite -O0 -O2, " n " tables, " d " differences"}' "$logs/layout.log")
# The plugin against LLVM 19 too (Debian 12's own LLVM): the plugin and its
# opt-based tests only, in build-19. Its configure output goes to a log,
# shown only if it fails.
if [ ! -f build-19/build.ninja ]; then
  step="configuring build-19 (LLVM 19)"
  mkdir -p build-19
  echo "check.sh: configuring build-19 for LLVM 19 (log: build-19/configure.log)"
  cmake -S . -B build-19 -G Ninja -DLLVM_DIR="$(llvm-config-19 --cmakedir)" \
    > build-19/configure.log 2>&1 || { cat build-19/configure.log >&2; exit 1; }
fi
run_lit build-19 19
