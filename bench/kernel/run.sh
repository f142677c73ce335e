#!/usr/bin/env bash
# Syscall cost of whole-kernel instrumentation: boots the `base` kernel
# (no dataflow instrumentation) and the `all` kernel (every file
# instrumented, runtime built in) of kernel/e2e/build-kernel.sh under qemu
# with -icount shift=0, so guest time counts guest instructions, and runs
# bench/kernel/syscall-init.c as /init: each syscall loop with recording
# off, and in `all` with recording on.
#
#   bench/kernel/run.sh            prints a Markdown table (docs/BENCHMARKS.md)
#   bench/kernel/run.sh base tracepc all guard value packed
#                                  the same with the fair baseline too: all's
#                                  configuration with KCOV's trace-pc and no
#                                  plugin (build-kernel.sh tracepc), all
#                                  built with the plugin's guard, and all
#                                  with ABI B and with ABI E
#                                  (build-kernel.sh value, packed)
#   bench/kernel/run.sh module     the cost of one record: the base kernel
#                                  with the runtime module and the example
#                                  module (dataflow_demo_bench: 100 df_eight
#                                  and 100 df_set_max_threads calls per
#                                  write), recording off and on
#     ABI=kcov-v2|value-pc|value|packed
#                                  the callback ABI of both modules
#     RUNTIME=DIR                  another kernel/kcov_dataflow/ (e.g. an
#                                  older one: git archive REV
#                                  kernel/kcov_dataflow | tar -x -C /tmp/r;
#                                  RUNTIME=/tmp/r/kernel/kcov_dataflow)
#     ONLY=CASE                    run one case (module: demo-bench)
#     KERNEL_OUT=DIR               use this kernel build as it is
#     REPORT_ONLY=1                boot nothing: print the tables of the
#                                  consoles the last run left in WORK
#     WORK=DIR                     where to build and boot (runs in parallel
#                                  need one each; -icount makes the figures
#                                  independent of the host's load)
#
# Needs the project built (scripts/build.sh); the kernels come from the
# cache (~/.cache/sancov-dataflow), built on first use (~20 min each).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${SANCOV_DATAFLOW_BUILD:-$top/build}
cache=${SANCOV_DATAFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
work=${WORK:-$build/bench-kernel}
mkdir -p "$work"
cc -O2 -static -Wall -I"$top/include" -o "$work/init" "$here/syscall-init.c"
[ $# -gt 0 ] || set -- base all

for flavour in "$@"; do
  [ -z "${REPORT_ONLY:-}" ] || break
  kernel=$flavour
  [ "$flavour" != module ] || kernel=base
  # KERNEL_OUT: a kernel build directory to use as it is (parallel runs
  # must not run make in the same one).
  out=${KERNEL_OUT:-$(SANCOV_DATAFLOW_BUILD=$build "$top/kernel/e2e/build-kernel.sh" "$kernel")}
  printf 'dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\n' > "$work/$flavour.list"
  printf 'dir /proc 0755 0 0\ndir /sys 0755 0 0\ndir /bin 0755 0 0\n' >> "$work/$flavour.list"
  echo "file /init $work/init 0755 0 0" >> "$work/$flavour.list"
  if [ "$flavour" = module ]; then
    abi=${ABI:-kcov-v2}
    src=$work/module-src
    rm -rf "$src" && mkdir -p "$src"
    cp -r "${RUNTIME:-$top/kernel/kcov_dataflow}" "$src/rt"
    cp -r "$top/examples/linux" "$src/demo"
    export SANCOV_DATAFLOW_PLUGIN=$cache/toolchain/lib/base/SanCovDataflow.so
    kmake=(make -C "$out" LLVM=-22 CC="$cache/toolchain/bin/sancov-dataflow-cc clang-22")
    { "${kmake[@]}" M="$src/rt" SANCOV_DATAFLOW_INCLUDE="$top/include" \
        KCOV_DATAFLOW_ABI="$abi" modules &&
      SANCOV_DATAFLOW_OPTIONS="abi=$abi" "${kmake[@]}" M="$src/demo" \
        KBUILD_EXTRA_SYMBOLS="$src/rt/Module.symvers" modules
    } > "$work/module-build.log" 2>&1 ||
      { tail -30 "$work/module-build.log" >&2; echo "bench-kernel: module build failed" >&2; exit 1; }
    printf 'dir /lib 0755 0 0\ndir /lib/modules 0755 0 0\n' >> "$work/$flavour.list"
    echo "file /lib/modules/kcov_dataflow.ko $src/rt/kcov_dataflow.ko 0644 0 0" >> "$work/$flavour.list"
    echo "file /lib/modules/dataflow_demo.ko $src/demo/dataflow_demo.ko 0644 0 0" >> "$work/$flavour.list"
  fi
  llvm-nm-22 -S --radix=d --defined-only "$out/vmlinux" |
    awk '$3 ~ /^[tT]$/ { n += $2 } END { printf "%d\n", n }' > "$work/$flavour.text"
  "$out/usr/gen_init_cpio" "$work/$flavour.list" | gzip -9 > "$work/$flavour.cpio.gz"
  echo "bench-kernel: booting $flavour" >&2
  timeout 1800 qemu-system-x86_64 -nographic -no-reboot -m 1024 \
    -icount shift=0 -kernel "$out/arch/x86/boot/bzImage" \
    -initrd "$work/$flavour.cpio.gz" \
    -append "console=ttyS0 panic=-1 loglevel=4${ONLY:+ SCDF_BENCH_ONLY=$ONLY}" \
    < /dev/null > "$work/$flavour.console" 2>&1 || true
  grep -q SCDF-BENCH-DONE "$work/$flavour.console" ||
    { tail -30 "$work/$flavour.console" >&2; echo "bench-kernel: $flavour did not finish" >&2; exit 1; }
  if grep -q SCDF-BENCH-ERROR "$work/$flavour.console"; then
    grep SCDF-BENCH-ERROR "$work/$flavour.console" >&2; exit 1
  fi
done

if [ "$*" = module ]; then
  # The demo's write: instructions per record = (on - off) / records.
  awk -v abi="${ABI:-kcov-v2}" '
    /^SCDF-BENCH demo-bench / { ns[$3] = $5; rec[$3] = $8; words[$3] = $6; drop[$3] = $7 }
    END {
      printf "| ABI | write, recording off | recording on | records per write | words per write | dropped | guest instructions per record |\n"
      printf "|---|---:|---:|---:|---:|---:|---:|\n"
      printf "| %s | %.0f | %.0f | %.1f | %.1f | %s | %.1f |\n", abi, ns["off"], ns["on"], rec["on"], words["on"], drop["on"], (ns["on"] - ns["off"]) / rec["on"]
    }' "$work/module.console"
  exit 0
fi

# Recording off: one column per kernel, then each instrumented kernel
# against base and, when measured, against trace-pc only (guest ns =
# instructions). Recording on: each kernel whose runtime recorded.
# Code size: the text symbols of each vmlinux (.text itself is padded).
texts=() consoles=()
for flavour in "$@"; do
  texts+=("$flavour=$(cat "$work/$flavour.text" 2>/dev/null || echo 0)")
  consoles+=("$work/$flavour.console")
done
awk -v kernels="$*" -v texts="${texts[*]}" '
  FNR == 1 { flavour = FILENAME; sub(/.*\//, "", flavour); sub(/\.console$/, "", flavour) }
  /SCDF-BENCH-UPTIME/ { sub(/.*SCDF-BENCH-UPTIME /, ""); boot[flavour] = $1 }
  /^SCDF-BENCH / { k = flavour "/" $3 "/" $2; ns[k] = $5; words[k] = $6; drop[k] = $7
                   if (!(($2) in seen)) { seen[$2] = 1; order[n++] = $2 } }
  function base_of(f) { return f == "base" || f == "tracepc" }
  END {
    nk = split(kernels, ks, " ")
    split(texts, tv, " "); for (i in tv) { split(tv[i], kv, "="); text[kv[1]] = kv[2] }
    refs[nr = 1] = "base"; label["base"] = "base"
    if (("tracepc/off/" order[0]) in ns) { refs[++nr] = "tracepc"; label["tracepc"] = "trace-pc" }
    printf "Recording off, guest ns (= instructions) per iteration:\n\n| syscall loop |"
    for (i = 1; i <= nk; i++) printf " %s |", ks[i]
    for (i = 1; i <= nk; i++) if (!base_of(ks[i])) for (q = 1; q <= nr; q++) printf " %s / %s |", ks[i], label[refs[q]]
    printf "\n|---|"
    for (i = 1; i <= nk; i++) printf "---:|"
    for (i = 1; i <= nk; i++) if (!base_of(ks[i])) for (q = 1; q <= nr; q++) printf "---:|"
    printf "\n"
    for (j = 0; j < n; j++) {
      c = order[j]; printf "| %s |", c
      for (i = 1; i <= nk; i++) printf " %.0f |", ns[ks[i] "/off/" c]
      for (i = 1; i <= nk; i++) if (!base_of(ks[i])) for (q = 1; q <= nr; q++)
        printf " **%.2f** |", ns[ks[i] "/off/" c] / ns[refs[q] "/off/" c]
      printf "\n"
    }
    printf "\nRecording on (the task records into a 128 MiB buffer):\n\n| syscall loop | kernel | guest ns | / base | record words per iteration | dropped |\n|---|---|---:|---:|---:|---:|\n"
    for (j = 0; j < n; j++) for (i = 1; i <= nk; i++) {
      k = ks[i] "/on/" order[j]; if (!(k in ns)) continue
      printf "| %s | %s | %.0f | %.0f | %.1f | %s |\n", order[j], ks[i], ns[k], ns[k] / ns["base/off/" order[j]], words[k], drop[k]
    }
    printf "\nBoot to /init, guest seconds (/proc/uptime, 10 ms steps):"
    for (i = 1; i <= nk; i++) printf " %s %s%s", ks[i], boot[ks[i]], i < nk ? "," : ""
    printf "\n\nCode, the sum of the sizes of the text symbols of vmlinux (`llvm-nm-22 -S`), bytes:"
    for (i = 1; i <= nk; i++) {
      if (!text[ks[i]]) { printf " %s not measured%s", ks[i], i < nk ? ";" : ""; continue }
      printf " %s %d", ks[i], text[ks[i]]
      for (q = 1; q <= nr; q++) if (!base_of(ks[i]) && text[refs[q]])
        printf " (%+.1f %% over %s)", 100 * (text[ks[i]] / text[refs[q]] - 1), label[refs[q]]
      printf "%s", i < nk ? ";" : ""
    }
    printf "\n"
  }' "${consoles[@]}"
