#!/usr/bin/env bash
# Runs a long build quietly but not silently (a kernel build takes 7-8
# minutes on 2 cores; its log is long and kept in a file):
#
#   progress.sh LABEL LOG ESTIMATE -- CMD [ARGS...]
#   progress.sh --count LOG
#
# CMD runs in the foreground, so Ctrl-C and its exit status work as if it
# ran directly, with stdout and stderr in LOG. Every
# $SANCOV_DATAFLOW_PROGRESS_SECONDS (default 30) seconds one line goes to
# stderr:
#
#   build-kernel: LABEL: 4m30s, 812 files compiled (about 45% of 1804)
#
# counting kbuild's "  CC" and "  AS" lines in LOG (quiet kbuild prints one
# per compiled file, "  CC [M]" for a module's). The percentage needs
# ESTIMATE, a file holding the count of an earlier complete build (from
# --count LOG); without one (first build, or ESTIMATE ""), only the count.
# An estimate is never 100% until CMD is done. Exits with CMD's status.
set -euo pipefail
log() { echo "build-kernel: $*" >&2; }

# Compiled files so far in kbuild log $1.
count() {
  [ -f "$1" ] || { echo 0; return; }
  grep -cE '^  (CC|AS) ' "$1" || true
}

if [ "${1:-}" = --count ]; then
  count "${2:?usage: progress.sh --count LOG}"
  exit 0
fi
if [ $# -lt 5 ] || [ "$4" != -- ]; then
  echo "usage: progress.sh LABEL LOG ESTIMATE -- CMD [ARGS...]" >&2
  exit 2
fi
label=$1 logfile=$2 estimate=$3
shift 4
interval=${SANCOV_DATAFLOW_PROGRESS_SECONDS:-30}
total=
if [ -n "$estimate" ] && [ -s "$estimate" ]; then
  total=$(cat "$estimate")
  [[ "$total" =~ ^[1-9][0-9]*$ ]] || total=
fi

report() {
  local parent=$1 start=$SECONDS n s line
  # sleep gets no output descriptors: when CMD ends, this reporter is
  # killed but its sleep lives on for up to $interval seconds, and must not
  # hold open a pipe that the caller reads to its end (run.sh reads
  # build-kernel.sh's output with $(...)).
  while sleep "$interval" >/dev/null 2>&1; do
    kill -0 "$parent" 2>/dev/null || return 0
    n=$(count "$logfile")
    s=$((SECONDS - start))
    line="$label: $((s / 60))m$(printf '%02d' $((s % 60)))s, $n file"
    [ "$n" = 1 ] || line+=s
    line+=" compiled"
    if [ -n "$total" ]; then
      local pct=$((n * 100 / total))
      [ "$pct" -le 99 ] || pct=99
      line+=" (about $pct% of $total)"
    fi
    log "$line"
  done
}

report $$ >/dev/null &
reporter=$!
trap 'kill "$reporter" 2>/dev/null || true' EXIT
rc=0
"$@" > "$logfile" 2>&1 || rc=$?
exit "$rc"
