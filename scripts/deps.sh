#!/usr/bin/env bash
# Installs the Debian 12 packages sancov-dataflow needs, if any is missing.
set -euo pipefail
pkgs=(llvm-22-dev llvm-22-tools clang-22 lld-22 libclang-rt-22-dev cmake
      ninja-build python3 gcc libc6-dev
      # The plugin's LLVM 19 build (build-19): headers, opt, FileCheck, lit.
      llvm-19-dev llvm-19 llvm-19-tools
      # The kernel end-to-end test (kernel/e2e).
      linux-source-6.12 qemu-system-x86 flex bison bc libelf-dev libssl-dev
      cpio
      # The Rust real-crate test builds regex from Debian's crate sources.
      librust-regex-dev librust-regex+default-dev
      # Differential testing with random programs (test/Reliability).
      csmith libcsmith-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "sancov-dataflow: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends "${missing[@]}"
