#!/usr/bin/env bash
# Checks that a kernel built with the wrapper's SANCOV_DATAFLOW_ONLY (the
# `sub` flavour of build-kernel.sh) instrumented exactly its selection:
#
#   check-selection.sh OUT [SELECTION]
#
# OUT is the kernel's output directory, SELECTION the SANCOV_DATAFLOW_ONLY
# it was built with (default: OUT/.sancov-dataflow-only, which
# build-kernel.sh writes). Prints every object linked into vmlinux
# (the members of vmlinux.a) that calls __sanitizer_cov_trace_args or
# __sanitizer_cov_trace_ret, one per line, sorted, and fails if one lies
# outside the selection or a selected object calls neither.
set -euo pipefail
out=${1:?usage: check-selection.sh OUT [SELECTION]}
selection=${2:-$(cat "$out/.sancov-dataflow-only")}
cd "$out"

# The object kbuild builds from a selected source: fs/pipe.c is
# fs/pipe.o; a directory selects the objects below it.
selected() {
  local e
  for e in $selection; do
    case "$e" in
      *.c) [ "$1" = "${e%.c}.o" ] && return 0 ;;
      *) case "$1" in "${e%/}"/*) return 0 ;; esac ;;
    esac
  done
  return 1
}

mapfile -t objs < <(llvm-ar-22 t vmlinux.a)
[ ${#objs[@]} -gt 0 ] || { echo "check-selection: no objects in vmlinux.a" >&2; exit 1; }
instrumented=$(llvm-nm-22 -u -A "${objs[@]}" |
  sed -n 's/^\([^:]*\): *U __sanitizer_cov_trace_\(args\|ret\)$/\1/p' | sort -u)
echo "$instrumented"
status=0
for o in "${objs[@]}"; do
  calls=n
  if grep -qxF "$o" <<< "$instrumented"; then calls=y; fi
  if selected "$o"; then
    [ $calls = y ] ||
      { echo "check-selection: $o is selected but not instrumented" >&2; status=1; }
  elif [ $calls = y ]; then
    echo "check-selection: $o is instrumented but not selected" >&2
    status=1
  fi
done
exit $status
