#!/usr/bin/env bash
# Installs what is missing, builds, and runs the C example under the plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
out=build/examples
mkdir -p "$out"
clang-22 -g -O2 -fpass-plugin=build/lib/SanCovDataflow.so \
  -c examples/c/demo.c -o "$out/demo.o"
# The receiver itself must not be instrumented.
clang-22 -O2 -c examples/c/print-callbacks.c -o "$out/print-callbacks.o"
clang-22 "$out/demo.o" "$out/print-callbacks.o" -o "$out/demo"
"$out/demo"
