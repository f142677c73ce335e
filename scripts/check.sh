#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# deps.sh installed csmith: its batches must run, not be skipped.
export SANCOV_DATAFLOW_RELIABILITY=required
scripts/build.sh
# Builds (or reuses, from ~/.cache/sancov-dataflow) two kernels and boots
# them; SANCOV_DATAFLOW_KERNEL=0 leaves the kernel tests out, =full adds
# the kasan and arm64 kernels (kernel/e2e/run.sh --full).
case "${SANCOV_DATAFLOW_KERNEL:-1}" in
  0) ;;
  full) kernel/e2e/run.sh --full
        export SANCOV_DATAFLOW_KERNEL_TESTS="base all kasan arm64" ;;
  *) kernel/e2e/run.sh base all
     export SANCOV_DATAFLOW_KERNEL_TESTS="base all" ;;
esac
cmake --build build --target check
# The plugin against LLVM 19 too (Debian 12's own LLVM): the plugin and its
# opt-based tests only, in build-19.
[ -f build-19/build.ninja ] ||
  cmake -S . -B build-19 -G Ninja -DLLVM_DIR="$(llvm-config-19 --cmakedir)"
cmake --build build-19 --target check
