#!/usr/bin/env bash
# Builds (or reuses) a Linux 6.12 kernel from Debian's linux-source-6.12
# with stock clang 22 and the sancov-dataflow wrapper.
#
#   build-kernel.sh base|all|sub|usb|kasan|arm64|tracepc|guard|value   prints the output directory
#
# base:  KCOV_INSTRUMENT_ALL=n, runtime as a module (the example modules opt
#        in); its vmlinux is the uninstrumented baseline.
# all:   KCOV_INSTRUMENT_ALL=y, runtime built in, whole kernel instrumented.
# sub:   base with the runtime built in and only $sub_only instrumented
#        (the wrapper's SANCOV_DATAFLOW_ONLY): a copy of base's output in
#        which make rebuilds the selected objects, the runtime and the link.
# usb:   sub's way with usb.config merged onto the copy (USB host, gadget,
#        dummy HCD and Gadget Zero, all modules) and $usb_only
#        instrumented: the kernel's own remote annotations in USB's hub
#        thread and URB completions.
# kasan: all with generic KASAN (run.sh --full).
# arm64: all cross-built for arm64 (run.sh --full).
# tracepc: all's configuration without the plugin (KCOV's trace-pc only),
#        the baseline bench/kernel compares all with.
# guard: all built with the plugin's guard option (bench/kernel).
# value: all with ABI B (abi=value-pc, the runtime built for it): the value
#        ABIs' code size and idle cost (bench/kernel).
# packed: all with ABI E (abi=packed): one call per entry and per return
#        (bench/kernel).
#
# Builds live outside the clone, in $SANCOV_DATAFLOW_CACHE (default
# ~/.cache/sancov-dataflow), keyed by everything that changes their
# contents, so CI rebuilds only when an input changed.
set -euo pipefail
flavour=${1:?usage: build-kernel.sh base|all|sub|usb|kasan|arm64|tracepc|guard|value|packed}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${SANCOV_DATAFLOW_BUILD:-$top/build}
cache=${SANCOV_DATAFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
jobs=${JOBS:-$(nproc)}
log() { echo "build-kernel: $*" >&2; }

tarball=/usr/src/linux-source-6.12.tar.xz
[ -f "$tarball" ] || { log "missing $tarball (apt-get install linux-source-6.12)"; exit 1; }
srcver=$(dpkg-query -W -f='${Version}' linux-source-6.12)
clangver=$(clang-22 --version | head -1)

# The source tree: Debian's tarball plus the built-in runtime, which the
# tree compiles only when make is given SANCOV_DATAFLOW_BUILTIN=y.
src=$cache/linux-$srcver
if [ ! -f "$src/.sancov-dataflow-extracted" ]; then
  log "extracting $tarball"
  rm -rf "$src" && mkdir -p "$src"
  tar -xf "$tarball" -C "$src" --strip-components=1
  touch "$src/.sancov-dataflow-extracted"
fi
# kernel/Makefile ends with our rules, rewritten when they changed (trees
# extracted by an older version of this script have older rules): the
# runtime's directory, and, built in, kcov.c's kcov_remote_start/_stop
# renamed so the runtime's remote.c serves the kernel's annotations (and
# calls KCOV's). Without SANCOV_DATAFLOW_BUILTIN both expand to nothing,
# so a `base` build compiles kcov.c exactly as Debian's tree does.
rules='# sancov-dataflow: the built-in kcov_dataflow runtime (its Kbuild keeps it
# uninstrumented and unsanitized).
obj-$(SANCOV_DATAFLOW_BUILTIN) += kcov_dataflow/
CFLAGS_kcov.o += $(if $(SANCOV_DATAFLOW_BUILTIN),-Dkcov_remote_start=kcov_remote_start_kcov -Dkcov_remote_stop=kcov_remote_stop_kcov)'
makefile=$src/kernel/Makefile
if [ "$(sed -n '/^# sancov-dataflow:/,$p' "$makefile")" != "$rules" ]; then
  sed '/^# sancov-dataflow:/,$d' "$makefile" > "$makefile.tmp.$$"
  printf '%s\n' "$rules" >> "$makefile.tmp.$$"
  mv -f "$makefile.tmp.$$" "$makefile"
  rm -f "$src/kernel/kcov_dataflow.c"
fi

fragments=("$here/base.config")
builtin=
case "$flavour" in
  base) ;;
  all) fragments+=("$here/all.config"); builtin=y ;;
  sub) builtin=y ;;
  usb) fragments+=("$here/usb.config"); builtin=y ;;
  tracepc) fragments+=("$here/all.config") ;;
  # all with the plugin's guard: every function tests the runtime's guard
  # byte once and skips its callbacks while nothing records (bench/kernel).
  guard) fragments+=("$here/all.config"); builtin=y
         export SANCOV_DATAFLOW_OPTIONS=guard ;;
  # all with ABI B: make passes KCOV_DATAFLOW_ABI to the runtime's Kbuild.
  value) fragments+=("$here/all.config"); builtin=y
         export SANCOV_DATAFLOW_OPTIONS=abi=value-pc KCOV_DATAFLOW_ABI=value-pc ;;
  # all with ABI E: one preserve_most call per entry and per return.
  packed) fragments+=("$here/all.config"); builtin=y
          export SANCOV_DATAFLOW_OPTIONS=abi=packed KCOV_DATAFLOW_ABI=packed ;;
  kasan) fragments+=("$here/all.config" "$here/kasan.config"); builtin=y ;;
  arm64) fragments+=("$here/all.config" "$here/arm64.config"); builtin=y ;;
  *) log "unknown flavour '$flavour' (base, all, sub, usb, kasan, arm64, tracepc, guard, value or packed)"; exit 2 ;;
esac
# The built-in runtime enters the shared source tree only for the flavours
# that build it: a `base` build (whose runtime is a module built from the
# clone, with the clone's abi.h first) never swaps the runtime under another
# clone's running built-in build. Copied only when changed, so make
# rebuilds only what changed; renamed into place.
if [ -n "$builtin" ]; then
  mkdir -p "$src/include/sancov-dataflow" "$src/kernel/kcov_dataflow"
  for from in "$top"/kernel/kcov_dataflow/* "$top/include/sancov-dataflow/abi.h"; do
    to=$src/${from#"$top"/}
    cmp -s "$from" "$to" || { cp "$from" "$to.tmp.$$" && mv -f "$to.tmp.$$" "$to"; }
  done
fi
arch=x86_64 image=bzImage
[ "$flavour" != arm64 ] || { arch=arm64; image=Image; }
key_inputs=$(cat "${fragments[@]}"; echo "$srcver $clangver $flavour")
if [ -n "$builtin" ]; then
  # Every file is instrumented: the plugin's code is an input (the headers
  # the plugin includes; abi.h reaches the tree by copy and make tracks it).
  plugin_headers=$(sed -n 's|^#include "\(sancov-dataflow/[A-Za-z]*\.h\)"|\1|p' \
                   "$top"/lib/Plugin/*.cpp | sort -u)
  key_inputs+=$(cat "$top"/lib/Plugin/*.cpp; for h in $plugin_headers; do cat "$top/include/$h"; done)
fi
# sub and usb: what base was built from (its output directory's key), what
# is selected, the wrapper that reads the selection (kbuild sees neither the
# environment nor the flags the wrapper adds, so a change needs a fresh
# copy, not make) and how this script copies.
sub_only="fs/pipe.c kernel/locking/"
# The CMP option: trace-cmp in the selected objects, for CMP records (the
# built-in runtime's cmp.c takes the callbacks). 0 builds without it.
sub_cmp=1
# usb: the USB core (hub thread, URB giveback, enumeration) and the dummy
# HCD's host side; no trace-cmp, which would multiply the records of a
# hub_event session.
usb_only="drivers/usb/core/ drivers/usb/gadget/udc/dummy_hcd.c"
usb_cmp=0
only= only_cmp=
case "$flavour" in
  sub) only=$sub_only only_cmp=$sub_cmp ;;
  usb) only=$usb_only only_cmp=$usb_cmp ;;
esac
if [ -n "$only" ]; then
  base_out=$("$0" base)
  key_inputs+="$(basename "$base_out") $only $only_cmp"
  key_inputs+=$(cat "$top"/tools/sancov-dataflow-cc/*.cpp "$top"/tools/sancov-dataflow-cc/*.h \
                "$here/build-kernel.sh")
fi
key=$(printf '%s' "$key_inputs" | sha256sum | cut -c1-16)
out=$cache/out-$flavour-$key
stamp=$out/.sancov-dataflow-built

# The wrapper's path is part of every compile command kbuild records: run it
# from a copy at a fixed place, so a build from another clone (CI) reuses the
# cached objects instead of recompiling the whole kernel.
[ -x "$build/bin/sancov-dataflow-cc" ] ||
  { log "missing $build/bin/sancov-dataflow-cc: build the project first"; exit 1; }
# Each flavour gets its own copy of the plugin (through the wrapper's
# SANCOV_DATAFLOW_PLUGIN, which kbuild does not record), so building one
# flavour never swaps the plugin under another's running build; copies are
# renamed into place, never overwritten, for the same reason.
toolchain=$cache/toolchain
install_copy() {
  cmp -s "$1" "$2" && return 0
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2.tmp.$$" && mv -f "$2.tmp.$$" "$2"
}
# sub's and usb's wrappers are copies of their own too: what they
# instrument depends on their version, which another clone's build must not
# swap under them (copy_base points base's recorded commands at them).
wrapper_dir=$toolchain
[ -z "$only" ] || wrapper_dir=$toolchain/$flavour
for f in bin/sancov-dataflow-cc share/sancov-dataflow/coverage-off.txt; do
  install_copy "$build/$f" "$wrapper_dir/$f"
done
install_copy "$build/lib/SanCovDataflow.so" "$toolchain/lib/$flavour/SanCovDataflow.so"
export SANCOV_DATAFLOW_PLUGIN=$toolchain/lib/$flavour/SanCovDataflow.so
wrapper=$wrapper_dir/bin/sancov-dataflow-cc
mk=(make -C "$src" O="$out" ARCH=$arch LLVM=-22 CC="$wrapper clang-22"
    SANCOV_DATAFLOW_BUILTIN=$builtin)
# tracepc: all's configuration built by clang itself, KCOV's trace-pc in
# every file and no plugin: the fair baseline of all (bench/kernel).
[ "$flavour" != tracepc ] || mk=(make -C "$src" O="$out" ARCH=$arch LLVM=-22)
[ -z "$only" ] ||
  mk=(env SANCOV_DATAFLOW_ONLY="$only" SANCOV_DATAFLOW_CMP="$only_cmp" "${mk[@]}")

# sub and usb start from a copy of base's output (timestamps kept, so make finds
# everything up to date) without the selected objects, which make then
# rebuilds with the plugin. It records the selection for run.sh.
copy_base() {
  log "copying $base_out for $flavour"
  rm -rf "$out.tmp" && cp -a "$base_out" "$out.tmp"
  rm -f "$out.tmp/build.log" "$out.tmp/.build-seconds" \
        "$out.tmp/.sancov-dataflow-built"
  # The commands kbuild recorded name base's wrapper, and objtool's build
  # (tools/) its absolute output directory: either, unchanged, would
  # rebuild everything (every object depends on objtool). Same times, so
  # nothing looks newer.
  local f e
  grep -rlIF -e "$base_out" -e "$toolchain/bin/" "$out.tmp" | while read -r f; do
    sed -e "s|$base_out|$out|g" -e "s|$toolchain/bin/|$wrapper_dir/bin/|g" \
      "$f" > "$f.new"
    touch -r "$f" "$f.new" && mv "$f.new" "$f"
  done
  for e in $only; do
    case "$e" in
      *.c) rm -f "$out.tmp/${e%.c}.o" ;;
      # (usb's directories are not built in base)
      *) [ ! -d "$out.tmp/${e%/}" ] || find "$out.tmp/${e%/}" -name '*.o' -delete ;;
    esac
  done
  echo "$only" > "$out.tmp/.sancov-dataflow-only"
  echo "$only_cmp" > "$out.tmp/.sancov-dataflow-cmp"
  # usb: its fragment merged onto base's configuration. olddefconfig
  # writes .config alone; the build's syncconfig then touches the changed
  # options' include/config/ files, so make rebuilds only what uses them.
  if [ "$flavour" = usb ]; then
    "$src/scripts/kconfig/merge_config.sh" -m -O "$out.tmp" "$out.tmp/.config" \
      "$here/usb.config" >/dev/null
    "${mk[@]}" O="$out.tmp" olddefconfig >/dev/null
    check_config "$out.tmp/.config"
  fi
  mv "$out.tmp" "$out"
}

# Every option of the fragments (later ones win) must have stuck.
check_config() { # CONFIG-FILE
  cat "${fragments[@]}" | awk -F= '/^CONFIG_/ {v[$1] = $2} END {for (k in v) print k, v[k]}' |
  while read -r opt val; do
    if [ "$val" = n ]; then
      ! grep -q "^$opt=[ym]" "$1" || { log "$opt stayed on"; exit 1; }
    else
      grep -qx "$opt=$val" "$1" || { log "config did not keep $opt=$val"; exit 1; }
    fi
  done
}

# Builds of one flavour take turns across clones (two building the same
# key would write into one directory); the lock is held until this exits.
exec 9>"$cache/.lock-$flavour"
flock 9
if [ ! -f "$stamp" ]; then
  # This key supersedes the flavour's other builds, but the newest complete
  # one stays: another clone (of other plugin sources) may be booting it.
  # (None yet on a machine that never built the flavour: ls fails.)
  newest=$(ls -dt "$cache"/out-$flavour-*/.sancov-dataflow-built 2>/dev/null | head -1 || true)
  for old in "$cache"/out-$flavour-*; do
    [ "$old" = "$out" ] || [ "$old/.sancov-dataflow-built" = "$newest" ] ||
      rm -rf "$old"
  done
  [ -z "$only" ] || [ -f "$out/.config" ] || copy_base
  mkdir -p "$out"
  # Configured means checked: a configure interrupted after tinyconfig
  # leaves a .config that builds a kernel without KCOV.
  if [ ! -f "$out/.config" ] || ! check_config "$out/.config" 2>/dev/null; then
    log "configuring $flavour ($out)"
    "${mk[@]}" tinyconfig >/dev/null
    "$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" \
      "${fragments[@]}" >/dev/null
    "${mk[@]}" olddefconfig >/dev/null
    check_config "$out/.config"
  fi
  log "building $flavour kernel with $jobs jobs (log: $out/build.log)"
  # progress.sh prints a line every 30 s; the number of files the last
  # complete build from scratch compiled (kept outside the keyed output
  # directory, so it changes neither the key nor the build) makes it a
  # percentage. A build resumed after an interruption or a failure (its
  # build.log exists; the configure step above writes none) compiles fewer
  # files and does not record its count.
  files_estimate=$cache/build-files-$flavour
  if [ -e "$out/build.log" ]; then fresh=n; else fresh=y; fi
  start=$(date +%s)
  if ! "$here/progress.sh" "$flavour" "$out/build.log" "$files_estimate" -- \
       "${mk[@]}" -j"$jobs" $image modules; then
    tail -40 "$out/build.log" >&2
    log "kernel build failed"
    exit 1
  fi
  echo $(( $(date +%s) - start )) > "$out/.build-seconds"
  [ "$fresh" = n ] ||
    "$here/progress.sh" --count "$out/build.log" > "$files_estimate"
  touch "$stamp"
else
  # Picks up a changed runtime source (built-in flavour) in seconds.
  "$here/progress.sh" "$flavour" "$out/build.log" "" -- \
    "${mk[@]}" -j"$jobs" $image modules ||
    { tail -40 "$out/build.log" >&2; log "kernel rebuild failed"; exit 1; }
fi
echo "$out"
