#!/usr/bin/env bash
# Installs what is missing, builds, and runs the C example: compiles it
# with the plugin, links the runtime, runs it with recording on, and shows
# the trace with function, parameter and field names.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
out=build/examples
mkdir -p "$out"
clang-22 -g -O2 -fpass-plugin=build/lib/SanCovDataflow.so \
  examples/c/demo.c build/lib/libsancov-dataflow-rt.a -o "$out/demo"
SANCOV_DATAFLOW_OUT="$out/demo.trace" "$out/demo"
build/bin/dataflow-view --binary "$out/demo" "$out/demo.trace"
