# shellcheck shell=bash
# Sourced by the sqlite benchmarks (bench/sqlite/run.sh, bench/compare/run.sh):
# the measurement helpers both use.

# Median of the numbers on stdin.
median() { sort -g | awk '{v[NR]=$1} END {if (!NR) exit 1; print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# A / B to three places, "–" when either is missing or B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "–"; else printf "%.3f", a/b}'; }
now_ns() { date +%s%N; }
# Calls of function $2, summed over callgrind profile $1 (name compression).
cg_calls() {
  awk -v f="$2" '
    /^c?fn=/ {
      s = $0; sub(/^c?fn=/, "", s); cf = ($0 ~ /^cfn=/)
      if (match(s, /^\([0-9]+\)/)) {
        id = substr(s, 1, RLENGTH); rest = substr(s, RLENGTH + 2)
        if (rest != "") name[id] = rest
        s = name[id]
      }
      if (cf) cur = s
      next
    }
    /^calls=/ { split(substr($0, 7), a, " "); if (cur == f) n += a[1] }
    END { print n+0 }' "$1"
}
# Instructions of the whole profile $1.
cg_total() { awk '/^(summary|totals):/ {print $2; exit}' "$1"; }
