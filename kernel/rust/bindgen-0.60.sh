#!/bin/bash
# Lets Linux 6.12's Rust support build with Debian 12's bindgen 0.60.1:
#   make ... BINDGEN=$SANCOV/kernel/rust/bindgen-0.60.sh
# docs/KERNEL.md ("What builds on Debian 12") has the error each step works
# around. The bindings are not checked beyond the kernel crate compiling.

# rust_is_available.sh refuses anything older than 0.65.1.
if [ "$1" = --version ]; then
  echo "bindgen 0.65.1"
  exit 0
fi

# libclang 22 names anonymous records in a way 0.60 panics on; 14 does not.
export LIBCLANG_PATH=${LIBCLANG_PATH:-/usr/lib/llvm-14/lib}

args=()
out=
prev=
for a in "$@"; do
  [ "$prev" = -o ] && out=$a
  prev=$a
  case "$a" in
    # 0.60 knows Rust targets up to 1.47.
    1.68) a=1.47 ;;
    # clang 22's kernel flags that libclang 14 rejects (-w is passed anyway).
    -fstrict-flex-arrays=*|-ftrivial-auto-var-init=zero|-Wno-*) continue ;;
  esac
  args+=("$a")
done
/usr/bin/bindgen "${args[@]}" || exit

# 0.60 does not turn __noreturn into `-> !`; the kernel's panic handler
# needs it for its one noreturn helper.
[ -z "$out" ] ||
  sed -i 's/pub fn rust_helper_BUG();/pub fn rust_helper_BUG() -> !;/' "$out"
