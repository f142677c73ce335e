#!/usr/bin/env bash
# Proves the plugin leaves the kernel's non-instrumentable code alone, in
# the compiler's output before objtool runs (objtool's x86 noinstr hack
# would NOP such calls in the objects, hiding them; arm64 has no hack).
#
#   check-noinstr.sh OUT_DIR      (a build-kernel.sh output: all, packed)
#
# Emits LLVM IR through the same wrapper and flags (kbuild's %.ll rule) for
# files full of noinstr code, and counts callback calls per section.
set -euo pipefail
out=${1:?usage: check-noinstr.sh OUT_DIR}
cache=${SANCOV_DATAFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
# The same wrapper path as the kernel build (build-kernel.sh), so kbuild
# sees unchanged commands and rebuilds nothing.
wrapper=$cache/toolchain/bin/sancov-dataflow-cc
# ... and the flavour's plugin copy (OUT_DIR is out-FLAVOUR-KEY).
flavour=$(basename "$out" | cut -d- -f2)
export SANCOV_DATAFLOW_PLUGIN=${SANCOV_DATAFLOW_PLUGIN:-$cache/toolchain/lib/$flavour/SanCovDataflow.so}
arch=$(sed -n 's/^CONFIG_ARM64=y$/arm64/p' "$out/.config")
arch=${arch:-x86_64}
if [ "$arch" = arm64 ]; then
  files=(arch/arm64/kernel/entry-common.ll arch/arm64/kernel/idle.ll
         arch/arm64/kernel/traps.ll arch/arm64/kernel/debug-monitors.ll
         kernel/sched/build_policy.ll arch/arm64/kernel/cpufeature.ll)
else
  files=(arch/x86/entry/common.ll kernel/entry/common.ll arch/x86/kernel/nmi.ll
         arch/x86/kernel/traps.ll kernel/sched/build_policy.ll arch/x86/kernel/cpu/common.ll)
fi
make -C "$out" ARCH=$arch LLVM=-22 CC="$wrapper clang-22" \
  "${files[@]}" >/dev/null
cd "$out"
awk '
  /^define / {
    fn = $0; sec = "";
    if (match($0, /section "[^"]*"/)) sec = substr($0, RSTART + 9, RLENGTH - 10);
    noinstr = (sec == ".noinstr.text" || sec == ".entry.text" ||
               sec == ".cpuidle.text" || sec ~ /^\.pi\.text/ ||
               sec ~ /^\.text\.\.__x86\./);
    if (noinstr) nfn++; else ifn++;
    seen = 0;
  }
  /call (preserve_mostcc )?void @__sanitizer_cov_trace_(args|ret|packed)\(/ {
    if (noinstr) { bad++; print "instrumented in " sec ": " fn > "/dev/stderr" }
    else if (!seen) { instrumented++; seen = 1 }
  }
  END {
    printf "noinstr-functions %d calls-in-noinstr %d instrumented-functions %d of %d\n",
      nfn, bad, instrumented, ifn;
    exit (bad > 0 || instrumented == 0 || nfn == 0)
  }' "${files[@]}"
