#!/usr/bin/env bash
# End-to-end kernel test: builds the kernels (cached, see build-kernel.sh),
# the kcov_dataflow runtime and the example module with stock clang 22 and
# the sancov-dataflow wrapper, boots each under qemu (TCG) with a static
# init that records the example module (and, with the whole kernel
# instrumented, a pipe syscall) through dataflow-trace, runs the runtime
# under abuse (abuse.c), fails on any oops, BUG or WARNING on the console,
# and leaves for the lit tests in test/Kernel:
#   $SANCOV_DATAFLOW_BUILD/kernel-e2e/<mode>/{vmlinux,modules/,*.trace,console.log}
#
#   run.sh [base] [all] [sub] [usb]  (default: all four; the README test command)
#   run.sh --full              base, all, sub, usb, kasan and arm64
#
# sub:   base's kernel with the runtime built in and only fs/pipe.c and
#        kernel/locking/ instrumented (with trace-cmp), rebuilt from base's
#        output in about a minute; records the pipe test with --cmp, and
#        kernel/e2e/check-selection.sh checks that only the selection
#        calls the callbacks.
# usb:   sub's way with USB host, gadget, dummy HCD and Gadget Zero as
#        modules, the USB core and dummy_hcd instrumented (a few minutes
#        from base's output); records the plugging of Gadget Zero under
#        the USB handle of bus 1: the kernel's own annotations in hub_event
#        and the URB giveback (test/Kernel/remote-usb.test).
# kasan: the all kernel with KASAN, BUG, SMP and preemption, booted on two
#        CPUs; arm64: the all kernel cross-built for arm64, booted on qemu's
#        virt machine (needs qemu-system-arm, gcc-aarch64-linux-gnu and
#        libc6-dev-arm64-cross, which --full installs if missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${SANCOV_DATAFLOW_BUILD:-$top/build}
export SANCOV_DATAFLOW_BUILD=$build
work=$build/kernel-e2e
cache=${SANCOV_DATAFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
# build-kernel.sh runs the wrapper from this fixed copy (see there).
wrapper=$cache/toolchain/bin/sancov-dataflow-cc
log() { echo "kernel-e2e: $*" >&2; }
[ $# -gt 0 ] || set -- base all sub usb
if [ "$1" = --full ]; then
  set -- base all sub usb kasan arm64
  missing=()
  for p in qemu-system-arm gcc-aarch64-linux-gnu libc6-dev-arm64-cross; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}"
  fi
fi

mkdir -p "$work"
# The static init, recorder and abuse cases for the initramfs (no libc in
# there), for each architecture a mode needs.
userland() { # ARCH CC
  local d=$work/userland-$1
  mkdir -p "$d"
  $2 -O2 -static -Wall -o "$d/init" "$here/init.c"
  $2 -O2 -static -Wall -I"$top/include" -o "$d/dataflow-trace" \
    "$top"/tools/dataflow-trace/*.c
  $2 -O2 -static -Wall -I"$top/include" -o "$d/abuse" "$here/abuse.c"
}
# The one dynamically linked command (all), with the host's loader and C
# library, each at the path the program asks for.
dynamic_userland() { # LIST-FILE
  local d=$work/userland-x86_64 lib
  cc -O2 -Wall -o "$d/dyn-hello" "$here/dyn-hello.c"
  echo "file /bin/dyn-hello $d/dyn-hello 0755 0 0"
  echo "hello from a dynamically linked command" > "$d/dyn-hello.txt"
  echo "dir /etc 0755 0 0"
  echo "file /etc/dyn-hello $d/dyn-hello.txt 0644 0 0"
  for lib in $(ldd "$d/dyn-hello" | grep -o '/[^ ]*'); do
    echo "dir $(dirname "$lib") 0755 0 0"
    echo "file $lib $(readlink -f "$lib") 0755 0 0"
  done
}
userland x86_64 cc
case " $* " in *" arm64 "*) userland arm64 aarch64-linux-gnu-gcc ;; esac

for mode in "$@"; do
  case "$mode" in base|all|sub|usb|kasan|arm64) ;; *) log "unknown mode '$mode'"; exit 2 ;; esac
  arch=x86_64
  [ "$mode" != arm64 ] || arch=arm64
  bin=$work/userland-$arch
  out=$("$here/build-kernel.sh" "$mode")
  # The plugin copy this flavour was built with (build-kernel.sh).
  export SANCOV_DATAFLOW_PLUGIN=$cache/toolchain/lib/$mode/SanCovDataflow.so
  dir=$work/$mode
  rm -rf "$dir" && mkdir -p "$dir/modules" "$dir/src"
  kmake=(make -C "$out" ARCH=$arch LLVM=-22 CC="$wrapper clang-22")

  # Out-of-tree modules, built from copies so the source tree stays clean.
  extra=()
  if [ "$mode" = base ]; then
    cp -r "$top/kernel/kcov_dataflow" "$dir/src/kcov_dataflow"
    "${kmake[@]}" M="$dir/src/kcov_dataflow" \
      SANCOV_DATAFLOW_INCLUDE="$top/include" modules > "$dir/modules.log" 2>&1 ||
      { cat "$dir/modules.log" >&2; log "runtime module build failed"; exit 1; }
    cp "$dir/src/kcov_dataflow/kcov_dataflow.ko" "$dir/modules/"
    extra=(KBUILD_EXTRA_SYMBOLS="$dir/src/kcov_dataflow/Module.symvers")
  fi
  if [ "$mode" = usb ]; then
    # No demo: the kernel's USB modules (init.c loads them in order), all
    # of them, so the viewer finds the instrumented ones' debug info.
    for ko in drivers/usb/common/usb-common drivers/usb/core/usbcore \
              drivers/usb/gadget/udc/udc-core drivers/usb/gadget/udc/dummy_hcd \
              fs/configfs/configfs drivers/usb/gadget/libcomposite \
              drivers/usb/gadget/function/usb_f_ss_lb drivers/usb/gadget/legacy/g_zero; do
      cp "$out/$ko.ko" "$dir/modules/"
    done
  else
    cp -r "$top/examples/linux" "$dir/src/demo"
    # The demo with trace-cmp (CMP records); built in, the runtime serves
    # the kernel's own remote annotations, which the demo's kworker then
    # uses.
    [ "$mode" = base ] || extra+=(DATAFLOW_DEMO_KCOV_API=y)
    "${kmake[@]}" M="$dir/src/demo" "${extra[@]}" \
      KCFLAGS=-fsanitize-coverage=trace-cmp modules >> "$dir/modules.log" 2>&1 ||
      { cat "$dir/modules.log" >&2; log "example module build failed"; exit 1; }
    cp "$dir/src/demo/dataflow_demo.ko" "$dir/modules/"
  fi
  # base: the runtime and the example module once more for ABI B (with the
  # plugin's guard, which the runtime sets while recording), for ABI C, for
  # ABI C with entry-exit and for ABI E; init loads each pair in turn in
  # place of the ABI A pair.
  abi_dirs=()
  if [ "$mode" = base ]; then
    for pair in "value-pc:value-pc:abi=value-pc;guard" "value:value:abi=value" \
                "entry-exit:value:abi=value;entry-exit" "packed:packed:abi=packed"; do
      name=${pair%%:*} rest=${pair#*:}
      abi=${rest%%:*} opts=${rest#*:}
      s=$dir/src/$name
      mkdir -p "$s" "$dir/modules-$name"
      cp -r "$top/kernel/kcov_dataflow" "$s/kcov_dataflow"
      cp -r "$top/examples/linux" "$s/demo"
      { "${kmake[@]}" M="$s/kcov_dataflow" SANCOV_DATAFLOW_INCLUDE="$top/include" \
          KCOV_DATAFLOW_ABI="$abi" modules &&
        SANCOV_DATAFLOW_OPTIONS="$opts" "${kmake[@]}" M="$s/demo" \
          KBUILD_EXTRA_SYMBOLS="$s/kcov_dataflow/Module.symvers" modules
      } >> "$dir/modules.log" 2>&1 ||
        { cat "$dir/modules.log" >&2; log "$name module build failed"; exit 1; }
      cp "$s/kcov_dataflow/kcov_dataflow.ko" "$s/demo/dataflow_demo.ko" "$dir/modules-$name/"
      abi_dirs+=("$name")
    done
  fi
  ln -sf "$out/vmlinux" "$dir/vmlinux"

  # gen_init_cpio needs no root for device nodes.
  {
    echo "dir /dev 0755 0 0"
    echo "nod /dev/console 0600 0 0 c 5 1"
    for d in /proc /sys /bin /lib /lib/modules; do echo "dir $d 0755 0 0"; done
    echo "file /init $bin/init 0755 0 0"
    echo "file /bin/dataflow-trace $bin/dataflow-trace 0755 0 0"
    echo "file /bin/abuse $bin/abuse 0755 0 0"
    echo "slink /bin/trigger /init 0777 0 0"
    echo "slink /bin/pipe-test /init 0777 0 0"
    echo "slink /bin/usb-plug /init 0777 0 0"
    echo "slink /bin/load-module /init 0777 0 0"
    for ko in "$dir"/modules/*.ko; do
      echo "file /lib/modules/$(basename "$ko") $ko 0644 0 0"
    done
    [ "$mode" != all ] || dynamic_userland
    for abi in "${abi_dirs[@]}"; do
      echo "dir /lib/modules/$abi 0755 0 0"
      for ko in "$dir/modules-$abi"/*.ko; do
        echo "file /lib/modules/$abi/$(basename "$ko") $ko 0644 0 0"
      done
    done
  } > "$dir/initramfs.list"
  "$out/usr/gen_init_cpio" "$dir/initramfs.list" | gzip -9 > "$dir/initramfs.cpio.gz"

  log "booting $mode"
  start=$(date +%s.%N)
  case "$mode" in
    base|all|sub|usb) qemu=(qemu-system-x86_64 -m 512 -kernel "$out/arch/x86/boot/bzImage")
              console=ttyS0 ;;
    # KASAN's shadow takes an eighth of the memory; two CPUs race the
    # callbacks against DISABLE and close.
    kasan) qemu=(qemu-system-x86_64 -m 1024 -smp 2 -kernel "$out/arch/x86/boot/bzImage")
           console=ttyS0 ;;
    # KASLR on: qemu's virt machine puts a seed in the device tree (and
    # -cpu max has RNDR). arm64's kallsyms has no _text, so dataflow-trace
    # records _stext and the viewer takes the offset from vmlinux's _stext
    # (full-arm64.test checks both).
    arm64) qemu=(qemu-system-aarch64 -M virt -cpu max -m 1024
                 -kernel "$out/arch/arm64/boot/Image")
           console=ttyAMA0 ;;
  esac
  timeout 1200 "${qemu[@]}" -nographic -no-reboot \
    -initrd "$dir/initramfs.cpio.gz" \
    -append "console=$console panic=-1 loglevel=4 SCDF_MODE=$mode" \
    < /dev/null > "$dir/console.log" 2>&1 || true
  echo "$(date +%s.%N) - $start" | bc > "$dir/boot-seconds"
  if ! grep -q "SCDF-DONE $mode" "$dir/console.log"; then
    tail -40 "$dir/console.log" >&2
    log "$mode: the guest did not finish (console: $dir/console.log)"
    exit 1
  fi
  # Traces travel base64-encoded on the serial console.
  for name in $(sed -n 's/^SCDF-TRACE-BEGIN \([a-z0-9-]*\).*/\1/p' "$dir/console.log"); do
    sed -n "/^SCDF-TRACE-BEGIN $name\r*\$/,/^SCDF-TRACE-END $name\r*\$/p" "$dir/console.log" |
      sed '1d;$d' | tr -d '\r' | base64 -d > "$dir/$name.trace"
  done
  # Section sizes (overhead against the base kernel, docs/BENCHMARKS.md)
  # and objtool warnings of the build.
  llvm-size-22 -A "$out/vmlinux" |
    awk '$1 == ".text" || $1 == ".rodata" || $1 == ".data" {print $1, $2}' \
    > "$dir/sizes.txt"
  grep -c "objtool.*warning\|warning:.*objtool" "$out/build.log" \
    > "$dir/objtool-warnings.txt" || true
  cp "$out/.build-seconds" "$dir/build-seconds" 2>/dev/null || true
  if [ "$mode" = all ] || [ "$mode" = arm64 ]; then
    "$here/check-noinstr.sh" "$out" > "$dir/noinstr.txt" 2> "$dir/noinstr.log" ||
      { cat "$dir/noinstr.log" "$dir/noinstr.txt" >&2; log "noinstr check failed"; exit 1; }
  fi
  # sub: the objects that call the callbacks, and the functions they
  # define (test/Kernel/sub-*.test: no record from anywhere else).
  if [ "$mode" = sub ]; then
    "$here/check-selection.sh" "$out" > "$dir/instrumented.txt" ||
      { log "sub: the selection check failed"; exit 1; }
    (cd "$out" && llvm-nm-22 --defined-only --format=just-symbols \
       $(cat "$dir/instrumented.txt")) | LC_ALL=C sort -u > "$dir/selected-functions.txt"
  fi
  # The kernel's own reports of a fault, outside the base64 trace blocks
  # (which could spell anything). Kept for the lit tests as kernel.log.
  sed '/^SCDF-TRACE-BEGIN/,/^SCDF-TRACE-END/d' "$dir/console.log" | tr -d '\r' \
    > "$dir/kernel.log"
  if grep -nE 'Oops|BUG:|WARNING:|KASAN|general protection|Call Trace' \
       "$dir/kernel.log" >&2; then
    log "$mode: the kernel reported a fault (console: $dir/console.log)"
    exit 1
  fi
  # abuse.c's own verdicts are checked by test/Kernel/abuse.test.
  grep '^ABUSE' "$dir/kernel.log" | grep -v -e ' ok$' -e '^ABUSE-DONE 0$' >&2 || true
  log "$mode: booted and recorded in $(cat "$dir/boot-seconds")s: $(ls "$dir"/*.trace | xargs -n1 basename | tr '\n' ' ')"
done
