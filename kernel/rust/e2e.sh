#!/usr/bin/env bash
# The kernel Rust check (docs/KERNEL.md, "Rust modules"): builds Linux 6.12
# (base.config + rust.config) with Debian 12's rustc-web and the bindgen
# 0.60 wrapper, builds kcov_dataflow and two Rust modules with the plugin
# (the in-tree samples/rust/rust_minimal.ko and our dataflow_rust_demo.ko),
# boots the kernel under qemu (TCG) and records the loading of each Rust
# module with dataflow-trace. Not part of CI (too slow: a kernel build from
# scratch). Leaves, for test/Kernel/full-rust.test:
#   $SANCOV_DATAFLOW_BUILD/kernel-e2e/rust/{vmlinux,modules/,*.trace,console.log}
#
#   kernel/rust/e2e.sh          (KRUST_OUT=/tmp/krust2: the kernel's output)
#
# Needs: apt-get install rustc-web rust-web-src bindgen (rustc-web installs
# /usr/bin/rustc; keep rustup's first in PATH for everything else), the
# project built (build/), and the kernel tree extracted by
# kernel/e2e/build-kernel.sh (used read-only; else extracted into
# $KRUST_OUT.src).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
e2e=$top/kernel/e2e
build=${SANCOV_DATAFLOW_BUILD:-$top/build}
cache=${SANCOV_DATAFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
out=${KRUST_OUT:-/tmp/krust2}
jobs=${JOBS:-2}
dir=$build/kernel-e2e/rust
log() { echo "rust-e2e: $*" >&2; }

if [ ! -x /usr/bin/rustc ] || [ ! -d /usr/src/rustc-1.96.0/library ]; then
  log "needs Debian's rustc-web and rust-web-src (apt-get install rustc-web rust-web-src bindgen)"; exit 1
fi
if [ ! -f "$build/lib/SanCovDataflow.so" ] || [ ! -x "$build/bin/dataflow-view" ]; then
  log "build the project first ($build)"; exit 1
fi
export RUST_LIB_SRC=/usr/src/rustc-1.96.0/library
plugin=$build/lib/SanCovDataflow.so

srcver=$(dpkg-query -W -f='${Version}' linux-source-6.12)
src=$cache/linux-$srcver
if [ ! -f "$src/.sancov-dataflow-extracted" ]; then
  src=$out.src
  if [ ! -f "$src/.extracted" ]; then
    log "extracting the kernel into $src"
    rm -rf "$src" && mkdir -p "$src"
    tar -xf /usr/src/linux-source-6.12.tar.xz -C "$src" --strip-components=1
    touch "$src/.extracted"
  fi
fi
mk=(nice -n 19 make -C "$src" O="$out" LLVM=-22 RUSTC=/usr/bin/rustc
    RUSTDOC=/usr/bin/rustdoc BINDGEN="$here/bindgen-0.60.sh")

if [ ! -f "$out/.config" ]; then
  log "configuring $out"
  mkdir -p "$out"
  "${mk[@]}" tinyconfig > /dev/null
  "$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" \
    "$e2e/base.config" "$here/rust.config" > /dev/null
  "${mk[@]}" olddefconfig > /dev/null
  cat "$e2e/base.config" "$here/rust.config" |
  awk -F= '/^CONFIG_/ {v[$1] = $2} END {for (k in v) print k, v[k]}' |
  while read -r opt val; do
    if [ "$val" = n ]; then
      ! grep -q "^$opt=y" "$out/.config" || { log "$opt stayed y"; exit 1; }
    else
      grep -qx "$opt=$val" "$out/.config" || { log "config did not keep $opt=$val"; rm -f "$out/.config"; exit 1; }
    fi
  done
  "${mk[@]}" rustavailable
fi

# The kernel and rust_minimal.ko with the plugin. modpost cannot see the
# callbacks (kcov_dataflow is built afterwards, out of tree): warnings.
log "building the kernel with $jobs jobs (log: $out/build.log)"
start=$(date +%s)
"${mk[@]}" -j"$jobs" KBUILD_MODPOST_WARN=1 \
  RUSTFLAGS_MODULE=-Zllvm-plugins="$plugin" bzImage modules > "$out/build.log" 2>&1 ||
  { tail -40 "$out/build.log" >&2; log "kernel build failed"; exit 1; }
echo $(( $(date +%s) - start )) > "$out/.build-seconds"
log "kernel built in $(cat "$out/.build-seconds")s"

rm -rf "$dir" && mkdir -p "$dir/modules" "$dir/src"
cp -r "$top/kernel/kcov_dataflow" "$dir/src/kcov_dataflow"
cp -r "$here/dataflow_rust_demo" "$dir/src/dataflow_rust_demo"
{
  "${mk[@]}" M="$dir/src/kcov_dataflow" SANCOV_DATAFLOW_INCLUDE="$top/include" modules &&
  "${mk[@]}" M="$dir/src/dataflow_rust_demo" \
    KBUILD_EXTRA_SYMBOLS="$dir/src/kcov_dataflow/Module.symvers" \
    RUSTFLAGS_MODULE=-Zllvm-plugins="$plugin" modules
} > "$dir/modules.log" 2>&1 ||
  { cat "$dir/modules.log" >&2; log "module build failed"; exit 1; }
cp "$dir/src/kcov_dataflow/kcov_dataflow.ko" \
   "$dir/src/dataflow_rust_demo/dataflow_rust_demo.ko" \
   "$out/samples/rust/rust_minimal.ko" "$dir/modules/"
ln -sf "$out/vmlinux" "$dir/vmlinux"

bin=$dir/userland
mkdir -p "$bin"
cc -O2 -static -Wall -o "$bin/init" "$e2e/init.c"
cc -O2 -static -Wall -I"$top/include" -o "$bin/dataflow-trace" \
  "$top"/tools/dataflow-trace/*.c
{
  echo "dir /dev 0755 0 0"
  echo "nod /dev/console 0600 0 0 c 5 1"
  for d in /proc /sys /bin /lib /lib/modules; do echo "dir $d 0755 0 0"; done
  echo "file /init $bin/init 0755 0 0"
  echo "file /bin/dataflow-trace $bin/dataflow-trace 0755 0 0"
  echo "slink /bin/load-module /init 0777 0 0"
  for ko in "$dir"/modules/*.ko; do
    echo "file /lib/modules/$(basename "$ko") $ko 0644 0 0"
  done
} > "$dir/initramfs.list"
"$out/usr/gen_init_cpio" "$dir/initramfs.list" | gzip -9 > "$dir/initramfs.cpio.gz"

log "booting"
start=$(date +%s.%N)
timeout 600 qemu-system-x86_64 -m 512 -kernel "$out/arch/x86/boot/bzImage" \
  -nographic -no-reboot -initrd "$dir/initramfs.cpio.gz" \
  -append "console=ttyS0 panic=-1 loglevel=4 SCDF_MODE=rust" \
  < /dev/null > "$dir/console.log" 2>&1 || true
echo "$(date +%s.%N) - $start" | bc > "$dir/boot-seconds"
grep -q "SCDF-DONE rust" "$dir/console.log" ||
  { tail -40 "$dir/console.log" >&2; log "the guest did not finish ($dir/console.log)"; exit 1; }
for name in $(sed -n 's/^SCDF-TRACE-BEGIN \([a-z0-9_-]*\).*/\1/p' "$dir/console.log"); do
  sed -n "/^SCDF-TRACE-BEGIN $name\r*\$/,/^SCDF-TRACE-END $name\r*\$/p" "$dir/console.log" |
    sed '1d;$d' | tr -d '\r' | base64 -d > "$dir/$name.trace"
done
sed '/^SCDF-TRACE-BEGIN/,/^SCDF-TRACE-END/d' "$dir/console.log" | tr -d '\r' > "$dir/kernel.log"
if grep -nE 'Oops|BUG:|WARNING:|KASAN|general protection|Call Trace' "$dir/kernel.log" >&2; then
  log "the kernel reported a fault ($dir/console.log)"; exit 1
fi
for t in "$dir"/*.trace; do
  log "$(basename "$t"):"
  "$build/bin/dataflow-view" --vmlinux "$dir/vmlinux" --modules "$dir/modules" "$t"
done
log "booted and recorded in $(cat "$dir/boot-seconds")s"
